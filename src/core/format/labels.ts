// Words every output format shares: the layer badges (the guide uses the same ones), kind names, counts,
// counterpart places and feature states.
import { orchestratorOf, type Report } from '../report';
import type { ClassifiedField, Counterpart, FeatureState, FileKind, Layer, Orchestrator } from '../types';
import { inlineCode } from './inline';

const KIND_NAMES: Record<FileKind, string> = {
  dockerfile: 'Dockerfile',
  compose: 'Compose file',
  kubernetes: 'Kubernetes manifest',
  kustomization: 'kustomization',
  'json-patch': 'JSON 6902 patch',
  'helm-values': 'Helm values file',
  unknown: 'not a Dockerfile, Compose file or Kubernetes manifest',
};

export function kindName(kind: FileKind): string {
  return KIND_NAMES[kind];
}

const ORCHESTRATOR_NAMES: Record<Orchestrator, string> = {
  kubernetes: 'Kubernetes layer',
  swarm: 'Docker Swarm',
  compose: 'Docker Compose',
};

/** `build/run · Docker layer`, `schedule/scale · Kubernetes layer`, `· Docker Swarm` or `· Docker Compose`. */
export function badge(layer: Layer, orchestrator: Orchestrator = 'kubernetes'): string {
  return layer === 'build/run' ? 'build/run · Docker layer' : `schedule/scale · ${ORCHESTRATOR_NAMES[orchestrator]}`;
}

/** The badge of one field: who acts on it depends on the entry and the file. */
export function fieldBadge(field: ClassifiedField, kind: FileKind): string {
  return badge(field.entry.layer, orchestratorOf(field.entry, kind));
}

/** The badge of a layer group: who acts on schedule/scale depends on the file (Swarm for Compose `deploy:`). */
export function layerTitle(layer: Layer, report: Pick<Report, 'kind' | 'orchestrators'>): string {
  if (layer === 'build/run') return badge(layer);
  // With no schedule/scale field yet, name who would act on one in this kind of file.
  const by: Orchestrator[] = report.orchestrators.length > 0 ? report.orchestrators : [report.kind === 'compose' ? 'swarm' : 'kubernetes'];
  return `schedule/scale · ${by.map((o) => ORCHESTRATOR_NAMES[o]).join(' / ')}`;
}

/** "12 fields: 9 build/run, 3 schedule/scale" (instructions for Dockerfiles). */
export function countsLine(report: Pick<Report, 'kind' | 'counts'>): string {
  const build = report.counts['build/run'];
  const schedule = report.counts['schedule/scale'];
  const total = build + schedule;
  const noun = report.kind === 'dockerfile' ? 'instruction' : 'field';
  return `${total} ${noun}${total === 1 ? '' : 's'}: ${build} build/run, ${schedule} schedule/scale`;
}

const WHERE: Record<Counterpart['where'], string> = {
  dockerfile: 'Dockerfile',
  compose: 'Compose',
  kubernetes: 'Kubernetes',
  'docker-run': 'docker run',
};

/**
 * "Dockerfile `ENTRYPOINT` (overridden by this)": Markdown-ready, and what the report grammar colors. A CLI
 * ref that is a whole command (`docker build -t`) speaks for itself; a bare flag gets "docker run" before it.
 */
export function counterpartText(c: Counterpart, escape: (text: string) => string = (t) => t): string {
  const ref = inlineCode(c.ref);
  const place = c.where === 'docker-run' && /^docker\b/.test(c.ref) ? ref : `${WHERE[c.where]} ${ref}`;
  return c.note ? `${place} (${escape(c.note)})` : place;
}

/** "beta since 1.33", "GA since 1.35": a Kubernetes feature's state, or '' when the entry has none. */
export function featureStateText(entry: { state?: FeatureState; since?: string }): string {
  if (!entry.state) return '';
  return entry.since ? `${entry.state} since ${entry.since}` : entry.state;
}
