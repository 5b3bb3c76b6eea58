// Short constructors for table rows, so the Compose and Dockerfile tables read as data, not boilerplate.
import type { Counterpart, GuideId, LayerEntry, Phase } from '../types';

/** A Docker-layer row: the builder or the engine on one host acts on it. */
export function buildRun(phase: Phase, summary: string, guide: GuideId, ...counterparts: Counterpart[]): LayerEntry {
  return { layer: 'build/run', phase, summary, counterparts, guide };
}

/** An orchestration row that only Docker Swarm acts on (Compose `deploy:` and its kin). */
export function swarm(phase: Phase, summary: string, guide: GuideId, ...counterparts: Counterpart[]): LayerEntry {
  return { layer: 'schedule/scale', phase, summary, counterparts, guide, orchestrator: 'swarm' };
}

function counterpart(where: Counterpart['where']) {
  return (ref: string, note?: string): Counterpart => (note === undefined ? { where, ref } : { where, ref, note });
}

export const inDockerfile = counterpart('dockerfile');
export const inCompose = counterpart('compose');
export const inKubernetes = counterpart('kubernetes');
export const inDockerCli = counterpart('docker-run');
