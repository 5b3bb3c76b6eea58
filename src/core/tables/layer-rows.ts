// Short constructors for table rows, so the tables read as data, not boilerplate. A row is its layer, phase,
// one-sentence summary and guide section, then its parts in any order: counterparts, the primary source (`docs`)
// and, for Kubernetes fields that are not GA or are recent, the feature state (`feature`).
import type { Counterpart, FeatureState, GuideId, LayerEntry, Layer, Orchestrator, Phase } from '../types';

export interface SourcePart {
  source: string;
}
export interface FeaturePart {
  state: FeatureState;
  since: string;
}
export type RowPart = Counterpart | SourcePart | FeaturePart;

/** The page the row is written from (kubernetes.io, docs.docker.com or the Compose Specification). */
export function docs(url: string): SourcePart {
  return { source: url };
}

/** The Kubernetes feature state of the field and the version that gave it that state. */
export function feature(state: FeatureState, since: string): FeaturePart {
  return { state, since };
}

export function row(
  layer: Layer,
  phase: Phase,
  summary: string,
  guide: GuideId,
  parts: RowPart[],
  orchestrator?: Orchestrator,
): LayerEntry {
  const counterparts: Counterpart[] = [];
  let source = '';
  let state: FeaturePart | undefined;
  for (const part of parts) {
    if ('where' in part) counterparts.push(part);
    else if ('source' in part) source = part.source;
    else state = part;
  }
  const entry: LayerEntry = { layer, phase, summary, counterparts, guide, source };
  if (orchestrator) entry.orchestrator = orchestrator;
  if (state) Object.assign(entry, state);
  return entry;
}

/** A Docker-layer row: the builder or the engine on one host acts on it. */
export function buildRun(phase: Phase, summary: string, guide: GuideId, ...parts: RowPart[]): LayerEntry {
  return row('build/run', phase, summary, guide, parts);
}

/** An orchestration row that only Docker Swarm acts on (Compose `deploy:` and its kin). */
export function swarm(phase: Phase, summary: string, guide: GuideId, ...parts: RowPart[]): LayerEntry {
  return row('schedule/scale', phase, summary, guide, parts, 'swarm');
}

function counterpart(where: Counterpart['where']) {
  return (ref: string, note?: string): Counterpart => (note === undefined ? { where, ref } : { where, ref, note });
}

export const inDockerfile = counterpart('dockerfile');
export const inCompose = counterpart('compose');
export const inKubernetes = counterpart('kubernetes');
export const inDockerCli = counterpart('docker-run');
