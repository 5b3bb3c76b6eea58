// What one file contributes to the workspace image index, as plain data: the images it builds, the images it
// runs, the Kustomize overrides it declares, and the facts the rules need to explain and fix them.
// Extraction (sources/*) fills these once per file version; rules and queries only read them.
import type { DockerfileModel, Span } from '../dockerfile/model';
import type { ImageRef } from './ref';

/** 0-based, end-exclusive offsets into the file's text (the Dockerfile model's span). */
export type { Span };

export type BuildSource =
  | 'compose'
  | 'script'
  | 'makefile'
  | 'npm'
  | 'workflow'
  | 'cloudbuild'
  | 'gitlab'
  | 'skaffold'
  | 'bake';

/** Tags a build generates instead of writing one (docker/metadata-action rules, skaffold's tagPolicy). */
export interface TagRule {
  exact: string[];
  patterns: RegExp[];
  /** Any tag may come out (a commit SHA, a branch name, a `${{ }}` expression). */
  any: boolean;
}

/** One place that builds an image: `docker build -t`, Compose `build:`, a skaffold artifact, a bake target… */
export interface BuildDecl {
  source: BuildSource;
  /** The file that declares it. */
  path: string;
  /** The image it produces; undefined for a Compose service that builds without naming its image. */
  ref?: ImageRef;
  /** Where the image name is written (for an unnamed Compose build: the `build` key). */
  span: Span;
  /** Build context folder, resolved against the declaring file; undefined when remote or unknown. */
  context?: string;
  /** Candidate Dockerfile paths, most likely first: the first one the index holds is the Dockerfile. */
  dockerfiles: string[];
  /** Where the context or Dockerfile is written (go-to-definition from there too). */
  fileSpans: Span[];
  /** `--target` / `build.target`: the stage that becomes the image instead of the last one. */
  target?: string;
  /** Tags generated at build time, replacing `ref.tag`. */
  tags?: TagRule;
  /** The registry is picked at build time (skaffold `--default-repo`): any registry prefix matches. */
  anyRegistry?: boolean;
  /** The Compose service, when Compose declares the build. */
  service?: string;
  /** For people: "Compose service vote", "docker build in build.sh". */
  label: string;
}

/** A `command`, `args` or `entrypoint` value: exec form (a list) or Compose's string form. */
export interface CommandFacts {
  key: 'command' | 'args' | 'entrypoint';
  /** The whole value node. */
  span: Span;
  form: 'list' | 'string';
  items: ScriptWord[];
}

/** A scalar of a command, with a same-length view of its source that a shell tokenizer can read. */
export interface ScriptWord {
  value: string;
  /** The scalar's text inside its quotes (or block header). */
  start: number;
  end: number;
  /** `text.slice(start, end)` with YAML quoting and folding masked so offsets stay exact. */
  view: string;
  /** How the scalar is written: decides how a slice of it reads back as plain text. */
  style: 'plain' | 'single' | 'double' | 'literal' | 'folded';
}

export interface ContainerFacts {
  name?: string;
  /** `initContainers`: runs to completion before the app containers start. */
  init: boolean;
  /** Block-style map: only those get lines inserted. */
  block: boolean;
  /** Column of the container's keys. */
  indent: number;
  /** Indentation step of nested maps in this file (2 unless the file shows another). */
  step: number;
  /** Offset of the line after the container's last line: where a new key goes. */
  insertAt: number;
  keys: string[];
  command?: CommandFacts;
  args?: CommandFacts;
  /** `workingDir:` as written: where the command runs instead of the image's WORKDIR. */
  workingDir?: string;
  /** The list item holding this container: whole lines, for removing an init container. */
  itemLines: Span;
  /** Number of items in its list. */
  siblings: number;
  /** The list's key (`initContainers:`) line span, for removing it with its last item. */
  listKeyLines?: Span;
}

export interface ServiceFacts {
  name: string;
  keySpan: Span;
  block: boolean;
  /** Column of the service's keys. */
  indent: number;
  build?: { keySpan: Span; context?: string; insertAt: number };
  image?: Span;
  command?: CommandFacts;
  entrypoint?: CommandFacts;
  /** `working_dir:` as written: where the command runs instead of the image's WORKDIR. */
  workingDir?: string;
}

export type RunVia = 'kubernetes' | 'compose' | 'stack';

/** One place that runs an image: a Kubernetes container, a Compose service, a Swarm stack service. */
export interface RunDecl {
  via: RunVia;
  path: string;
  ref: ImageRef;
  /** The image value's text, inside its quotes. */
  span: Span;
  /** `Deployment`, `CronJob`, `Compose service`, `stack service`. */
  kind: string;
  /** `Deployment/vote` or the service name. */
  owner: string;
  container?: ContainerFacts;
  service?: ServiceFacts;
  /** The same Compose service also builds this image (`build:` beside `image:`). */
  builds?: boolean;
}

/** A Kustomize `images:` entry: rewrites `name` in the manifests of its kustomization. */
export interface ImageOverride {
  path: string;
  name: ImageRef;
  nameSpan: Span;
  newName?: ImageRef;
  newNameSpan?: Span;
  newTag?: string;
  newTagSpan?: Span;
  digest?: string;
}

export interface Kustomization {
  folder: string;
  /** `kind: Component`: its overrides apply to the kustomizations that list it. */
  component: boolean;
  /** Resolved `resources`, `bases` and `components` entries (files or folders). */
  entries: string[];
}

export type SourceKind =
  | 'dockerfile'
  | 'compose'
  | 'stack'
  | 'kubernetes'
  | 'kustomize'
  | 'skaffold'
  | 'workflow'
  | 'cloudbuild'
  | 'gitlab'
  | 'script'
  | 'makefile'
  | 'npm'
  | 'bake'
  | 'other';

export interface FileFacts {
  path: string;
  text: string;
  kind: SourceKind;
  builds: BuildDecl[];
  runs: RunDecl[];
  overrides: ImageOverride[];
  kustomization?: Kustomization;
  /** Compose services, image or not (unnamed builds and commands are read from here). */
  services: ServiceFacts[];
  dockerfile?: DockerfileModel;
}

export function emptyFacts(path: string, text: string, kind: SourceKind): FileFacts {
  return { path, text, kind, builds: [], runs: [], overrides: [], services: [] };
}

// ——— What rules hand back ———

import type { Severity } from '../types';
export { SEVERITIES, type Severity } from '../types';

export interface TextEdit {
  path: string;
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  preferred?: boolean;
  edits: TextEdit[];
}

export interface Related {
  path: string;
  start: number;
  end: number;
  message: string;
}

/** Every image rule's id, in the order findings are reported; each has a file in ./rules and a setting. */
export const RULE_IDS = [
  'image-drift',
  'mutable-tag',
  'unnamed-build',
  'build-at-runtime',
  'healthcheck-ignored',
  'non-final-stage',
  'command-not-args',
  'entrypoint-drops-cmd',
  'user-not-numeric',
  'port-mismatch',
  'env-drift',
  'replicas-with-hpa',
  'limits-drift',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  path: string;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** Where the other side is: the build a drifted run should match, the Dockerfile a fix edits. */
  related?: Related[];
}
