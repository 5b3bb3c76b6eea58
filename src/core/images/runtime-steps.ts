// Build work hidden in a start command: installing packages, compiling, cloning, piping a download into a
// shell. Each repeats on every container start, needs network and tools at run time, and makes two
// replicas of one image differ — it belongs in the image, as a RUN step.
import type { Span } from './model';
import { commandWords, programName, tokenizeShell, type ShellCommand } from './shell';

export interface BuildStep {
  /** File offsets of the step (a pipeline, with an `apt-get update` before an install joined to it). */
  start: number;
  end: number;
  /** "installs packages (apt-get install)". */
  what: string;
  /** The step's text, ready to follow `RUN `. */
  text: string;
  /** What to delete to take the step out of its script with one separator; undefined when it cannot. */
  cut?: Span;
  /** The step is the whole script. */
  whole: boolean;
  /**
   * The `cd` arguments the script runs before the step, in order (`[]`: none), so a RUN step can repeat
   * them; undefined when it changes directory in a way a RUN cannot repeat (a variable, `cd -`, pushd, a
   * subshell, a conditional or piped cd).
   */
  cd: string[] | undefined;
}

type Kind = { what: string; prep?: string } | undefined;

/** What a simple command does, when it is build work (`prep` marks `apt-get update`, joined to an install). */
export function classifyCommand(values: string[]): Kind {
  const [p0, a1 = '', a2 = ''] = values;
  const prog = (p0 ?? '').replace(/^.*\//, '');
  const sub = values.slice(1).filter((v) => !v.startsWith('-'));
  const s1 = sub[0] ?? '';
  if (prog === 'apt-get' || prog === 'apt' || prog === 'aptitude') {
    if (s1 === 'install') return { what: `installs packages (${prog} install)` };
    if (s1 === 'update') return { what: '', prep: prog };
  }
  if (prog === 'apk') {
    if (s1 === 'add') return { what: 'installs packages (apk add)' };
    if (s1 === 'update') return { what: '', prep: 'apk' };
  }
  if (['yum', 'dnf', 'microdnf', 'zypper', 'tdnf'].includes(prog) && s1 === 'install') return { what: `installs packages (${prog} install)` };
  if (/^pip\d?(?:\.\d+)?$/.test(prog) && s1 === 'install') return { what: `installs packages (${prog} install)` };
  if (/^python\d?(?:\.\d+)?$/.test(prog) && a1 === '-m' && /^pip\d?$/.test(a2) && values.includes('install')) return { what: 'installs packages (pip install)' };
  if (['npm', 'pnpm'].includes(prog) && ['install', 'i', 'ci', 'add'].includes(s1)) return { what: `installs packages (${prog} ${s1})` };
  if (prog === 'yarn' && (sub.length === 0 || s1 === 'install' || s1 === 'add')) return { what: 'installs packages (yarn install)' };
  if (['gem', 'bundle', 'composer'].includes(prog) && s1 === 'install') return { what: `installs packages (${prog} install)` };
  if (prog === 'go' && (s1 === 'build' || s1 === 'install')) return { what: `compiles (go ${s1})` };
  if (prog === 'cargo' && (s1 === 'build' || s1 === 'install')) return { what: `compiles (cargo ${s1})` };
  if (/^mvnw?$/.test(prog) && sub.some((g) => ['package', 'install', 'compile', 'verify'].includes(g))) return { what: 'compiles (mvn)' };
  if (/^gradlew?$/.test(prog) && sub.some((g) => ['build', 'assemble', 'installDist', 'bootJar', 'jar'].includes(g))) return { what: 'compiles (gradle build)' };
  if (prog === 'make' || prog === 'gmake') return { what: 'compiles (make)' };
  if (prog === 'git' && s1 === 'clone') return { what: 'clones source code (git clone)' };
  return undefined;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

export function isShell(program: string): boolean {
  return SHELLS.has(program.replace(/^.*\//, ''));
}

interface Pipeline {
  commands: ShellCommand[];
  start: number;
  end: number;
  op: string;
}

/** The build steps of a script (`view` holds the text at file offset `base`). */
export function findBuildSteps(view: string, base: number): BuildStep[] {
  const pipelines = toPipelines(tokenizeShell(view, base));
  const dirs = directoriesBefore(pipelines, view, base);
  const steps: BuildStep[] = [];
  for (let i = 0; i < pipelines.length; i++) {
    const kind = pipelineKind(pipelines[i]);
    if (!kind || kind.prep) continue;
    // `apt-get update && apt-get install …`: the update only serves the install; they move together.
    const prev = pipelines[i - 1];
    const prevKind = prev && pipelineKind(prev);
    const from = prev && prevKind?.prep && kind.what.includes(prevKind.prep) && joins(prev.op) ? i - 1 : i;
    const first = pipelines[from];
    const last = pipelines[i];
    steps.push({
      start: first.start,
      end: last.end,
      what: kind.what,
      text: view.slice(first.start - base, last.end - base),
      cut: cutFor(pipelines, from, i),
      whole: pipelines.length === i - from + 1,
      cd: dirs[from],
    });
  }
  return steps;
}

function toPipelines(commands: ShellCommand[]): Pipeline[] {
  const out: Pipeline[] = [];
  let cur: ShellCommand[] = [];
  for (const c of commands) {
    cur.push(c);
    if (c.op !== '|') {
      out.push({ commands: cur, start: cur[0].start, end: c.end, op: c.op });
      cur = [];
    }
  }
  if (cur.length > 0) out.push({ commands: cur, start: cur[0].start, end: cur[cur.length - 1].end, op: '' });
  return out;
}

const DIRECTORY_CHANGES = new Set(['cd', 'pushd', 'popd']);

/**
 * For each pipeline, the `cd` arguments run before it. Only a plain `cd <literal path>` chained with `&&`,
 * `;` or a newline on both sides is followed; any other directory change makes the rest unknown.
 */
function directoriesBefore(pipelines: Pipeline[], view: string, base: number): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = [];
  let dirs: string[] | undefined = [];
  // `(cd x && make) && npm ci`: the tokenizer reads parentheses as `;`, so a subshell hides in the gaps.
  let subshell = false;
  let prevOp = '\n';
  let prevEnd = base;
  for (const p of pipelines) {
    out.push(subshell && dirs?.length ? undefined : dirs);
    for (const c of p.commands) {
      if (/[()]/.test(view.slice(prevEnd - base, c.start - base))) subshell = true;
      prevEnd = c.end;
      if (!c.words.some((w) => DIRECTORY_CHANGES.has(w.value))) continue;
      const [cd, arg] = c.words;
      const plain =
        p.commands.length === 1 && cd.value === 'cd' && c.words.length === 2 && !arg.expands && !/^[-~]/.test(arg.value) && joins(prevOp) && (joins(c.op) || c.op === '');
      dirs = plain && dirs ? [...dirs, arg.value] : undefined;
    }
    prevOp = p.op;
  }
  return out;
}

function pipelineKind(p: Pipeline): Kind {
  const values = p.commands.map((c) => commandWords(c.words).map((w) => w.value));
  // `curl -fsSL https://… | sh`: running a downloaded script installs whatever it installs.
  if (p.commands.length > 1) {
    const head = programName(commandWords(p.commands[0].words)[0]);
    const tail = values[values.length - 1][0] ?? '';
    if ((head === 'curl' || head === 'wget') && (isShell(tail) || /^(?:sudo)$/.test(tail))) {
      return { what: `runs a downloaded install script (${head} | ${tail.replace(/^.*\//, '')})` };
    }
  }
  for (const v of values) {
    const k = classifyCommand(v);
    if (k) return k;
  }
  return undefined;
}

/** Separators a step can be cut at without changing what the rest of the script does. */
function joins(op: string): boolean {
  return op === '&&' || op === ';' || op === '\n';
}

function cutFor(pipelines: Pipeline[], from: number, to: number): Span | undefined {
  const next = pipelines[to + 1];
  const prev = pipelines[from - 1];
  if (next && joins(pipelines[to].op)) return { start: pipelines[from].start, end: next.start };
  if (prev && joins(prev.op) && (pipelines[to].op === '' || pipelines[to].op === '\n')) return { start: prev.end, end: pipelines[to].end };
  return undefined;
}
