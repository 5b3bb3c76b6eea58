// Image references as the Docker distribution grammar reads them: [registry[:port]/]path[:tag][@digest].
// `nginx`, `docker.io/nginx` and `index.docker.io/library/nginx:latest` name one repository, so every
// comparison goes through the normalized `repo`. A templated reference (`${TAG}`, `{{ .Values.x }}`,
// `$(IMAGE)`) or one the grammar rejects is `known: false` and never matched against anything.

export interface ImageRef {
  /** As written (quotes stripped). */
  raw: string;
  known: boolean;
  /** Why `known` is false. */
  unknown?: 'templated' | 'invalid' | 'empty';
  /** Normalised registry host (and port): `docker.io` when none is written. */
  registry: string;
  /** Normalised repository path: `library/nginx` for Docker Hub official images. */
  path: string;
  /** The path as users write it: Docker Hub's `library/` dropped. */
  name: string;
  tag?: string;
  digest?: string;
  /** `registry/path`: the identity of the repository. */
  repo: string;
}

export const DOCKER_HUB = 'docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

// distribution/reference: path components, tags and digests.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;

/** Template or variable syntax of shells, Make, Compose, Helm, GitHub Actions, Cloud Build, Bake. */
export function looksTemplated(text: string): boolean {
  return /[$`]|\{\{|\}\}|%\{|<[^>]*>/.test(text);
}

export function parseImageRef(input: string): ImageRef {
  const raw = input.trim();
  const unknown = (why: 'templated' | 'invalid' | 'empty'): ImageRef => ({
    raw,
    known: false,
    unknown: why,
    registry: '',
    path: '',
    name: raw,
    repo: '',
  });
  if (raw === '') return unknown('empty');
  if (looksTemplated(raw)) return unknown('templated');

  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return unknown('invalid');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return unknown('invalid');
  }
  // The first segment is a registry when it looks like a host: it has a '.' or ':', is localhost, or
  // has upper case (repository paths never do) — the rule `docker` itself applies.
  let registry = DOCKER_HUB;
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase()) {
      if (!HOST.test(first)) return unknown('invalid');
      registry = HUB_ALIASES.has(first.toLowerCase()) ? DOCKER_HUB : first;
      path = rest.slice(slash + 1);
    }
  }
  if (path === '' || !path.split('/').every((c) => COMPONENT.test(c))) return unknown('invalid');
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`;
  const name = registry === DOCKER_HUB && path.startsWith('library/') ? path.slice('library/'.length) : path;
  const ref: ImageRef = { raw, known: true, registry, path, name, repo: `${registry}/${path}` };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** The tag a reference pulls: its own, or `latest` when it has neither tag nor digest. */
export function effectiveTag(ref: ImageRef): string | undefined {
  return ref.tag ?? (ref.digest ? undefined : 'latest');
}

/** `:latest` or no tag, and no digest: what it runs can change under the same name. */
export function isMutable(ref: ImageRef): boolean {
  return !ref.digest && (ref.tag === undefined || ref.tag === 'latest');
}

/** The last path segment: `examplevotingapp_vote` of `dockersamples/examplevotingapp_vote:before`. */
export function leafOf(ref: ImageRef): string {
  return ref.path.slice(ref.path.lastIndexOf('/') + 1);
}

/** The reference as written, without its tag and digest (keeps the writer's registry spelling). */
export function withoutTag(ref: ImageRef): string {
  let rest = ref.raw;
  const at = rest.indexOf('@');
  if (at !== -1) rest = rest.slice(0, at);
  const colon = rest.lastIndexOf(':');
  return colon > rest.lastIndexOf('/') ? rest.slice(0, colon) : rest;
}

/** `name:tag` in the writer's spelling; `latest` is left implicit only when the writer left it so. */
export function withTag(ref: ImageRef, tag: string | undefined): string {
  const name = withoutTag(ref);
  return tag === undefined ? name : `${name}:${tag}`;
}

/** The short form people read: `nginx:1.25`, `ghcr.io/acme/api:2`. */
export function displayRef(ref: ImageRef): string {
  if (!ref.known) return ref.raw;
  const host = ref.registry === DOCKER_HUB ? '' : `${ref.registry}/`;
  return `${host}${ref.name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
