// env-drift: the same image gets environment variables from Compose that its Kubernetes containers do not set,
// or the other way round. Information only: a variable may be set on purpose in one place (a debug flag in
// Compose, a Downward API value in Kubernetes). Skipped when either side also reads variables from elsewhere
// (`env_file`, `envFrom`), whose keys are not known here. Keys the image sets itself (ENV) count on both sides.
import type { Finding } from '../model';
import { appContainers, label, relatedAt, runnerRule, where } from './runner-rule';

export const envDrift = runnerRule('env-drift', (ws, path) => {
  const out: Finding[] = [];
  for (const spec of appContainers(ws, path)) {
    if (spec.envOpen) continue;
    const compose = ws.peers(spec).filter((p) => p.kind !== 'kubernetes' && !p.envOpen && p.env.length > 0);
    if (compose.length === 0) continue;
    const image = new Set((ws.defaultsOf(spec)?.env ?? []).map((e) => e.value));
    const mine = new Set(spec.env.map((e) => e.value));
    const theirs = new Set(compose.flatMap((p) => p.env.map((e) => e.value)));
    const missing = [...theirs].filter((k) => !mine.has(k) && !image.has(k)).sort();
    const extra = [...mine].filter((k) => !theirs.has(k) && !image.has(k)).sort();
    if (missing.length === 0 && extra.length === 0) continue;
    const anchor = spec.envKey ?? spec.image;
    if (!anchor) continue;
    const first = compose[0];
    const list = (keys: string[]) => keys.map((k) => `\`${k}\``).join(', ');
    out.push({
      rule: 'env-drift',
      severity: 'info',
      path: anchor.path,
      start: anchor.span.start,
      end: anchor.span.end,
      message:
        `${label(spec)} and ${[...new Set(compose.map(label))].join(', ')} run the same image with different environment variables: ` +
        [
          missing.length > 0 ? `${list(missing)} set in Compose (${where(ws, anchor.path, first.envKey?.path ?? first.path, (first.envKey ?? first).span)}) but not here` : '',
          extra.length > 0 ? `${list(extra)} set here but not in Compose` : '',
        ]
          .filter(Boolean)
          .join('; ') +
        '.',
      fixes: [],
      related: compose.map((p) => relatedAt(p.envKey ?? p, `the environment of ${label(p)}`)),
    });
  }
  return out;
});
