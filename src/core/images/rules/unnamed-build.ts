// unnamed-build: a Compose service builds an image without naming it. Compose then tags it
// `<project>-<service>`, a name no registry, stack or cluster knows, so other layers cannot run the same image.
//
// The fix names the build only after evidence from the same project (./project): a build of the same context
// elsewhere (CI, a script, skaffold), or a run whose image is named exactly for the service or its context
// folder (last path segment), or a Kubernetes workload / stack or Compose service of the same name. A name
// that belongs to someone else is never offered: a Docker Hub official image (`nginx`), an image some
// Dockerfile builds FROM, one built here from another context, or one run outside this project without being
// built (shared images, not this build). Without such evidence the finding is a hint with no fix; with only a
// Compose file's evidence, a hint with the fix; info when a cluster, a stack or CI needs the name.
import { insertLines } from '../edits';
import type { BuildDecl, FileFacts, Finding, RunDecl, ServiceFacts } from '../model';
import { baseName } from '../../recognize';
import { DOCKER_HUB, leafOf, withTag, type ImageRef } from '../ref';
import type { ImageIndex } from '../image-index';
import { composeProject, type Project } from './project';
import type { ImageRule } from './rule';
import { isPinnedTag, runnerName } from './verdict';
import { push } from '../../multimap';

export const unnamedBuild: ImageRule = {
  id: 'unnamed-build',
  check(facts, index) {
    const unnamed = facts.services.filter((s) => s.build && !s.image);
    if (unnamed.length === 0) return [];
    const evidence = new Evidence(facts, index);
    return unnamed.map((service) => finding(facts, service, evidence.nameFor(service)));
  },
};

/** The weight of a build of the same context elsewhere: the strongest evidence of a name. */
const BUILD_EVIDENCE = 3;

interface Candidate {
  ref: ImageRef;
  score: number;
  /** The weight of the strongest single piece of evidence: 1 a Compose run, 2 a Kubernetes or stack run, 3 a build. */
  strongest: number;
  why: string;
}

function finding(facts: FileFacts, service: ServiceFacts, best: Candidate | undefined): Finding {
  const { start, end } = service.build!.keySpan;
  // Info only when another layer needs the name: a Kubernetes workload or stack runs it, or CI or a script
  // pushes this context under it. A neighbouring Compose file alone is a hint, with the same fix. When CI or a
  // script already builds this context under a release version, the Compose build is the working copy: it must
  // not take that release's name.
  const release = best !== undefined && best.strongest === BUILD_EVIDENCE && isPinnedTag(best.ref.tag);
  const needed = best !== undefined && best.strongest >= 2 && !release;
  const f: Finding = {
    rule: 'unnamed-build',
    severity: needed ? 'info' : 'hint',
    path: facts.path,
    start,
    end,
    message: release
      ? `Compose service ${service.name} builds an image without naming it (no \`image:\`): normal for a build of the working copy, ` +
        `which Compose tags <project>-${service.name} on this host. ${best.why}, a release: naming this build ${best.ref.raw} would put a local build under a release's name.`
      : best
      ? `Compose service ${service.name} builds an image without naming it (no \`image:\`): Compose tags it ` +
        `<project>-${service.name} on this host only, so no registry, Swarm stack or Kubernetes cluster (the schedule/scale layer) can run the same build. ` +
        `${best.why}: name the build ${best.ref.raw} so that image is pushed and reused.`
      : `Compose service ${service.name} builds an image without naming it (no \`image:\`): normal for a build used only on this host, ` +
        `where Compose tags it <project>-${service.name}. Add \`image:\` if a registry, Swarm stack or Kubernetes cluster (the schedule/scale layer) should run this build.`,
    fixes: [],
  };
  if (best && !release && service.block) {
    f.fixes.push({
      title: `Name the build image: ${best.ref.raw}`,
      preferred: true,
      edits: [insertLines(facts.path, facts.text, service.build!.insertAt, `${' '.repeat(service.indent)}image: ${best.ref.raw}\n`)],
    });
  }
  return f;
}

/** What the workspace says about one Compose file's builds; the costlier lookups run only when needed. */
class Evidence {
  private project?: Project;

  constructor(
    private readonly facts: FileFacts,
    private readonly index: ImageIndex,
  ) {}

