// entrypoint-drops-cmd: overriding the entrypoint discards the image's CMD. Compose: "If entrypoint is non-null,
// Compose ignores any default command from the image" (Compose Specification, services `entrypoint`); Kubernetes:
// with `command` and no `args`, "the default EntryPoint and the default Cmd defined in the Docker image are
// ignored" (kubernetes.io, "Define a Command and Arguments for a Container"). Only when the image has both an
// ENTRYPOINT and a CMD: then CMD holds the ENTRYPOINT's default arguments, which the override silently drops.
// Without an ENTRYPOINT, CMD is the whole command and replacing it is the point. A hint: often intended.
import { commandLine, effectiveProcess } from '../../runners/process';
import type { Finding } from '../model';
import { argsInCommand } from './command-not-args';
import { code, label, relatedAt, runnerRule, where } from './runner-rule';

export const entrypointDropsCmd = runnerRule('entrypoint-drops-cmd', (ws, path) => {
  const out: Finding[] = [];
  for (const spec of ws.runnersIn(path)) {
    if (spec.kube?.init) continue;
    const kube = spec.kind === 'kubernetes';
    const over = kube ? spec.command : spec.entrypoint;
    if (!over || (kube ? spec.args : spec.command)) continue;
    const defaults = ws.defaultsOf(spec);
    const cmd = defaults?.cmd;
    if (!defaults?.entrypoint || defaults.entrypoint.form !== 'exec' || !cmd || cmd.argv.length === 0) continue;
    // The override restates the CMD's arguments (`[python, -m, worker, --queue, default]`, or `nodemon server.js`
    // for CMD `node server.js`): the author wrote the whole command on purpose.
    if (over.argv && (endsWith(over.argv, cmd.argv) || (cmd.argv.length > 1 && cmd.argv.slice(1).every((w) => over.argv!.includes(w))))) continue;
    // A Kubernetes `command` that command-not-args reports is that rule's finding, not this one's.
    if (argsInCommand(ws, spec)) continue;
    const argv = effectiveProcess(defaults, spec, ws.line).argv;
    const key = kube ? '`command` without `args`' : '`entrypoint` without `command`';
    out.push({
      rule: 'entrypoint-drops-cmd',
      severity: 'hint',
      path: over.path,
      start: over.keySpan.start,
      end: over.keySpan.end,
      message:
        `${label(spec)}: ${key} replaces the image's ENTRYPOINT and drops its CMD ${code(commandLine(cmd.argv))} ` +
        `(${where(ws, over.path, defaults.path, cmd.span)})${argv ? `, so it starts ${code(commandLine(argv))}` : ''}. ` +
        `If those arguments are still wanted, add them as ${kube ? '`args`' : '`command`'}.`,
      fixes: [],
      related: [relatedAt({ path: defaults.path, span: cmd.span }, 'the CMD this override drops')],
    });
  }
  return out;
});

function endsWith(argv: readonly string[], tail: readonly string[]): boolean {
  return argv.length >= tail.length && tail.every((w, i) => argv[argv.length - tail.length + i] === w);
}
