// limits-drift: the memory or CPU limit of one image differs between its Compose/Swarm service
// (`deploy.resources.limits`, `mem_limit`, `cpus`) and a Kubernetes container (`resources.limits`).
// Quantities are compared as numbers: Compose byte values (`512m`, `1g`: Compose Specification, "Specifying byte
// values", powers of 1024) and Kubernetes quantities (`512Mi` binary, `512M` decimal, `500m` CPU:
// kubernetes.io, "Resource Management for Pods and Containers"). Information: the runners may differ on purpose.
import type { Valued } from '../../runners/spec';
import type { Finding } from '../model';
import { appContainers, label, relatedAt, runnerRule, where } from './runner-rule';

export const limitsDrift = runnerRule('limits-drift', (ws, path) => {
  const out: Finding[] = [];
  for (const spec of appContainers(ws, path)) {
    for (const field of ['memory', 'cpu'] as const) {
      const mine = spec[field];
      const value = mine && quantity(mine.value, field, false);
      if (!mine || value === undefined) continue;
      const other = ws.peers(spec).find((p) => {
        const v = p.kind !== 'kubernetes' ? p[field] : undefined;
        const q = v && quantity(v.value, field, true);
        return q !== undefined && Math.abs(q - value) > 0.02 * Math.max(q, value);
      });
      const theirs = other?.[field] as Valued<string> | undefined;
      if (!other || !theirs) continue;
      out.push({
        rule: 'limits-drift',
        severity: 'info',
        path: mine.path,
        start: mine.span.start,
        end: mine.span.end,
        message: `${label(spec)} limits ${field} to \`${mine.value}\`, ${label(other)} to \`${theirs.value}\` (${where(ws, mine.path, theirs.path, theirs.span)}) for the same image: the container gets a different ${field === 'memory' ? 'memory ceiling' : 'CPU share'} depending on who runs it.`,
        fixes: [],
        related: [relatedAt(theirs, `the ${field} limit of ${label(other)}`)],
      });
    }
  }
  return out;
});

const BINARY: Record<string, number> = { ki: 2 ** 10, mi: 2 ** 20, gi: 2 ** 30, ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };
const COMPOSE: Record<string, number> = { b: 1, k: 2 ** 10, kb: 2 ** 10, m: 2 ** 20, mb: 2 ** 20, g: 2 ** 30, gb: 2 ** 30 };

/** Bytes, or CPUs; undefined when unreadable (a variable, a template). */
export function quantity(text: string, field: 'memory' | 'cpu', compose: boolean): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2];
  if (field === 'cpu') return unit === '' ? n : unit === 'm' && !compose ? n / 1000 : undefined;
  if (compose) return unit === '' ? n : COMPOSE[unit.toLowerCase()] !== undefined ? n * COMPOSE[unit.toLowerCase()] : undefined;
  if (unit === '') return n;
  const bin = BINARY[unit.toLowerCase()];
  if (bin !== undefined && /i$/.test(unit)) return n * bin;
  const dec = DECIMAL[unit === 'k' ? 'k' : unit.toLowerCase()];
  return dec !== undefined && unit !== 'm' ? n * dec : undefined;
}
