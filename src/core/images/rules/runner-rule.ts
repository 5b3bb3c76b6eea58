// The shape of the rules that compare the runners of one image (src/core/runners): each computes its findings
// for the whole workspace once per index version, and a file gets those positioned in it.
import type { Span } from '../model';
import type { Finding, Related, RuleId } from '../model';
import type { ImageIndex } from '../image-index';
import { workspaceOf, type Workspace } from '../../runners/workspace';
import type { RunnerSpec, Valued } from '../../runners/spec';
import type { ImageRule } from './rule';

const cache = new WeakMap<Workspace, Map<RuleId, Finding[]>>();

export function runnerRule(id: RuleId, compute: (ws: Workspace) => Finding[]): ImageRule {
  return {
    id,
    check(facts, index: ImageIndex) {
      const ws = workspaceOf(index);
      let byRule = cache.get(ws);
      if (!byRule) cache.set(ws, (byRule = new Map()));
      let all = byRule.get(id);
      if (!all) byRule.set(id, (all = compute(ws)));
      return all.filter((f) => f.path === facts.path);
    },
  };
}

/** `api/Dockerfile:15`: where a value is, for messages. */
export function where(ws: Workspace, path: string, span: Span): string {
  return `${path}:${ws.line(path, span.start).line}`;
}

export function relatedAt(v: { path: string; span: Span }, message: string): Related {
  return { path: v.path, start: v.span.start, end: v.span.end, message };
}

export function at(v: Valued<unknown> | { path: string; span: Span }): Pick<Finding, 'path' | 'start' | 'end'> {
  return { path: v.path, start: v.span.start, end: v.span.end };
}

/** "Kubernetes Deployment/api:api", "Compose service api", "Swarm service api". */
export function label(spec: RunnerSpec): string {
  if (spec.kind === 'kubernetes') return `Kubernetes ${spec.name}`;
  return `${spec.kind === 'swarm' ? 'Swarm' : 'Compose'} service ${spec.name}`;
}

/** App containers (not init containers) of Kubernetes. */
export function appContainers(ws: Workspace): RunnerSpec[] {
  return ws.runners.filter((s) => s.kind === 'kubernetes' && !s.kube?.init);
}

export function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}
