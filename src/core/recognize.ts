// Which kind a file is: Dockerfiles by name; Compose by name or content; Kubernetes by content.
import type { FileKind } from './types';

/** The last path segment, whichever separator the caller uses (URIs, POSIX or Windows paths). */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

const DOCKERFILE_NAME = /^(?:(?:docker|container)file(?:\..+)?|.+\.(?:docker|container)file)$/i;
const COMPOSE_NAME = /^(?:compose|docker-compose|docker-stack)[^/\\]*\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

/** Kind from the name alone, or undefined when only the content can tell. */
export function kindFromName(path: string): FileKind | undefined {
  const name = baseName(path);
  if (DOCKERFILE_NAME.test(name)) return 'dockerfile';
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
    if (apiVersion && kind) return 'kubernetes';
  }
  // `kind: List` files and manifests whose apiVersion is templated still carry a top-level kind.
  if (kind && /^kind:[ \t]*\S/m.test(text) && /^\s*apiVersion:/m.test(text)) return 'kubernetes';
  if (services) return 'compose';
  return apiVersion || kind ? 'unknown' : kindFromFlowContent(text);
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
  if (!mayBeYaml(path)) return 'unknown';
  const byContent = kindFromYamlContent(text);
  // A Compose-named file that is plainly a manifest (kompose output, say) is read as what it holds.
  if (byName === 'compose' && byContent !== 'kubernetes') return 'compose';
  return byContent;
}
