// The runner model: one image, and every place that starts it (the image's own defaults, Compose services, Swarm
// stack services, Kubernetes containers), each with the values that decide how its container starts and runs.
// Plain data: `compareRunners` (./index.ts) fills it from the image index; the CLI, the hover and the Compare Runners
// view only read it. Names here are a contract with the view and `layer-lens compare --format json`: add, never rename.
import type { Layer } from '../types';

/** Who starts the image: the Dockerfile's own defaults (`image`), or a runner above it. */
export const RUNNER_KINDS = ['image', 'compose', 'swarm', 'kubernetes'] as const;
export type RunnerKind = (typeof RUNNER_KINDS)[number];

/** The rows of the comparison, build/run first, then schedule/scale (the order the view shows them). */
export const RUNNER_FIELDS = [
  'process',
  'user',
  'workdir',
  'env',
  'ports',
  'healthcheck',
  'stopSignal',
  'memory',
  'cpu',
  'restart',
  'replicas',
] as const;
export type RunnerField = (typeof RUNNER_FIELDS)[number];

/**
 * The layer of each row. Limits are build/run (the engine or kubelet enforces them on the node) and restart of
 * Compose/Docker is build/run, but a Kubernetes restartPolicy and probes are schedule/scale (DEVELOPERS.md,
 * "Decisions"): the row's layer is the one most runners give it; `Cell.layer` says where a runner differs.
 */
export const FIELD_LAYERS: Readonly<Record<RunnerField, Layer>> = {
  process: 'build/run',
  user: 'build/run',
  workdir: 'build/run',
  env: 'build/run',
  ports: 'build/run',
  stopSignal: 'build/run',
  memory: 'build/run',
  cpu: 'build/run',
  healthcheck: 'schedule/scale',
  restart: 'schedule/scale',
  replicas: 'schedule/scale',
};

/** Where a value is written: a 1-based line of a file. */
export interface SourceLine {
  path: string;
  /** 1-based. */
  line: number;
}

/** One cell of the comparison: a runner's effective value of one field, and where it comes from. */
export interface Cell {
  /** The value as people read it (`node server.js`, `1000`, `PORT, NODE_ENV`); null when unset or unknowable. */
  value: string | null;
  /** Where the value is written (the runner's key, or the Dockerfile instruction it inherits); absent when unset. */
  source?: SourceLine;
  /** True when the runner does not set it and the image's default applies. */
  inherited: boolean;
  /** This runner's layer for the field when it differs from FIELD_LAYERS (a Kubernetes probe vs a HEALTHCHECK). */
  layer?: Layer;
}

/** How the process was put together: each part, and whether the runner kept, replaced or dropped it. */
export interface ProcessPart {
  /** ENTRYPOINT, CMD, `entrypoint`, `command` or `args`. */
  name: 'ENTRYPOINT' | 'CMD' | 'entrypoint' | 'command' | 'args';
  /** The argv this part contributes ([] when dropped). */
  argv: string[];
  /** `exec` (a JSON/YAML list) or `shell` (a string wrapped in `/bin/sh -c`). */
  form: 'exec' | 'shell';
  /** `used` as written; `replaced` by a runner key; `dropped` because the entrypoint was overridden. */
  state: 'used' | 'replaced' | 'dropped';
  /** The key that replaced or dropped it (`args`, `command`, `entrypoint`). */
  by?: string;
  source?: SourceLine;
}

/** A build of the image: the Dockerfile and its stage. */
export interface BuildRef extends SourceLine {
  /** `--target` / `build.target`; null for the last stage. */
  target: string | null;
}

/** `layer-lens compare --format json`: one runner, exactly these keys. */
export interface RunnerJson {
  kind: RunnerKind;
  /** The Compose/stack service name, or `Kind/name:container`; the Dockerfile path for `image`. */
  name: string;
  /** Where the runner is defined (1-based line). */
  path: string;
  line: number;
  /** The argv it starts; null when it cannot be known statically. */
  process: string[] | null;
  user: string | null;
  workdir: string | null;
  /** Environment variable names (keys only: values may be secrets). */
  env: string[];
  ports: number[];
  replicas: number | null;
}

/** One runner with everything the view and the hover need. */
export interface Runner extends RunnerJson {
  /** One cell per RUNNER_FIELDS entry. */
  cells: Record<RunnerField, Cell>;
  /** The parts `process` was built from, in argv order (empty when `process` is null for want of a Dockerfile). */
  processParts: ProcessPart[];
}

export interface ImageRunners {
  /** The image as written (`shop/api`); for an unnamed Compose build, the Dockerfile path. */
  image: string;
  builds: BuildRef[];
  /** The `image` runner first (when the Dockerfile is known), then Compose, Swarm, Kubernetes in path order. */
  runners: Runner[];
  /** The fields whose values differ between runners (the view marks those rows). */
  differing: RunnerField[];
}

export interface RunnerComparison {
  images: ImageRunners[];
}

/** The JSON contract of `layer-lens compare`. */
export interface ComparisonJson {
  images: { image: string; builds: BuildRef[]; runners: RunnerJson[] }[];
}