  /** The name other layers of this project already use for the service's build. */
  nameFor(service: ServiceFacts): Candidate | undefined {
    const context = service.build!.context;
    const stems = new Set([service.name, context !== undefined ? baseName(context) : ''].map((s) => s.toLowerCase()).filter((s) => s !== ''));
    // Candidates by repository: scores add up; the reason shown is the strongest single one.
    const byRepo = new Map<string, Candidate & { tags: Map<string, number> }>();
    const add = (ref: ImageRef, score: number, why: string) => {
      const c = byRepo.get(ref.repo) ?? { ref, score: 0, why, strongest: 0, tags: new Map<string, number>() };
      c.score += score;
      if (score > c.strongest) {
        c.strongest = score;
        c.why = why;
      }
      const tag = ref.tag ?? '';
      c.tags.set(tag, (c.tags.get(tag) ?? 0) + 1);
      byRepo.set(ref.repo, c);
    };
    const lookups = lookupsOf(this.index);
    for (const b of context !== undefined ? (lookups.buildsByContext.get(context) ?? []) : []) {
      if (b.ref?.known && b.source !== 'compose' && this.ownName(b.ref)) {
        add(b.ref, BUILD_EVIDENCE, `${b.label} builds the same context as ${b.ref.raw}`);
      }
    }
    // The runs named for the service or its context, in the index's order (so ties resolve as they always did).
    const at = new Set([...stems, service.name.toLowerCase()].flatMap((n) => lookups.runsByName.get(n) ?? []));
    const named = [...at].sort((a, b) => a - b).map((i) => lookups.runs[i]);
    for (const run of named) {
      const isNamed = stems.has(leafOf(run.ref)) || runNames(run).includes(service.name.toLowerCase());
      if (run.path === this.facts.path || !isNamed || !this.projectOf().contains(run.path)) continue;
      if (this.ownName(run.ref) && this.notElsewhere(run.ref, context)) add(run.ref, run.via === 'compose' ? 1 : 2, `${runnerName(run)} runs ${run.ref.raw}`);
    }
    const best = [...byRepo.values()].sort((a, b) => b.score - a.score)[0];
    if (!best) return undefined;
    // The tag most of them use (none, when most leave it out).
    const tag = [...best.tags].sort((a, b) => b[1] - a[1])[0][0];
    const ref = { ...best.ref, tag: tag === '' ? undefined : tag, raw: withTag(best.ref, tag === '' ? undefined : tag) };
    return { ref, score: best.score, strongest: best.strongest, why: best.why };
  }

  /** A name this project can give its build: not a Docker Hub official image, not a base some Dockerfile builds FROM. */
  private ownName(ref: ImageRef): boolean {
    if (!ref.known || (ref.registry === DOCKER_HUB && ref.path.startsWith('library/'))) return false;
    return !this.index.baseImages().has(ref.repo);
  }

  /** Nothing else claims the image: no build of it from another context, no run outside the project that pulls it. */
  private notElsewhere(ref: ImageRef, context: string | undefined): boolean {
    if (this.index.buildsOfImage(ref).some((b) => b.context === undefined || b.context !== context)) return false;
    return !this.index.runsOfImage(ref).some((r) => !r.builds && !this.projectOf().contains(r.path));
  }

  private projectOf(): Project {
    this.project ??= composeProject(this.facts.path, this.index);
    return this.project;
  }
}

interface Lookups {
  revision: number;
  /** Every run of a known image, in the index's order. */
  runs: RunDecl[];
  /** Positions in `runs` by each name a run answers to: its image's leaf name and its workload names. */
  runsByName: Map<string, number[]>;
  /** Builds of a known image by their context. */
  buildsByContext: Map<string, BuildDecl[]>;
}

const lookupCache = new WeakMap<ImageIndex, Lookups>();

/**
 * The index's runs and builds by the names and contexts evidence is looked up by, made once per index revision:
 * walking every run for every Compose file made a full check quadratic in the size of the workspace.
 */
function lookupsOf(index: ImageIndex): Lookups {
  const cached = lookupCache.get(index);
  if (cached?.revision === index.revision) return cached;
  const runs = index.runsMatchingLeafName(() => true);
  const runsByName = new Map<string, number[]>();
  runs.forEach((run, i) => {
    for (const name of new Set([leafOf(run.ref), ...runNames(run)])) push(runsByName, name, i);
  });
  const buildsByContext = new Map<string, BuildDecl[]>();
  for (const b of index.builtImages()) {
    if (b.context !== undefined) push(buildsByContext, b.context, b);
  }
  const value = { revision: index.revision, runs, runsByName, buildsByContext };
  lookupCache.set(index, value);
  return value;
}

/** The names a run gives its workload: the Kubernetes object and container names, or the service name. */
function runNames(run: RunDecl): string[] {
  if (run.via !== 'kubernetes') return [run.owner.toLowerCase()];
  const object = run.owner.split(' container ')[0];
  const workload = object.includes('/') ? object.slice(object.indexOf('/') + 1) : '';
  return [workload, run.container?.name ?? ''].map((s) => s.toLowerCase()).filter((s) => s !== '');
}
