// The workspace image index: every file's facts, plus lookups by image name so that one file's update
// touches only its own entries and every query reads a handful of candidates. It knows nothing of rules,
// definitions or lenses: those are built on its lookups (findings.ts, definition.ts, lens.ts), one layer up.
import type { ClassifiedFile } from '../classify-file';
import type { DockerfileModel, DockerStage } from '../dockerfile/model';
import { extractFacts } from './extract';
import { produces, sameImage } from './match';
import type { BuildDecl, FileFacts, ImageOverride, Kustomization, RunDecl, Span } from './model';
import { dirName, isUnder } from './paths';
import { leafOf, parseImageRef, type ImageRef } from './ref';
import { fromOf, imageStage, parentStage } from './stages';
import { pull, push } from '../multimap';

/** The Dockerfile stage that becomes an image, with the build that says so. */
export interface DockerfileTarget {
  path: string;
  model: DockerfileModel;
  stage: DockerStage;
  /** The stage's FROM instruction (its keyword start and whole span). */
  from: Span;
  build: BuildDecl;
}

export class ImageIndex {
  private readonly files = new Map<string, FileFacts>();
  private readonly buildsByLeaf = new Map<string, BuildDecl[]>();
  private readonly runsByLeaf = new Map<string, RunDecl[]>();
  private version = 0;
  private cache:
    | {
        version: number;
        builds: BuildDecl[];
        byDockerfile: Map<string, BuildDecl[]>;
        overrides: ImageOverride[];
        covered: Map<string, ImageOverride[]>;
        composeFolders: string[];
        /** By the path of the file that declares each. */
        kustomizations: Map<string, Kustomization>;
        bases?: Set<string>;
      }
    | undefined;

  /** Index (or re-index) one file. Only this file's contribution is recomputed. */
  update(path: string, text: string, analysis?: ClassifiedFile): FileFacts {
    const old = this.files.get(path);
    if (old && old.text === text) return old;
    if (old) this.unlink(old);
    // The old facts let a manifest re-read only the documents that changed.
    const facts = extractFacts(path, text, analysis, old);
    this.files.set(path, facts);
    this.link(facts);
    this.version++;
    return facts;
  }

  remove(path: string): void {
    const old = this.files.get(path);
    if (!old) return;
    this.unlink(old);
    this.files.delete(path);
    this.version++;
  }

