// Go to definition: from an image reference (a container's `image:`, a Compose service, a build tag, a
// Kustomize override) to the FROM line of the Dockerfile stage that becomes that image.
import type { FileFacts, Span } from './model';
import type { ImageRef } from './ref';
import type { DockerfileTarget, WorkspaceImages } from './workspace';

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

export function definitionAt(facts: FileFacts, offset: number, index: WorkspaceImages): Definition | undefined {
  const hit = (s: Span | undefined) => s !== undefined && offset >= s.start && offset <= s.end;
  for (const b of facts.builds) {
    const origin = [b.span, ...b.fileSpans].find(hit);
    if (origin) return toDefinition(index.dockerfileOf(b), origin);
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

function byRef(ref: ImageRef, origin: Span, index: WorkspaceImages): Definition | undefined {
  return ref.known ? toDefinition(index.dockerfileFor(ref), origin) : undefined;
}

function toDefinition(target: DockerfileTarget | undefined, origin: Span): Definition | undefined {
  if (!target) return undefined;
  const d: Definition = { path: target.path, start: target.from.start, end: target.from.end, origin, via: target.build.label };
  if (target.stage.name) d.stage = target.stage.name;
  return d;
}
