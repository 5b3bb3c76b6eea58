// Go to definition: from an image reference (a container's `image:`, a Compose service, a build tag, a
// Kustomize override) to the FROM line of the Dockerfile stage that becomes that image.
import type { DockerfileTarget, ImageIndex } from './image-index';
import type { Span } from './model';
import type { ImageRef } from './ref';

export interface Definition {
  /** The Dockerfile. */
  path: string;
  /** The FROM instruction of the stage that becomes the image. */
  start: number;
  end: number;
  /** `AS name` of that stage, when it has one. */
  stage?: string;
  /** The text the position was on (for an editor's origin highlight). */
  origin: Span;
  /** The build that links the two: "Compose service vote", "skaffold artifact frontend". */
  via: string;
}

/** The Dockerfile (FROM of the image's stage) that builds the image referenced at `offset` in `path`. */
export function definitionAt(index: ImageIndex, path: string, offset: number): Definition | undefined {
  const facts = index.facts(path);
  if (!facts) return undefined;
  const hit = (s: Span | undefined) => s !== undefined && offset >= s.start && offset <= s.end;
  for (const b of facts.builds) {
    const origin = [b.span, ...b.fileSpans].find(hit);
    if (origin) return toDefinition(index.dockerfileForBuild(b), origin);
  }
  for (const r of facts.runs) {
    if (hit(r.span)) return byRef(r.ref, r.span, index);
  }
  for (const o of facts.overrides) {
    if (hit(o.nameSpan)) return byRef(o.newName ?? o.name, o.nameSpan, index);
    if (o.newName && hit(o.newNameSpan)) return byRef(o.newName, o.newNameSpan!, index);
  }
  return undefined;
}

function byRef(ref: ImageRef, origin: Span, index: ImageIndex): Definition | undefined {
  return ref.known ? toDefinition(index.dockerfileForImage(ref), origin) : undefined;
}

function toDefinition(target: DockerfileTarget | undefined, origin: Span): Definition | undefined {
  if (!target) return undefined;
  const d: Definition = { path: target.path, start: target.from.start, end: target.from.end, origin, via: target.build.label };
  if (target.stage.name) d.stage = target.stage.name;
  return d;
}
