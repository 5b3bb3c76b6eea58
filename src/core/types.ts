// The vocabulary every part of Layer Lens speaks. Pure types: no vscode, no fs.

/** The two layers a user sees. The strings are part of the JSON contract: never change them. */
export const LAYERS = ['build/run', 'schedule/scale'] as const;
export type Layer = (typeof LAYERS)[number];

/** A Helm values key's layer: the layer of the fields it feeds, or `mixed` when it feeds both (null: unused). */
export const VALUE_LAYERS = [...LAYERS, 'mixed'] as const;
export type ValueLayer = (typeof VALUE_LAYERS)[number] | null;

/**
 * Finer grain inside a layer, shown beside the badge:
 * build (producing the image), run (how one container starts and behaves on its host), config (environment,
 * config files and secrets), storage (volumes and mounts), security (user, capabilities, access control),
 * health (probes and health checks), network (ports, services, ingress, DNS, policy), schedule (where a workload
 * is placed), scale (how many copies), rollout (how a new version replaces the old one), lifecycle (restarts,
 * termination, jobs running to completion), identity (names, labels, annotations, API version and kind).
 */
export const PHASES = [
  'build', 'run', 'config', 'storage', 'security', 'health', 'network', 'schedule', 'scale', 'rollout', 'lifecycle',
  'identity',
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * Who acts on a schedule/scale field: Kubernetes, Docker Swarm for Compose `deploy:`, or the Compose CLI
 * itself on one host (`scale:`).
 */
export const ORCHESTRATORS = ['kubernetes', 'swarm', 'compose'] as const;
export type Orchestrator = (typeof ORCHESTRATORS)[number];

/**
 * `kustomization`: a kustomization file; `json-patch`: a file of JSON 6902 operations a kustomization applies;
 * `helm-values`: a chart's `values.yaml` or `values-*.yaml` (beside its `Chart.yaml`), read through its templates.
 */
export const FILE_KINDS = ['dockerfile', 'compose', 'kubernetes', 'kustomization', 'json-patch', 'helm-values', 'unknown'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Section anchors of src/guide/contrast.md, in guide order. A test checks each one resolves to one heading. */
export const GUIDE_IDS = [
  'docker-layer',
  'kubernetes-layer',
  'why-confused',
  'what-stays-the-same',
  'choosing-by-scale',
  'image',
  'build-stages',
  'entrypoint-command',
  'cmd-args',
  'env',
  'ports',
  'user',
  'workdir',
  'healthcheck-probes',
  'requests-limits',
  'volumes',
  'replicas',
  'restart',
  'scheduling',
  'networking',
  'rollout',
  'config-secrets',
  'labels-metadata',
  'security',
  'jobs',
  'swarm-deploy',
  'custom-resources',
] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

/** The places a counterpart can point at. */
export const COUNTERPART_PLACES = ['dockerfile', 'compose', 'kubernetes', 'docker-run'] as const;

/** Kubernetes feature states (https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/). */
export const FEATURE_STATES = ['alpha', 'beta', 'GA'] as const;
export type FeatureState = (typeof FEATURE_STATES)[number];

/** How loudly a finding is reported, loudest first (the editor's diagnostic severities, and SARIF's levels). */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The hosts a source may link to: the primary documentation of each layer. */
export const SOURCE_PREFIXES = [
  'https://kubernetes.io/',
  'https://docs.docker.com/',
  'https://github.com/compose-spec/',
  // The kustomize reference, published by the Kubernetes project's SIG CLI (kubectl apply -k runs kustomize).
  'https://kubectl.docs.kubernetes.io/',
] as const;

/** Where the same concern is expressed in another file kind. */
export interface Counterpart {
  /** The other place: a Dockerfile instruction, a Compose key, a Kubernetes field or a docker CLI flag. */
  where: (typeof COUNTERPART_PLACES)[number];
  /** As the user would write it: `ENTRYPOINT`, `services.*.entrypoint`, `containers[].command`, `--restart`. */
  ref: string;
  /** A short relation in the user's words: "overrides", "same as", "ignored by Kubernetes". Optional. */
  note?: string;
}

/** One row of the layer tables. */
export interface LayerEntry {
  layer: Layer;
  phase: Phase;
  /** One sentence, in the project's own words: what the field governs and why that puts it in this layer. */
  summary: string;
  counterparts: Counterpart[];
  guide: GuideId;
  /** For schedule/scale entries: who acts on it (defaults from the file kind). */
  orchestrator?: Orchestrator;
  /** The primary documentation the summary is written from, at the field's anchor where one exists. */
  source: string;
  /** Kubernetes feature state, recorded for fields that are not GA or arrived in Kubernetes 1.27 or later. */
  state?: FeatureState;
  /** The Kubernetes version that gave the field its `state` ("1.33"). */
  since?: string;
}

/** A sentence shown beside a field where the other layer overrides or ignores it, with the page that says so. */
export interface Note {
  text: string;
  source: string;
}

/** A table of entries, keyed by a stable id ("k8s.container.command"). */
export type EntryTable = Record<string, LayerEntry>;

/**
 * How a YAML subtree is read. A shape names the entry of each known key and the shape of its value;
 * keys it does not know inherit `otherwise` (or the parent's entry when that is absent), so every key
 * of every built-in kind gets an answer.
 */
export interface Shape {
  /** key → rule. Keys are literal YAML keys. */
  fields: Record<string, FieldRule>;
  /** Rule for keys not in `fields` (maps keyed by user names: Compose services, labels). */
  otherwise?: FieldRule;
}

export interface FieldRule {
  /** Entry id for this key. Absent: inherit the parent key's entry. */
  entry?: string;
  /** Shape id of the value (a map, or the items of a list). Absent: every descendant inherits this key's entry. */
  shape?: string;
}

export type ShapeTable = Record<string, Shape>;

/** Where a field sits: its document, key and value offsets, and its path. */
export interface FieldSpan {
  /** 0-based YAML document index as `parseAllDocuments` counts; 0 for Dockerfiles. */
  document: number;
  /** 0-based offsets of the key (or instruction keyword) in the text. */
  keyStart: number;
  keyEnd: number;
  /** 0-based offsets of the value (or the instruction's arguments), when there is one. */
  valueStart?: number;
  valueEnd?: number;
  /** Key path from the document root (`spec.template.spec.containers[0].image`) or the instruction keyword. */
  path: string;
  /** The raw key or keyword as written. */
  key: string;
}

/** A field found in a file, with its position and its classification. */
export interface ClassifiedField extends FieldSpan {
  /** `Kind/name` for Kubernetes objects. */
  resource?: string;
  entryId: string;
  entry: LayerEntry;
  /** True where the answer is a guess from the shape of an unknown kind (CRDs). */
  inferred?: boolean;
  /** True where the key has no entry of its own and answers with its parent's (labels, probe handlers). */
  inherited?: boolean;
  /** A cross-layer note specific to this occurrence (an ignored instruction, an override). */
  note?: Note;
}
