// build-at-runtime: a start command (container command/args, Compose command/entrypoint, an init container)
// installs packages, compiles or clones. That is build work redone at every start — build/run's build phase
// leaking into run — and every replica the orchestrator starts may end up different. Fix: a RUN step that
// runs in the folder the start command ran it in (its `cd`s, the container's working directory).
import { insertionOffset, runAt, workdirAt } from '../dockerfile-edits';
import type { CommandFacts, FileFacts, Finding, RunDecl, ScriptWord, ServiceFacts, TextEdit } from '../model';
import { baseName } from '../../recognize';
import { joinPath } from '../paths';
import { findBuildSteps, isShell, classifyCommand, type BuildStep } from '../runtime-steps';
import { tokenizeShell } from '../shell';
import type { DockerfileTarget, ImageIndex } from '../image-index';
import { decodeSlice } from '../yaml-text';
import type { ImageRule } from './rule';
import { runnerName } from './verdict';

export const buildAtRuntime: ImageRule = {
  id: 'build-at-runtime',
  check(facts, index) {
    const out: Finding[] = [];
    for (const run of facts.runs) {
      if (run.container) out.push(...containerFindings(facts, run, index));
    }
    for (const service of facts.services) out.push(...serviceFindings(facts, service, index));
    return out;
  },
};

/** A step found in a command, with how to read it back and whether the whole command is that step. */
interface Located {
  step: BuildStep;
  word: ScriptWord;
  /** The step is the entire command (exec form without a shell, or a script of one step). */
  entire: boolean;
  /** The step's text when it is not a slice of one scalar (an exec list). */
  text?: string;
}

function containerFindings(facts: FileFacts, run: RunDecl, index: ImageIndex): Finding[] {
  const c = run.container!;
  const argv = [...(c.command?.items ?? []), ...(c.args?.items ?? [])];
  const found = stepsOfArgv(argv);
  if (found.length === 0) return [];
  const target = run.ref.known ? index.dockerfileForImage(run.ref) : undefined;
  const who = `${runnerName(run)}${c.init ? ' (an init container)' : ''}`;
  return found.map((l) => {
    const removal: TextEdit[] | undefined = l.step.cut
      ? [{ path: facts.path, ...l.step.cut, newText: '' }]
      : l.entire && c.init && c.block
        ? [{ path: facts.path, ...(c.siblings === 1 && c.listKeyLines ? c.listKeyLines : c.itemLines), newText: '' }]
        : undefined;
    return finding(facts, l, who, target, removal, c.workingDir, index, severityOf(true, target));
  });
}

function serviceFindings(facts: FileFacts, service: ServiceFacts, index: ImageIndex): Finding[] {
  const commands = [service.entrypoint, service.command].filter((c): c is CommandFacts => c !== undefined);
  const found = commands.flatMap((cmd) => (cmd.form === 'list' ? stepsOfArgv(cmd.items) : stepsOfString(cmd.items[0])));
  if (found.length === 0) return [];
  const kind = facts.kind === 'stack' ? 'stack service' : 'Compose service';
  const target = serviceDockerfile(facts, service, index);
  return found.map((l) => {
    const removal = l.step.cut ? [{ path: facts.path, ...l.step.cut, newText: '' }] : undefined;
    return finding(facts, l, `${kind} ${service.name}`, target, removal, service.workingDir, index, severityOf(facts.kind === 'stack', target));
  });
}

/**
 * An orchestrator (Kubernetes, a stack) restarting and scaling an image built here: a warning, the fix is at hand.
 * The same with an image built elsewhere (`python`, `node`): info, since the fix means building an image of one's
 * own, which examples and test fixtures rightly avoid. A Compose file started on one host, for development or
 * tests: a hint, since installing at start is the usual way there to follow the mounted code.
 */
function severityOf(orchestrated: boolean, target: DockerfileTarget | undefined): Finding['severity'] {
  if (!orchestrated) return 'hint';
  return target ? 'warning' : 'info';
}

/** The Dockerfile behind a service: its own `build:`, else whatever builds its `image:`. */
function serviceDockerfile(facts: FileFacts, service: ServiceFacts, index: ImageIndex): DockerfileTarget | undefined {
  const own = facts.builds.find((b) => b.service === service.name);
  if (own) return index.dockerfileForBuild(own);
  const run = facts.runs.find((r) => r.service === service);
  return run?.ref.known ? index.dockerfileForImage(run.ref) : undefined;
}

/** Exec form: `sh -c <script>` is read as a script; any other argv is one command. */
function stepsOfArgv(argv: ScriptWord[]): Located[] {
  if (argv.length === 0) return [];
  if (isShell(argv[0].value)) {
    const script = scriptOf(argv);
    if (!script) return [];
    return findBuildSteps(script.view, script.start).map((step) => ({ step, word: script, entire: step.whole }));
  }
  const kind = classifyCommand(argv.map((w) => w.value));
  if (!kind || kind.prep) return [];
  const first = argv[0];
  const last = argv[argv.length - 1];
  const text = argv.map((w) => quoteArg(w.value)).join(' ');
  const step: BuildStep = { start: first.start, end: last.end, what: kind.what, text, whole: true, cd: [] };
  return [{ step, word: first, entire: true, text }];
}

