/**
 * The workspace image index: which images this workspace BUILDS (and from which Dockerfile), which images
 * Compose, Swarm stacks and Kubernetes RUN, and the findings where the two drift apart. Pure: the caller reads
 * files; this module never touches vscode or the file system.
 *
 * ## Layers (imports point down only, no circle: test/unit/import-graph.test.ts checks both)
 * model (`model`, `ref`, `paths`, `stages`, and helpers such as `shell`, `yaml-text`, `edits`) → sources
 * (`sources/*`, `extract`) → index (`image-index`, `match`) → rules (`rules/*`) → what the editor and CLI ask
 * (`findings`, `definition`, `lens`, and this file).
 *
 * ## Feeding it
 * ```ts
 * const index = new ImageIndex();
 * for (const path of files) if (isImageSource(path)) index.update(path, read(path));   // initial scan
 * index.update(path, newText);     // on change: recomputes only this file's contribution (~1 ms)
 * index.update(path, text, analysis); // reuse a ClassifiedFile the caller already has for this text
 * index.remove(path);              // on delete
 * ```
 * Paths are '/'-separated and consistent (workspace-relative or absolute: relative paths inside files are
 * resolved against them). Sources read: Dockerfiles; Compose/stack files (`build`, `image`); Kubernetes
 * manifests (every containers/initContainers/ephemeralContainers list); Kustomize `images:`; Skaffold
 * `build.artifacts`; Docker Bake (`docker-bake.hcl` / `.json`); `docker build` / `docker buildx build` in
 * `*.sh`, Makefiles, `package.json` scripts, GitHub workflows (`run:`, docker/build-push-action with
 * docker/metadata-action, reusable build workflows given `image-names`), `.gitlab-ci.yml`, `cloudbuild*.yaml`.
 *
 * ## Index lookups (cheap: a map lookup and a short filter)
 * An image is a `string | ImageRef`; a repository matches any tag (`nginx` ≡ `docker.io/library/nginx`).
 * - `builtImages(): BuildDecl[]` — every build declaration (`ref`, `span`, `dockerfiles`, `target`, `label`).
 * - `runsOfImage(image): RunDecl[]` — every run of that repository.
 * - `buildsOfImage(image): BuildDecl[]` — builds of the same image, registry and tag aside.
 * - `runsOfBuild(build): RunDecl[]` — runs of the image a build produces, any tag or registry.
 * - `dockerfileForImage(image)`, `dockerfileForBuild(build): DockerfileTarget | undefined` — the Dockerfile path,
 *   the stage that becomes the image (`--target`, else the last) and its FROM span.
 * - `buildsUsingDockerfile(dockerfilePath): BuildDecl[]`, `overridesForManifest(manifestPath): ImageOverride[]`
 *   (the Kustomize `images:` entries that rewrite it), `runsMatchingLeafName(test): RunDecl[]` (runs whose last
 *   name segment `test` accepts), `facts(path)`, `composeFolders()`, `kustomizations()`, `baseImages()`
 *   (repositories Dockerfiles build FROM).
 *
 * ## Editor and CLI features (functions of the index)
 * - `findingsIn(index, path): Finding[]` — diagnostics whose position is in `path`, each
 *   `{rule, severity: 'error'|'warning'|'info'|'hint', path, start, end, message, fixes, related?}` with 0-based
 *   offsets. A fix is `{title, preferred?, edits: [{path, start, end, newText}]}`; edits may span files
 *   (build-at-runtime edits the manifest AND the Dockerfile). `related` points at the build or Dockerfile.
 *   Findings of a file depend on other files: after any `update`, re-query the open documents.
 * - `allFindings(index)` — every file (the CLI's `layer-lens check`).
 * - `definitionAt(index, path, offset): Definition | undefined` — from an image value (or build tag, context,
 *   Kustomize name) to the Dockerfile: `{path, start, end}` of the FROM of the image's stage, plus the `origin` span.
 * - `lensesFor(index, dockerfilePath): Lens[]` — per stage that becomes an image: FROM `start/end`, a `title`
 *   ("builds acme/api:1.2 · run by 2 Deployments · 1 Compose service"), `images`, `builtBy` and the `runs`
 *   (path + span of each image value) for a peek/references view.
 * - `applyEdits(text, edits)` — apply one file's edits (tests, `check --fix`); `editsByPath` groups a fix.
 *
 * Rules (one file each in ./rules): image-drift, mutable-tag, unnamed-build, build-at-runtime,
 * healthcheck-ignored, non-final-stage.
 */
export { RULE_IDS, SEVERITIES } from './model';
export { ImageIndex, type DockerfileTarget } from './image-index';
export { isImageSource, extractFacts } from './extract';
export { applyEdits, editsByPath } from './edits';
export { parseImageRef, displayRef, effectiveTag, isMutable, looksTemplated, type ImageRef } from './ref';
export { RULES, type ImageRule } from './rules';
export { findingsIn, allFindings } from './findings';
export { definitionAt, type Definition } from './definition';
export { lensesFor, type Lens, type LensRun } from './lens';
export type {
  BuildDecl,
  BuildSource,
  FileFacts,
  Finding,
  Fix,
  ImageOverride,
  Related,
  RuleId,
  RunDecl,
  Severity,
  SourceKind,
  Span,
  TagRule,
  TextEdit,
} from './model';
