// CI files that build images: GitHub Actions workflows (`run:` steps, docker/build-push-action, reusable
// build workflows fed image names), GitLab CI scripts and Cloud Build steps.
import { isMap, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import { readDockerBuild } from '../docker-build';
import type { BuildDecl, FileFacts, Span, TagRule } from '../model';
import { dirName, isRemoteContext, joinPath } from '../paths';
import { baseName } from '../../recognize';
import { parseImageRef } from '../ref';
import type { Word } from '../shell';
import { child, innerSpan, pairs, scalarText, scalarView, scriptWord, stringAt } from '../yaml-text';
import { buildDecls, scanShell, type ShellSite } from './shell-builds';
import { parseTagRules } from './tag-rules';

export function isWorkflowFile(path: string): boolean {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);
}
export function isGitlabCi(path: string): boolean {
  return /^\.gitlab-ci\.ya?ml$/i.test(baseName(path));
}
export function isCloudBuild(path: string): boolean {
  return /^cloudbuild[^/]*\.ya?ml$/i.test(baseName(path));
}

/** A workflow runs at the repository root: the folder holding `.github`. */
function repoRoot(path: string): string {
  const i = path.lastIndexOf('/.github/');
  return i === -1 ? (path.startsWith('.github/') ? '' : dirName(dirName(dirName(path)))) : path.slice(0, i);
}

