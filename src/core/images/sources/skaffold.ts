// Skaffold `build.artifacts` (and those of profiles): each builds `image` from `context` with
// `docker.dockerfile`. Skaffold picks the registry (`--default-repo`) and the tag (`tagPolicy`) at build
// time and rewrites the manifests to match, so any registry prefix and any tag of that name is its output.
import { isMap, isSeq, type Document } from 'yaml';
import { dirName, isRemoteContext, joinPath } from '../paths';
import type { FileFacts, Span } from '../model';
import { parseImageRef } from '../ref';
import { child, stringAt } from '../yaml-text';

export function isSkaffoldDoc(doc: Document.Parsed, text: string): boolean {
  return stringAt(doc.contents, 'apiVersion', text)?.value.startsWith('skaffold/') ?? false;
}

/** Builders that do not read a Dockerfile. */
const OTHER_BUILDERS = ['jib', 'buildpacks', 'ko', 'bazel', 'custom'];

export function skaffoldFacts(doc: Document.Parsed, text: string, facts: FileFacts): void {
  const root = doc.contents;
  const builds = [child(root, 'build')];
  const profiles = child(root, 'profiles');
  if (isSeq(profiles)) for (const p of profiles.items) builds.push(child(p, 'build'));
  const folder = dirName(facts.path);
  for (const build of builds) {
    const artifacts = child(build, 'artifacts');
    if (!isSeq(artifacts)) continue;
    for (const artifact of artifacts.items) {
      if (!isMap(artifact)) continue;
      const image = stringAt(artifact, 'image', text);
      if (!image) continue;
      const fileSpans: Span[] = [];
      const ctx = stringAt(artifact, 'context', text);
      const docker = child(artifact, 'docker');
      const file = stringAt(docker, 'dockerfile', text);
      if (ctx) fileSpans.push(ctx.span);
      if (file) fileSpans.push(file.span);
      const contextValue = ctx?.value ?? '.';
      const context = isRemoteContext(contextValue) ? undefined : joinPath(folder, contextValue);
      const target = stringAt(docker, 'target', text)?.value;
      facts.builds.push({
        source: 'skaffold',
        path: facts.path,
        ref: parseImageRef(image.value),
        span: image.span,
        context,
        dockerfiles: context !== undefined && !OTHER_BUILDERS.some((b) => artifact.has(b)) ? [joinPath(context, file?.value ?? 'Dockerfile')] : [],
        fileSpans,
        ...(target ? { target } : {}),
        tags: { exact: [], patterns: [], any: true },
        anyRegistry: true,
        label: `skaffold artifact ${image.value}`,
      });
    }
  }
}