  /** Changes with every `update` that changed a file and every `remove`: derived views cache on it. */
  get revision(): number {
    return this.version;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** What the index knows about one file (undefined when it was never fed). */
  facts(path: string): FileFacts | undefined {
    return this.files.get(path);
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  /** Every declaration of an image this workspace builds (unnamed Compose builds have no `ref`). */
  builtImages(): readonly BuildDecl[] {
    return this.derived().builds;
  }

  /** Every place that runs the repository of `image` (any tag): `runsOfImage('nginx')` ≡ `docker.io/library/nginx`. */
  runsOfImage(image: string | ImageRef): RunDecl[] {
    const ref = typeof image === 'string' ? parseImageRef(image) : image;
    if (!ref.known) return [];
    return (this.runsByLeaf.get(leafOf(ref)) ?? []).filter((r) => r.ref.repo === ref.repo);
  }

  /** Runs whose image name ends in a segment `test` accepts (the unnamed-build rule's name search). */
  runsMatchingLeafName(test: (leaf: string) => boolean): RunDecl[] {
    return [...this.runsByLeaf].flatMap(([leaf, runs]) => (test(leaf) ? runs : []));
  }

  /** Folders that hold a Compose or stack file (where Compose projects live). */
  composeFolders(): readonly string[] {
    return this.derived().composeFolders;
  }

  /** Every kustomization (and Kustomize component) in the workspace. */
  kustomizations(): readonly Kustomization[] {
    return [...this.derived().kustomizations.values()];
  }

  /** Repositories some Dockerfile builds FROM (earlier stage names aside): base images, not products. */
  baseImages(): ReadonlySet<string> {
    const cache = this.derived();
    cache.bases ??= baseImagesOf(this.files.values());
    return cache.bases;
  }

  /** Builds of the same image as `ref`, registry and tag aside (the candidates a drifted run should match). */
  buildsOfImage(image: string | ImageRef): BuildDecl[] {
    const ref = typeof image === 'string' ? parseImageRef(image) : image;
    if (!ref.known) return [];
    return (this.buildsByLeaf.get(leafOf(ref)) ?? []).filter((b) => sameImage(b, ref));
  }

  /** Runs a build's image: same image, any tag or registry (what its CodeLens counts). */
  runsOfBuild(build: BuildDecl): RunDecl[] {
    if (!build.ref?.known) return [];
    return (this.runsByLeaf.get(leafOf(build.ref)) ?? []).filter((r) => sameImage(build, r.ref));
  }

  /** The Dockerfile and stage that build `image`: a build producing it exactly first, else one of the same name. */
  dockerfileForImage(image: string | ImageRef): DockerfileTarget | undefined {
    const ref = typeof image === 'string' ? parseImageRef(image) : image;
    const builds = this.buildsOfImage(ref);
    const ordered = [...builds.filter((b) => produces(b, ref)), ...builds.filter((b) => !produces(b, ref))];
    for (const b of ordered) {
      const target = this.dockerfileForBuild(b);
      if (target) return target;
    }
    return undefined;
  }

  /** The Dockerfile a build reads, when the index holds it. */
  dockerfileForBuild(build: BuildDecl): DockerfileTarget | undefined {
    for (const path of build.dockerfiles) {
      const facts = this.files.get(path);
      if (!facts?.dockerfile) continue;
      const stage = imageStage(facts.dockerfile, build.target);
      const from = stage && fromOf(facts.dockerfile, stage);
      if (stage && from) return { path, model: facts.dockerfile, stage, from: from.span, build };
    }
    return undefined;
  }

  /** The builds that read the Dockerfile at `path`. */
  buildsUsingDockerfile(path: string): BuildDecl[] {
    return this.derived().byDockerfile.get(path) ?? [];
  }

  /** The Kustomize `images:` entries that rewrite images in the manifest at `path`. */
  overridesForManifest(path: string): ImageOverride[] {
    const { covered, overrides } = this.derived();
    let found = covered.get(path);
    if (!found) {
      found = overrides.filter((o) => this.kustomizationCovers(o.path, path, new Set()));
      covered.set(path, found);
    }
    return found;
  }

  // ——— internals ———

  private link(facts: FileFacts): void {
    for (const b of facts.builds) if (b.ref?.known) push(this.buildsByLeaf, leafOf(b.ref), b);
    for (const r of facts.runs) if (r.ref.known) push(this.runsByLeaf, leafOf(r.ref), r);
  }

  private unlink(facts: FileFacts): void {
    for (const b of facts.builds) if (b.ref?.known) pull(this.buildsByLeaf, leafOf(b.ref), b);
    for (const r of facts.runs) if (r.ref.known) pull(this.runsByLeaf, leafOf(r.ref), r);
  }

  /** Lookups that depend on several files at once, rebuilt lazily after any change. */
  private derived(): NonNullable<ImageIndex['cache']> {
    if (this.cache?.version === this.version) return this.cache;
    const byDockerfile = new Map<string, BuildDecl[]>();
    const builds: BuildDecl[] = [];
    const overrides: ImageOverride[] = [];
    const composeFolders: string[] = [];
    const kustomizations = new Map<string, Kustomization>();
    for (const facts of this.files.values()) {
      if (facts.kind === 'compose' || facts.kind === 'stack') composeFolders.push(dirName(facts.path));
      if (facts.kustomization) kustomizations.set(facts.path, facts.kustomization);
      overrides.push(...facts.overrides);
      for (const b of facts.builds) {
        builds.push(b);
        const path = b.dockerfiles.find((p) => this.files.get(p)?.dockerfile);
        if (path) push(byDockerfile, path, b);
      }
    }
    this.cache = { version: this.version, builds, byDockerfile, overrides, covered: new Map(), composeFolders, kustomizations };
    return this.cache;
  }

  /** Does the kustomization file at `kPath` render the manifest at `path` (directly, or as a listed component)? */
  private kustomizationCovers(kPath: string, path: string, seen: Set<string>): boolean {
    const { kustomizations } = this.derived();
    const k = kustomizations.get(kPath);
    if (!k || seen.has(kPath)) return false;
    seen.add(kPath);
    if (k.entries.some((e) => isUnder(path, e))) return true;
    if (!k.component) return false;
    // A component's overrides apply to the manifests of every kustomization that lists it.
    for (const [otherPath, other] of kustomizations) {
      if (other.entries.some((e) => e === k.folder || e === kPath) && this.kustomizationCovers(otherPath, path, seen)) return true;
    }
    return false;
  }
}

function baseImagesOf(files: Iterable<FileFacts>): Set<string> {
  const out = new Set<string>();
  for (const facts of files) {
    for (const stage of facts.dockerfile?.stages ?? []) {
      // `FROM build`, an earlier stage, is not a base image.
      if (!stage.image || parentStage(facts.dockerfile!, stage)) continue;
      const ref = parseImageRef(stage.image);
      if (ref.known) out.add(ref.repo);
    }
  }
  return out;
}
