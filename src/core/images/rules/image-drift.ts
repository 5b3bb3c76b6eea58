// image-drift: the orchestration layer runs an image the workspace builds, but under a tag or registry the
// build does not produce — so what is scheduled is not what was built from this Dockerfile.
import type { BuildDecl, Finding, ImageOverride, RunDecl, Span } from '../model';
import { displayRef, isMutable, parseImageRef, withTag, withoutTag, type ImageRef } from '../ref';
import { registryMatches, tagMatches } from '../match';
import type { ImageIndex } from '../image-index';
import type { ImageRule } from './rule';
import {
  compare,
  describeBuild,
  isOfficialImage,
  kustomizeOverrides,
  pinnedTag,
  preferred,
  related,
  runnerName,
  runsPublishedBesideDevelopmentBuilds,
  tagToWrite,
} from './verdict';

export const imageDrift: ImageRule = {
  id: 'image-drift',
  check(facts, index) {
    const out: Finding[] = [];
    for (const run of facts.runs) {
      const f = runDrift(run, index);
      if (f) out.push(f);
    }
    for (const o of facts.overrides) out.push(...overrideDrift(o, index));
    return out;
  },
};

function runDrift(run: RunDecl, index: ImageIndex): Finding | undefined {
  // A Compose service that builds its own image runs exactly what it builds.
  if (!run.ref.known || run.builds || run.ref.digest) return undefined;
  const overrides = kustomizeOverrides(run, index);
  // Renamed by Kustomize: the override's newName is what runs, and it is checked where it is written.
  if (overrides.some((o) => o.newName)) return undefined;
  const ignoreTag = overrides.some((o) => o.newTag !== undefined || o.digest !== undefined);
  const v = compare(run.ref, index, { ignoreTag });
  if (v.candidates.length === 0 || v.produced || isOfficialImage(run.ref)) return undefined;
  // `:latest` where the build pushes pinned tags is mutable-tag's finding, with its own fix.
  if (isMutable(run.ref) && v.sameRegistry.some((b) => pinnedTag(b))) return undefined;

  const ranked = preferred([...v.sameRegistry, ...v.candidates.filter((b) => !v.sameRegistry.includes(b))]);
  const build = ranked[0];
  const newText = alignedRef(run.ref, build, ignoreTag);
  const what = v.sameRegistry.length > 0 ? 'tag' : 'registry';
  if (!ignoreTag && runsPublishedBesideDevelopmentBuilds(run.ref.tag, v.candidates)) {
    return normalSplit(run.path, run.span, `${runnerName(run)} runs the published ${displayRef(run.ref)}`, build, ranked);
  }
  const finding: Finding = {
    rule: 'image-drift',
    severity: 'warning',
    path: run.path,
    start: run.span.start,
    end: run.span.end,
    message:
      `${runnerName(run)} runs ${displayRef(run.ref)}, but this workspace builds ${describeBuild(build)} ` +
      `(${build.label}). The ${what} differs, so the schedule/scale layer is not running the image the build/run layer produces.`,
    fixes: [],
    related: ranked.slice(0, 3).map(related),
  };
  if (newText !== undefined && newText !== run.ref.raw) {
    finding.fixes.push({
      title: `Run the built image ${newText}`,
      preferred: true,
      edits: [{ path: run.path, start: run.span.start, end: run.span.end, newText }],
    });
  }
  return finding;
}

/**
 * The normal split (see runsPublishedBesideDevelopmentBuilds): a hint that says so, without a fix, since
 * pointing the published manifest at a working-copy tag would break it for everyone else.
 */
function normalSplit(path: string, span: Span, runs: string, build: BuildDecl, ranked: BuildDecl[]): Finding {
  return {
    rule: 'image-drift',
    severity: 'hint',
    path,
    start: span.start,
    end: span.end,
    message:
      `normal: ${build.label} builds a development tag (${describeBuild(build)}); ${runs}. ` +
      `A build for working on the code beside a run of a published release is how projects work: nothing to change.`,
    fixes: [],
    related: ranked.slice(0, 3).map(related),
  };
}

/** The run's reference rewritten to what `build` produces: its own spelling where only the tag moves. */
function alignedRef(ref: ImageRef, build: BuildDecl, ignoreTag: boolean): string | undefined {
  const keepTag = ignoreTag || tagMatches(build, ref);
  const tag = keepTag ? { tag: ref.tag } : tagToWrite(build);
  if (!tag) return undefined;
  const source = registryMatches(build, ref) ? ref : build.ref!;
  return withTag(source, tag.tag);
}

/** A Kustomize `images:` entry whose newName or newTag points away from what the builds produce. */
function overrideDrift(o: ImageOverride, index: ImageIndex): Finding[] {
  const name = o.newName ?? o.name;
  if (!name.known || o.digest || isOfficialImage(name)) return [];
  const out: Finding[] = [];
  const probe = o.newTag !== undefined ? parseImageRef(`${withoutTag(name)}:${o.newTag}`) : name;
  const v = compare(probe.known ? probe : name, index, { ignoreTag: o.newTag === undefined });
  if (v.candidates.length === 0 || v.produced) return [];
  const ranked = preferred(v.sameRegistry.length > 0 ? v.sameRegistry : v.candidates);
  const build = ranked[0];
  if (v.sameRegistry.length === 0 && o.newName && o.newNameSpan) {
    const newText = withoutTag(build.ref!);
    out.push({
      rule: 'image-drift',
      severity: 'warning',
      path: o.path,
      start: o.newNameSpan.start,
      end: o.newNameSpan.end,
      message: `This Kustomize override renames ${displayRef(o.name)} to ${displayRef(name)}, but this workspace builds ${describeBuild(build)} (${build.label}): the registry differs, so the manifests run an image the build/run layer does not produce.`,
      fixes: [{ title: `Rename to the built image ${newText}`, preferred: true, edits: [{ path: o.path, ...o.newNameSpan, newText }] }],
      related: ranked.slice(0, 3).map(related),
    });
  } else if (o.newTag !== undefined && o.newTagSpan && v.sameRegistry.length > 0) {
    if (o.newTag === 'latest' && v.sameRegistry.some((b) => pinnedTag(b))) return out; // mutable-tag's
    if (runsPublishedBesideDevelopmentBuilds(o.newTag, v.candidates)) {
      return [normalSplit(o.path, o.newTagSpan, `this Kustomize override runs the published ${displayRef(probe.known ? probe : name)}`, build, ranked)];
    }
    const tag = tagToWrite(build);
    const finding: Finding = {
      rule: 'image-drift',
      severity: 'warning',
      path: o.path,
      start: o.newTagSpan.start,
      end: o.newTagSpan.end,
      message: `This Kustomize override sets tag ${o.newTag} on ${displayRef(name)}, but this workspace builds ${describeBuild(build)} (${build.label}): the schedule/scale layer would run a tag the build/run layer does not produce.`,
      fixes: [],
      related: ranked.slice(0, 3).map(related),
    };
    const newTag = tag ? tag.tag ?? 'latest' : undefined;
    if (newTag && newTag !== o.newTag) {
      finding.fixes.push({ title: `Use the built tag ${newTag}`, preferred: true, edits: [{ path: o.path, ...o.newTagSpan, newText: newTag }] });
    }
    out.push(finding);
  }
  return out;
}
