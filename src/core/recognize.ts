// Which kind a file is: Dockerfiles by name; Compose and kustomizations by name or content; Kubernetes manifests and
// JSON 6902 patches by content.
import type { FileKind } from './types';

/** The last path segment, whichever separator the caller uses (URIs, POSIX or Windows paths). */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

const DOCKERFILE_NAME = /^(?:(?:docker|container)file(?:\..+)?|.+\.(?:docker|container)file)$/i;
const COMPOSE_NAME = /^(?:compose|docker-compose|docker-stack)[^/\\]*\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;
/** The names kustomize looks for in a folder, in its order (kustomize's konfig.RecognizedKustomizationFileNames). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;
/** How many folders above a patch file its kustomization is looked for (kustomize lets one name patches below it). */
export const PATCH_LEVELS_UP = 3;

/** Kind from the name alone, or undefined when only the content can tell. */
export function kindFromName(path: string): FileKind | undefined {
  const name = baseName(path);
  if (DOCKERFILE_NAME.test(name)) return 'dockerfile';
  if ((KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name)) return 'kustomization';
  return COMPOSE_NAME.test(name) ? 'compose' : undefined;
}

const HELM_VALUES_NAME = /^values(?:-[^/\\]+)?\.ya?ml$/i;

/** `values.yaml` or `values-*.yaml`: a Helm values file when a `Chart.yaml` sits beside it (the caller checks). */
export function isHelmValuesName(path: string): boolean {
  return HELM_VALUES_NAME.test(baseName(path));
}

/** True for names whose content is worth sniffing (YAML files). */
export function mayBeYaml(path: string): boolean {
  return YAML_NAME.test(baseName(path));
}

// Content sniffing looks at top-level keys only: a line that starts in column 0. This is cheap on a
// 5 MB file and tolerant of Helm templates that do not parse as YAML.
const TOP_KEY = /^(["']?)([A-Za-z_][\w.-]*)\1[ \t]*:(?:[ \t]|$)/gm;

/** Kind from the text of a YAML file that the name did not settle. */
export function kindFromYamlContent(text: string): FileKind {
  let apiVersion = false;
  let kind = false;
  let services = false;
  TOP_KEY.lastIndex = 0;
  for (let m = TOP_KEY.exec(text); m; m = TOP_KEY.exec(text)) {
    const key = m[2];
    if (key === 'apiVersion') apiVersion = true;
    else if (key === 'kind') kind = true;
    else if (key === 'services') services = servicesIsMap(text, TOP_KEY.lastIndex);
    if (apiVersion && kind) return KUSTOMIZE_API.test(text) ? 'kustomization' : 'kubernetes';
  }
  // `kind: List` files and manifests whose apiVersion is templated still carry a top-level kind.
  if (kind && /^kind:[ \t]*\S/m.test(text) && /^\s*apiVersion:/m.test(text)) return 'kubernetes';
  if (services) return 'compose';
  if (apiVersion || kind) return 'unknown';
  return looksLikeJsonPatch(text) ? 'json-patch' : kindFromFlowContent(text);
}

// A kustomization's own apiVersion (kustomize.config.k8s.io/v1beta1, /v1alpha1 for Components).
const KUSTOMIZE_API = /^apiVersion:[ \t]*["']?kustomize\.config\.k8s\.io\//m;

// JSON 6902 (RFC 6902): a list of operations, each with an `op` from this set and a `path` JSON pointer.
const PATCH_OP = /["']?op["']?[ \t]*:[ \t]*["']?(?:add|remove|replace|move|copy|test)\b/;
const PATCH_PATH = /["']?path["']?[ \t]*:[ \t]*["']?\//;

/**
 * A file with a kustomization's name is one, apiVersion or not (most omit it), unless it declares another API:
 * Flux's `kustomize.toolkit.fluxcd.io` Kustomization is a custom resource, a manifest.
 */
export function kustomizationNamed(text: string): FileKind {
  const other = /^apiVersion:[ \t]*\S/m.test(text) && !KUSTOMIZE_API.test(text) && /^kind:[ \t]*\S/m.test(text);
  return other ? kindFromYamlContent(text) : 'kustomization';
}

/**
 * The kind of a file a kustomization names as a patch: JSON 6902 when named under `patchesJson6902` or when it holds
 * a list of operations; a strategic-merge patch is a manifest and stays one, as does anything already recognized.
 */
export function namedPatchKind(kind: FileKind, text: string, ref: { json6902: boolean } | undefined): FileKind {
  if (!ref || kind !== 'unknown') return kind;
  return ref.json6902 || looksLikeJsonPatch(text) ? 'json-patch' : kind;
}

/** A YAML or JSON list of maps with `op` and `path`, judged from its first item (a cheap look, not a parse). */
export function looksLikeJsonPatch(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*(?:#.*)?\r?\n|---[ \t]*\r?\n)*/, '');
  const head = body.slice(0, 2048);
  if (head.startsWith('[')) return /^\[\s*\{/.test(head) && PATCH_OP.test(head) && PATCH_PATH.test(head);
  if (!/^-[ \t]/.test(head)) return false;
  // The first item: up to the next line that starts a new item at column 0.
  const first = head.split(/\n(?=-[ \t]|-$)/, 1)[0];
  return PATCH_OP.test(first) && PATCH_PATH.test(first);
}

/** A document written in flow style (`{"apiVersion": "v1", …}`, JSON being YAML): look at its opening keys. */
function kindFromFlowContent(text: string): FileKind {
  const start = text.replace(/^\uFEFF/, '').search(/[^\s]/);
  if (start === -1 || text[start] !== '{') return 'unknown';
  const head = text.slice(start, start + 4096);
  if (/["']?apiVersion["']?\s*:/.test(head) && /["']?kind["']?\s*:/.test(head)) return 'kubernetes';
  return /^\{\s*["']?services["']?\s*:\s*\{/.test(head) ? 'compose' : 'unknown';
}

/** A top-level `services:` key counts when a nested map follows it (not `services: 3`). */
function servicesIsMap(text: string, after: number): boolean {
  const rest = text.slice(after, after + 400);
  const sameLine = rest.split('\n', 1)[0].trim();
  if (sameLine.startsWith('{')) return true;
  if (sameLine !== '' && !sameLine.startsWith('#') && !sameLine.startsWith('&')) return false;
  return /\n[ \t]+["']?[\w.-]+["']?[ \t]*:/.test(rest);
}

/** The kind of a file from its name and text. */
export function recognize(path: string, text: string): FileKind {
  const byName = kindFromName(path);
  if (byName === 'dockerfile') return byName;
  if (byName === 'kustomization') return kustomizationNamed(text);
  if (!mayBeYaml(path)) return 'unknown';
  const byContent = kindFromYamlContent(text);
  // A Compose-named file that is plainly a manifest (kompose output, say) is read as what it holds.
  if (byName === 'compose' && byContent !== 'kubernetes') return 'compose';
  return byContent;
}
