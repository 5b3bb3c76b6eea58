// What one runner writes, before the image's defaults fill the gaps: each value with the file and span it is
// written at, so a cell, a finding and a hover can point at its line. Filled by ./compose-specs.ts and
// ./kube-specs.ts from the YAML; merged (Compose override, extends) by ./compose-merge.ts.
import type { ImageRef } from '../images/ref';
import type { Span } from '../images/model';

export interface Valued<T> {
  value: T;
  path: string;
  span: Span;
}

/** `entrypoint`/`command` (Compose) or `command`/`args` (Kubernetes) as argv. */
export interface CommandValue {
  key: 'entrypoint' | 'command' | 'args';
  /** null when the value is templated or interpolated (`${VAR}`, `{{ }}`): not knowable statically. */
  argv: string[] | null;
  /** `list` as written, or Compose's `string` form (split like a shell's words, but not run by a shell). */
  form: 'list' | 'string';
  path: string;
  /** The whole value. */
  span: Span;
  /** The key itself (`command`), for renaming it. */
  keySpan: Span;
}

export interface KubeContainerSecurity {
  /** The effective `runAsNonRoot` (container's, else the pod's) and where it is written. */
  runAsNonRoot?: Valued<boolean>;
  runAsUser?: Valued<number | string>;
  /** Where a `runAsUser:` line goes beside `runAsNonRoot` (its line's end, its indentation). */
  insertAfter?: { at: number; indent: number };
}

export interface RunnerSpec {
  kind: 'compose' | 'swarm' | 'kubernetes';
  /** Compose service name, or `Kind/name:container`. */
  name: string;
  path: string;
  /** Where the runner is defined: the service key, or the container's list item. */
  span: Span;
  image?: Valued<ImageRef>;
  /** A Compose `build:` (context resolved): its Dockerfile candidates and target. */
  build?: { dockerfiles: string[]; target?: string; path: string; span: Span };
  entrypoint?: CommandValue;
  command?: CommandValue;
  args?: CommandValue;
  user?: Valued<string>;
  workdir?: Valued<string>;
  env: Valued<string>[];
  /** env_file / envFrom: more keys come from elsewhere, so a missing key proves nothing. */
  envOpen: boolean;
  /** Where `environment:`/`env:` is written. */
  envKey?: Valued<string>;
  /** Container-side ports (Compose `ports` targets and `expose`, Kubernetes `containerPort`). */
  ports: Valued<number>[];
  /** Kubernetes port names. */
  portNames: Valued<string>[];
  healthcheck?: Valued<string>;
  /** Compose `healthcheck.test` as a command: `CMD` → exec, `CMD-SHELL` or a string → shell. */
  healthcheckTest?: { exec?: string[]; shell?: string };
  /** Kubernetes probe keys present (`livenessProbe`, …). */
  probes: string[];
  memory?: Valued<string>;
  cpu?: Valued<string>;
  replicas?: Valued<number | string>;
  restart?: Valued<string>;
  stopSignal?: Valued<string>;
  /** Kubernetes only. */
  kube?: KubeContainerSecurity & {
    /** `Deployment`, … */
    kind: string;
    objectName?: string;
    namespace?: string;
    /** Pod template labels (for Service selectors). */
    labels: Record<string, string>;
    init: boolean;
    /** The whole `replicas: N` line (for removing it). */
    replicasLine?: Span;
  };
}

export function emptySpec(kind: RunnerSpec['kind'], name: string, path: string, span: Span): RunnerSpec {
  return { kind, name, path, span, env: [], envOpen: false, ports: [], portNames: [], probes: [] };
}