/** Literal (non-expression) string values of an `env:` / `variables:` / `substitutions:` map. */
function literalVars(map: unknown, text: string, into: Map<string, string>): Map<string, string> {
  for (const { key } of pairs(map)) {
    const v = stringAt(map, key, text);
    if (v && !/[$]|\{\{/.test(v.value)) into.set(key, v.value);
  }
  return into;
}

export function workflowFacts(doc: Document.Parsed, text: string, facts: FileFacts): void {
  const root = doc.contents;
  const repo = repoRoot(facts.path);
  const workflowVars = literalVars(child(root, 'env'), text, new Map());
  for (const { key: jobId, pair } of pairs(child(root, 'jobs'))) {
    const job = pair.value;
    if (!isMap(job)) continue;
    const jobVars = literalVars(child(job, 'env'), text, new Map(workflowVars));
    const uses = stringAt(job, 'uses', text)?.value;
    if (uses) reusableBuild(child(job, 'with'), text, repo, facts, `reusable workflow in job ${jobId}`);
    const steps = child(job, 'steps');
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const stepVars = literalVars(child(step, 'env'), text, new Map(jobVars));
      const run = scriptWord(child(step, 'run'), text);
      const site: ShellSite = { path: facts.path, source: 'workflow', cwds: [joinPath(repo, stringAt(step, 'working-directory', text)?.value ?? '.')], label: `docker build in job ${jobId}`, vars: stepVars };
      if (run) scanShell(run.view, run.start, site, facts.builds);
      const action = stringAt(step, 'uses', text)?.value ?? '';
      if (/^docker\/build-push-action@/.test(action)) buildPushAction(step as YAMLMap, steps.items as Node[], text, repo, facts, jobId);
    }
  }
}

/** `docker/build-push-action`: `context` (default: the repository), `file` (from the repository root), `tags`. */
function buildPushAction(step: YAMLMap, steps: Node[], text: string, repo: string, facts: FileFacts, jobId: string): void {
  const withMap = child(step, 'with');
  const ctx = stringAt(withMap, 'context', text);
  const file = stringAt(withMap, 'file', text);
  const contextValue = ctx?.value ?? '.';
  const localContext = !isRemoteContext(contextValue) && !/[$]|\{\{/.test(contextValue);
  const context = localContext ? joinPath(repo, contextValue) : undefined;
  let dockerfiles: string[] = [];
  if (file && !/[$]|\{\{/.test(file.value)) dockerfiles = [joinPath(repo, file.value)];
  else if (!file && context !== undefined) dockerfiles = [joinPath(context, 'Dockerfile')];
  const fileSpans = [ctx?.span, file?.span].filter((s): s is Span => s !== undefined);
  const target = stringAt(withMap, 'target', text)?.value;
  const base = { source: 'workflow' as const, path: facts.path, context, dockerfiles, fileSpans, label: `docker/build-push-action in job ${jobId}`, ...(target ? { target } : {}) };

  const tagsNode = child(withMap, 'tags');
  const tagsText = scalarText(tagsNode, text)?.value ?? '';
  // `tags: ${{ steps.meta.outputs.tags }}`: the names and rules live in that metadata-action step.
  const metaId = /steps\.([\w-]+)\.outputs\.tags/.exec(tagsText)?.[1];
  const meta = metaId ? steps.find((s) => stringAt(s, 'id', text)?.value === metaId) : undefined;
  if (meta) {
    const metaWith = child(meta, 'with');
    const rule = parseTagRules(scalarText(child(metaWith, 'tags'), text)?.value, scalarText(child(metaWith, 'flavor'), text)?.value);
    for (const name of listItems(child(metaWith, 'images'), text)) facts.builds.push({ ...base, ...named(name, rule) });
    return;
  }
  for (const tag of listItems(tagsNode, text)) {
    facts.builds.push({ ...base, ref: parseImageRef(tag.value), span: tag.span });
  }
}

/**
 * A job calling a reusable build workflow with image names and a context (the dockersamples template:
 * `image-names`, `tag-rules`, `context`, `file`). Its tags follow the forwarded metadata rules.
 */
function reusableBuild(withMap: unknown, text: string, repo: string, facts: FileFacts, label: string): void {
  const names = child(withMap, 'image-names') ?? child(withMap, 'images');
  if (!names) return;
  const ctx = stringAt(withMap, 'context', text);
  const file = stringAt(withMap, 'file', text);
  const contextValue = ctx?.value ?? '.';
  const context = isRemoteContext(contextValue) || /[$]|\{\{/.test(contextValue) ? undefined : joinPath(repo, contextValue);
  const dockerfiles = file ? [joinPath(context ?? repo, file.value)] : context !== undefined ? [joinPath(context, 'Dockerfile')] : [];
  const rule = parseTagRules(scalarText(child(withMap, 'tag-rules') ?? child(withMap, 'tags'), text)?.value);
  const fileSpans = [ctx?.span, file?.span].filter((s): s is Span => s !== undefined);
  for (const name of listItems(names, text)) {
    facts.builds.push({ source: 'workflow', path: facts.path, context, dockerfiles, fileSpans, label, ...named(name, rule) });
  }
}

/** A metadata-action image entry (`name/app` or `name=name/app,enable=…`) tagged by rules. */
function named(item: { value: string; span: Span }, rule: TagRule): Pick<BuildDecl, 'ref' | 'span' | 'tags'> {
  const m = /^(?:name=)?([^,]*)/.exec(item.value)!;
  const offset = item.value.indexOf(m[1]);
  return { ref: parseImageRef(m[1]), span: { start: item.span.start + offset, end: item.span.start + offset + m[1].length }, tags: rule };
}

/** Items of an action input: a YAML list, or a string of newline- or comma-separated entries. */
function listItems(node: unknown, text: string): { value: string; span: Span }[] {
  if (isSeq(node)) return node.items.flatMap((it) => listItems(it, text));
  const s = scalarText(node, text);
  if (!s) return [];
  const view = scalarView(s.node, text, innerSpan(s.node, text));
  const out: { value: string; span: Span }[] = [];
  // Entries are separated by newlines (or commas outside `name=…,enable=…` attribute lists).
  const sep = view.includes('\n') || /(?:^|,)\s*name=/.test(view) ? /[^\n]+/g : /[^\s,]+/g;
  for (let m = sep.exec(view); m; m = sep.exec(view)) {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    if (value === '' || value.startsWith('#')) continue;
    out.push({ value, span: { start: s.span.start + m.index + lead, end: s.span.start + m.index + lead + value.length } });
  }
  return out;
}

/** GitLab CI: `script`, `before_script`, `after_script` of every job; `variables:` resolve `$NAME`. */
export function gitlabFacts(doc: Document.Parsed, text: string, facts: FileFacts): void {
  const root = doc.contents;
  const globalVars = literalVars(child(root, 'variables'), text, new Map());
  const cwd = dirName(facts.path);
  for (const { key: jobId, pair } of pairs(root)) {
    const job = pair.value;
    if (!isMap(job)) continue;
    const vars = literalVars(child(job, 'variables'), text, new Map(globalVars));
    const site: ShellSite = { path: facts.path, source: 'gitlab', cwds: [cwd], label: `docker build in job ${jobId}`, vars };
    for (const key of ['before_script', 'script', 'after_script']) {
      const node = child(job, key);
      const items = isSeq(node) ? node.items : [node];
      for (const item of items) {
        const word = scriptWord(item, text);
        if (word) scanShell(word.view, word.start, site, facts.builds);
      }
    }
  }
}

/** Cloud Build: the docker builder's `args` (`build -t … .`) and `bash -c` scripts, run in the step's `dir`. */
export function cloudBuildFacts(doc: Document.Parsed, text: string, facts: FileFacts): void {
  const root = doc.contents;
  const vars = literalVars(child(root, 'substitutions'), text, new Map());
  const steps = child(root, 'steps');
  if (!isSeq(steps)) return;
  steps.items.forEach((step, i) => {
    const builder = stringAt(step, 'name', text)?.value ?? '';
    const entrypoint = stringAt(step, 'entrypoint', text)?.value;
    const cwd = joinPath(dirName(facts.path), stringAt(step, 'dir', text)?.value ?? '.');
    const site: ShellSite = { path: facts.path, source: 'cloudbuild', cwds: [cwd], label: `Cloud Build step ${i + 1}`, vars };
    const argsNode = child(step, 'args');
    const args = (isSeq(argsNode) ? argsNode.items : []).map((it) => scriptWord(it, text));
    if (args.some((a) => a === undefined)) return;
    const words: Word[] = args.map((a) => ({ value: a!.value, start: a!.start, end: a!.end, innerStart: a!.start, innerEnd: a!.end, expands: /[$]/.test(a!.value) }));
    const dockerBuilder = /(?:^|\/)docker(?::|@|$)/.test(builder) && (entrypoint === undefined || entrypoint === 'docker');
    if (dockerBuilder) {
      const build = readDockerBuild(words, true);
      if (build) facts.builds.push(...buildDecls(build, site));
    } else if (entrypoint && /(?:^|\/)(?:ba)?sh$/.test(entrypoint)) {
      const c = args.findIndex((a) => /^-\w*c$/.test(a!.value));
      const script = c === -1 ? undefined : args[c + 1];
      if (script) scanShell(script.view, script.start, site, facts.builds);
    }
  });
}