/** Compose's string form: `sh -c '…'` holds a script; anything else is read as one command line. */
function stepsOfString(word: ScriptWord | undefined): Located[] {
  if (!word) return [];
  const words = tokenizeShell(word.view, word.start)[0]?.words ?? [];
  if (words.length > 0 && isShell(words[0].value)) {
    const script = scriptOf(words);
    if (!script) return [];
    const inner: ScriptWord = {
      value: script.value,
      start: script.innerStart,
      end: script.innerEnd,
      view: word.view.slice(script.innerStart - word.start, script.innerEnd - word.start),
      style: word.style,
    };
    return findBuildSteps(inner.view, inner.start).map((step) => ({ step, word: inner, entire: step.whole }));
  }
  return findBuildSteps(word.view, word.start).map((step) => ({ step, word, entire: step.whole }));
}

/** The script of a shell's words (`sh -c <script>`, `bash -ec <script>`). */
function scriptOf<W extends { value: string }>(words: W[]): W | undefined {
  const c = words.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w.value));
  return c === -1 ? undefined : words[c + 1];
}

function finding(
  facts: FileFacts,
  l: Located,
  who: string,
  target: DockerfileTarget | undefined,
  removal: TextEdit[] | undefined,
  workingDir: string | undefined,
  index: ImageIndex,
  severity: Finding['severity'],
): Finding {
  const { step } = l;
  const text = l.text ?? decodeSlice(facts.text, step, l.word.style);
  const f: Finding = {
    rule: 'build-at-runtime',
    severity,
    path: facts.path,
    start: step.start,
    end: step.end,
    message: severity === 'hint' ? developmentMessage(who, step) : orchestratedMessage(who, step, target),
    fixes: [],
  };
  const dockerfile = target && index.facts(target.path);
  if (!target || !dockerfile || !removal) return f;
  f.related = [{ path: target.path, start: target.from.start, end: target.from.end, message: `the image is built here (${target.build.label})` }];
  const needsRoot = /installs packages \((?:apt|apk|yum|dnf|microdnf|zypper|tdnf)/.test(step.what);
  const at = insertionOffset(dockerfile.text, target.model, target.stage, needsRoot);
  // The command starts in the working directory (else the image's final WORKDIR), then follows its `cd`s.
  const start = workingDir !== undefined ? (workingDir.startsWith('/') && !looksVariable(workingDir) ? workingDir : undefined) : workdirAt(target.model, target.stage);
  const cd = cdPrefix(step.cd && followCd(start, step.cd), workdirAt(target.model, target.stage, at));
  if (cd === undefined) {
    f.message += ' No automatic fix: a RUN step cannot be sure to run in the folder this command runs it in (its `cd`s and working directory).';
    return f;
  }
  f.fixes.push({
    title: `Move \`${short(cd + text)}\` into ${baseName(target.path)} as a RUN step`,
    preferred: true,
    edits: [runAt(target.path, dockerfile.text, at, cd + text), ...removal],
  });
  return f;
}

function orchestratedMessage(who: string, step: BuildStep, target: DockerfileTarget | undefined): string {
  return (
    `${who} ${step.what} every time it starts. That is build work (the build/run layer's build phase) done at run time: ` +
    `it needs the network and build tools in production, slows every restart and scale-up the schedule/scale layer makes, ` +
    `and lets replicas differ. Move it into the image as a RUN step` +
    (target ? '.' : ': no Dockerfile here builds this image, so that means building one of your own.')
  );
}

function developmentMessage(who: string, step: BuildStep): string {
  return (
    `${who} ${step.what} every time it starts: normal in a Compose file started on one host for development or tests. ` +
    `Where this file runs anything that ships, move the step into the image as a RUN step, so starts need neither the network nor build tools.`
  );
}

/** The folder after `cd`s from `start` (see workdirAt for `''` and relative folders); undefined when unknown. */
function followCd(start: string | undefined, cds: string[]): string | undefined {
  let dir = start;
  for (const arg of cds) dir = arg.startsWith('/') ? joinPath('', arg) : dir === undefined ? undefined : joinPath(dir, arg);
  return dir;
}

/**
 * What to put before the step so the RUN (in folder `run`) executes where the command did (`need`): '' when
 * they are the same, `cd <folder> && ` when it can be said, undefined when it cannot.
 */
function cdPrefix(need: string | undefined, run: string | undefined): string | undefined {
  if (need === undefined) return undefined;
  if (need === run) return '';
  let to: string | undefined = need;
  // A relative folder is relative to the base image's own folder: reachable only from that folder or above it.
  if (!need.startsWith('/')) to = run === '' ? need : run !== undefined && !run.startsWith('/') && need.startsWith(`${run}/`) ? need.slice(run.length + 1) : undefined;
  return to === undefined ? undefined : `cd ${quoteArg(to)} && `;
}

function looksVariable(path: string): boolean {
  return /[$`{}]/.test(path);
}

function quoteArg(v: string): string {
  return /^[\w@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
