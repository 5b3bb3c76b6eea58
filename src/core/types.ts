// The vocabulary every part of Layer Lens speaks. Pure types: no vscode, no fs.

/** The two layers a user sees. The strings are part of the JSON contract: never change them. */
export type Layer = 'build/run' | 'schedule/scale';

/** Finer grain inside a layer, shown beside the badge. */
export type Phase =
  | 'build' // producing the image: Dockerfile instructions, Compose build:
  | 'run' // how one container starts and behaves on its host
  | 'config' // environment, config files and secrets handed to a container or object
  | 'storage' // volumes and mounts
  | 'security' // user, capabilities, privileges, access control
  | 'health' // probes and health checks
  | 'network' // ports, services, ingress, DNS, network policy
  | 'schedule' // where a workload is placed
  | 'scale' // how many copies, autoscaling
  | 'rollout' // how a new version replaces the old one
  | 'lifecycle' // restarts, termination, jobs running to completion
  | 'identity'; // names, labels, annotations, API version and kind

/**
 * Who acts on a schedule/scale field: Kubernetes, Docker Swarm for Compose `deploy:`, or the Compose CLI
 * itself on one host (`scale:`).
 */
export type Orchestrator = 'kubernetes' | 'swarm' | 'compose';

export type FileKind = 'dockerfile' | 'compose' | 'kubernetes' | 'unknown';

/** Section anchors of src/guide/contrast.md. A test checks each one resolves. */
export type GuideId =
  | 'docker-layer'
  | 'kubernetes-layer'
  | 'why-confused'
  | 'what-stays-the-same'
  | 'choosing-by-scale'
  | 'image'
  | 'build-stages'
  | 'entrypoint-command'
  | 'cmd-args'
  | 'env'
  | 'ports'
  | 'user'
  | 'workdir'
  | 'healthcheck-probes'
  | 'requests-limits'
  | 'volumes'
  | 'replicas'
  | 'restart'
  | 'scheduling'
  | 'networking'
  | 'rollout'
  | 'config-secrets'
  | 'labels-metadata'
  | 'security'
  | 'jobs'
  | 'swarm-deploy'
  | 'custom-resources';

/** Where the same concern is expressed in another file kind. */
export interface Counterpart {
  /** The other place: a Dockerfile instruction, a Compose key, a Kubernetes field or a docker CLI flag. */
  where: 'dockerfile' | 'compose' | 'kubernetes' | 'docker-run';
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
  e?: string;
  /** Shape id of the value (a map, or the items of a list). Absent: every descendant inherits this key's entry. */
  s?: string;
}

export type ShapeTable = Record<string, Shape>;

/** A field found in a file, with its position and its classification. */
export interface ClassifiedField {
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
  /** `Kind/name` for Kubernetes objects. */
  resource?: string;
  entryId: string;
  entry: LayerEntry;
  /** True where the answer is a guess from the shape of an unknown kind (CRDs). */
  inferred?: boolean;
  /** True where the key has no entry of its own and answers with its parent's (labels, probe handlers). */
  inherited?: boolean;
  /** A cross-layer note specific to this occurrence (an ignored instruction, an override). */
  note?: string;
}
