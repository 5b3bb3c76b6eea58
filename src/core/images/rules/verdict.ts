// The comparison image-drift and mutable-tag share: does a run (or a Kustomize override) name what the
// workspace's builds produce, and if not, which build and which reference it should name instead.
import { registryMatches, tagMatches, tagRuleOf } from '../match';
import type { BuildDecl, Finding, ImageOverride, RunDecl } from '../model';
import { DOCKER_HUB, displayRef, type ImageRef } from '../ref';
import { ruleProduces } from '../sources/tag-rules';
import type { ImageIndex } from '../image-index';

export interface Verdict {
  /** Builds of the same image (registry and tag aside). Empty: the workspace does not build it. */
  candidates: BuildDecl[];
  produced: boolean;
  /** Candidates pushing to the run's registry. */
  sameRegistry: BuildDecl[];
}

export interface CompareOptions {
  /** A Kustomize override decides the tag: only the registry is compared. */
  ignoreTag?: boolean;
}

export function compare(ref: ImageRef, index: ImageIndex, options: CompareOptions = {}): Verdict {
  const candidates = ref.known ? index.buildsOfImage(ref) : [];
  const sameRegistry = candidates.filter((b) => registryMatches(b, ref));
  const produced = sameRegistry.some((b) => options.ignoreTag || tagMatches(b, ref));
  return { candidates, produced, sameRegistry };
}

/** The Kustomize `images:` entries that rewrite a Kubernetes run's repository (none for Compose and stacks). */
export function kustomizeOverrides(run: RunDecl, index: ImageIndex): ImageOverride[] {
  if (run.via !== 'kubernetes') return [];
  return index.overridesForManifest(run.path).filter((o) => o.name.known && o.name.repo === run.ref.repo);
}

/** A tag that names one build: not `latest`, and holding a digit (a version, a date, a commit). */
export function isPinnedTag(tag: string | undefined): tag is string {
  return tag !== undefined && tag !== 'latest' && /\d/.test(tag);
}

// Tags that name no release. A project's own build commonly writes one of these (Compose `image: app:local`, a
// bake target `app:dev`, an untagged `docker build`), while its manifests run what CI publishes: a version or a
// branch tag such as `master`. Only the first dash-separated word counts (`master-rootless`, `dev-debug`).
const LOCAL_TAGS = new Set(['local', 'dev', 'devel', 'development', 'test', 'testing', 'ci', 'debug', 'wip', 'snapshot', 'tmp']);
const BRANCH_TAGS = new Set(['latest', 'master', 'main', 'develop', 'trunk', 'head', 'edge', 'nightly', 'canary', 'unstable']);

function tagWord(tag: string): string {
  return tag.toLowerCase().split(/[-_.]/)[0];
}

/** A tag for working copies: none (`latest`), a local word (`local`, `dev`) or a branch name (`main`). */
export function isDevelopmentTag(tag: string | undefined): boolean {
  if (tag === undefined) return true;
  const word = tagWord(tag);
  return LOCAL_TAGS.has(word) || BRANCH_TAGS.has(word);
}

/** A tag CI publishes for others to run: a version (`1.51`, `v2.3.0`) or a branch tag (`master`, `latest`). */
export function isPublishedTag(tag: string | undefined): boolean {
  return tag === undefined || isPinnedTag(tag) || BRANCH_TAGS.has(tagWord(tag));
}

/** A build that writes only development tags: no version, no tag generated at build time. */
export function buildsDevelopmentTag(build: BuildDecl): boolean {
  const rule = tagRuleOf(build);
  return !rule.any && rule.patterns.length === 0 && rule.exact.every(isDevelopmentTag);
}

/**
 * The normal split of a project: every build of the image writes a development tag, and the run names a
 * published one. Then the run is not drift: it runs a release, the builds are for working on the code.
 */
export function runsPublishedBesideDevelopmentBuilds(tag: string | undefined, builds: BuildDecl[]): boolean {
  return builds.length > 0 && builds.every(buildsDevelopmentTag) && isPublishedTag(tag);
}

/** A Docker Hub official image (`golang`, `nginx`): never this project's own, whatever a build here tags. */
export function isOfficialImage(ref: ImageRef): boolean {
  return ref.known && ref.registry === DOCKER_HUB && ref.path.startsWith('library/');
}

/** The first pinned tag a build pushes. */
export function pinnedTag(build: BuildDecl): string | undefined {
  return tagRuleOf(build).exact.find(isPinnedTag);
}

/**
 * The tag to write so that `build` produces it: the one the build writes (kept implicit when it writes none
 * and pushes `latest`), else a pinned one it pushes. Undefined when its tags are all generated.
 */
export function tagToWrite(build: BuildDecl): { tag: string | undefined } | undefined {
  const rule = tagRuleOf(build);
  if (!build.tags) return { tag: build.ref!.tag };
  if (build.ref!.tag && ruleProduces(rule, build.ref!.tag)) return { tag: build.ref!.tag };
  if (rule.exact.includes('latest')) return { tag: undefined };
  const exact = rule.exact.find(isPinnedTag) ?? rule.exact[0];
  return exact === undefined ? undefined : { tag: exact };
}

/** Plain builds (one written tag) before rule-based ones; then declaration order. */
export function preferred(builds: BuildDecl[]): BuildDecl[] {
  return [...builds].sort((a, b) => Number(a.tags !== undefined) - Number(b.tags !== undefined));
}

/** "dockersamples/examplevotingapp_vote (tags latest, before, after, pr-N)". */
export function describeBuild(build: BuildDecl): string {
  const rule = build.tags;
  if (!rule) return displayRef(build.ref!) + (build.ref!.tag ? '' : ' (tag latest)');
  const parts = [...rule.exact, ...rule.patterns.map(patternLabel)];
  if (rule.any) parts.push('tags set at build time');
  return `${displayRef(build.ref!)} (${parts.length > 0 ? `tags ${parts.join(', ')}` : 'tags set at build time'})`;
}

function patternLabel(p: RegExp): string {
  if (p.source.includes('\\d+$') && p.source.startsWith('^pr')) return 'pr-N';
  if (p.source.includes('[0-9a-f]')) return 'sha-…';
  return 'version tags';
}

/** Where the build is, for a finding's related information. */
export function related(build: BuildDecl): NonNullable<Finding['related']>[number] {
  return { path: build.path, start: build.span.start, end: build.span.end, message: `built here: ${build.label}` };
}

/** "Kubernetes Deployment/vote container vote", "Compose service web", "stack service web". */
export function runnerName(run: RunDecl): string {
  if (run.via === 'kubernetes') return `Kubernetes ${run.owner}`;
  return `${run.kind} ${run.owner}`;
}

