// user-not-numeric: `runAsNonRoot: true` on a container whose image USER is a name and no `runAsUser` is set.
// The kubelet can only verify a numeric uid; with a name it refuses to start the container ("image has
// non-numeric user … cannot verify user is non-root"; kubernetes.io, "Configure a Security Context for a Pod or
// Container", and the SecurityContext API reference: runAsNonRoot). An error: the container never starts.
// The fix sets `runAsUser` to the uid the Dockerfile gives that user (`useradd -u`, `adduser -u`); `USER name:x`
// names a group after the colon (Dockerfile reference, USER), so it gives no uid.
import type { Finding } from '../model';
import { code, label, relatedAt, runnerRule, where } from './runner-rule';

export const userNotNumeric = runnerRule('user-not-numeric', (ws, path) => {
  const out: Finding[] = [];
  for (const spec of ws.runnersIn(path).filter((s) => s.kind === 'kubernetes')) {
    const k = spec.kube;
    if (!k?.runAsNonRoot?.value || k.runAsUser) continue;
    const defaults = ws.defaultsOf(spec);
    const user = defaults?.user;
    const name = user?.value.split(':')[0].trim();
    if (!defaults || !user || !name || /^\d+$/.test(name) || /[$]/.test(name)) continue;
    const uid = defaults.uids.get(name);
    const f: Finding = {
      rule: 'user-not-numeric',
      severity: 'error',
      path: k.runAsNonRoot.path,
      start: k.runAsNonRoot.span.start,
      end: k.runAsNonRoot.span.end,
      message:
        `${label(spec)} will not start: \`runAsNonRoot: true\` makes the kubelet check the image's user, and the image's ` +
        `USER is the name ${code(name)} (${where(ws, k.runAsNonRoot.path, defaults.path, user.span)}), which it cannot verify as non-root without a uid. ` +
        (uid !== undefined
          ? `The Dockerfile creates ${code(name)} with uid ${uid}: set \`runAsUser: ${uid}\`.`
          : `Set \`runAsUser\` to the user's uid, or write the uid in the Dockerfile's USER (\`USER <uid>\`).`),
      fixes: [],
      related: [relatedAt({ path: defaults.path, span: user.span }, 'the named USER')],
    };
    if (uid !== undefined && k.insertAfter) {
      f.fixes.push({
        title: `Add \`runAsUser: ${uid}\` (the uid the Dockerfile gives ${name})`,
        preferred: true,
        edits: [{ path: k.runAsNonRoot.path, start: k.insertAfter.at, end: k.insertAfter.at, newText: `${' '.repeat(k.insertAfter.indent)}runAsUser: ${uid}\n` }],
      });
    }
    out.push(f);
  }
  return out;
});

