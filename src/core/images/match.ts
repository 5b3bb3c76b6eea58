// When a run is "the image this workspace builds", and when it is exactly what the build produces.
import type { BuildDecl, TagRule } from './model';
import { effectiveTag, type ImageRef } from './ref';
import { ruleProduces } from './sources/tag-rules';

/** The tags a build pushes: its rule, or the one tag it writes (`latest` when it writes none). */
export function tagRuleOf(build: BuildDecl): TagRule {
  return build.tags ?? { exact: [build.ref?.tag ?? 'latest'], patterns: [], any: false };
}

/**
 * Same repository as the build, registry aside: `acme/api:2` and `ghcr.io/acme/api:1` are one image under two
 * registries. A build whose registry is chosen at build time matches any prefix (`frontend` ~ `gcr.io/p/frontend`).
 */
export function sameImage(build: BuildDecl, ref: ImageRef): boolean {
  const b = build.ref;
  if (!b?.known || !ref.known) return false;
  if (ref.name === b.name) return true;
  return build.anyRegistry === true && ref.name.endsWith(`/${b.name}`);
}

/** The build pushes to the run's registry (or picks it at build time). `build` must have a `ref`. */
export function registryMatches(build: BuildDecl, ref: ImageRef): boolean {
  return build.anyRegistry === true || build.ref!.registry === ref.registry;
}

/** The build pushes the tag `ref` pulls. A digest pins one build's output: nothing here can say which, so it matches. */
export function tagMatches(build: BuildDecl, ref: ImageRef): boolean {
  const tag = effectiveTag(ref);
  return tag === undefined || ruleProduces(tagRuleOf(build), tag);
}

/** Would running `ref` run this build's output: same registry (or any, for skaffold) and a tag it pushes. */
export function produces(build: BuildDecl, ref: ImageRef): boolean {
  return sameImage(build, ref) && registryMatches(build, ref) && tagMatches(build, ref);
}
