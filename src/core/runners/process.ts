// The argv a runner starts, and where each part comes from. The rules, each from its primary page:
// - Dockerfile (https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact):
//   exec ENTRYPOINT + CMD → ENTRYPOINT argv followed by CMD argv; a shell-form ENTRYPOINT ignores CMD;
//   no ENTRYPOINT → CMD alone.
// - Compose (Compose Specification, services `command` / `entrypoint`): `command` replaces CMD; a non-null
//   `entrypoint` replaces ENTRYPOINT and makes Compose ignore the image's CMD; the string form is split into
//   words, not run by a shell.
// - Kubernetes (https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/):
//   `command` replaces ENTRYPOINT and, without `args`, the image's CMD is not used either; `args` alone runs
//   the image's ENTRYPOINT with these arguments.
import type { ImageDefaults, StartPart } from './image-defaults';
import type { ProcessPart, SourceLine } from './model';
import type { CommandValue, RunnerSpec } from './spec';

export interface EffectiveProcess {
  argv: string[] | null;
  parts: ProcessPart[];
}

type Line = (path: string, offset: number) => SourceLine;

export function effectiveProcess(defaults: ImageDefaults | undefined, spec: RunnerSpec | undefined, line: Line): EffectiveProcess {
  const kube = spec?.kind === 'kubernetes';
  const epOver = kube ? spec?.command : spec?.entrypoint;
  const cmdOver = kube ? spec?.args : spec?.command;
  const parts: ProcessPart[] = [];
  const fromImage = (name: 'ENTRYPOINT' | 'CMD', p: StartPart, state: ProcessPart['state'], by?: string): ProcessPart => {
    const part: ProcessPart = { name, argv: state === 'used' ? p.argv : [], form: p.form, state, source: line(defaults!.path, p.span.start) };
    if (by) part.by = by;
    return part;
  };
  const fromRunner = (v: CommandValue): ProcessPart => ({
    name: v.key,
    argv: v.argv ?? [],
    form: 'exec',
    state: 'used',
    source: line(v.path, v.keySpan.start),
  });

  // ENTRYPOINT side.
  let entry: string[] | null;
  let shellEntry = false;
  if (epOver) {
    if (defaults?.entrypoint) parts.push(fromImage('ENTRYPOINT', defaults.entrypoint, 'replaced', epOver.key));
    parts.push(fromRunner(epOver));
    entry = epOver.argv;
  } else if (defaults?.entrypoint) {
    parts.push(fromImage('ENTRYPOINT', defaults.entrypoint, 'used'));
    entry = defaults.entrypoint.argv;
    shellEntry = defaults.entrypoint.form === 'shell';
  } else {
    // No Dockerfile, or one whose base image's ENTRYPOINT is not known here: nothing to start with for sure.
    entry = defaults?.entrypoint === null ? [] : null;
  }

  // CMD side.
  let cmd: string[] | null;
  const imageCmd = defaults?.cmd;
  if (shellEntry) {
    if (imageCmd) parts.push(fromImage('CMD', imageCmd, 'dropped', 'ENTRYPOINT (shell form)'));
    if (cmdOver) parts.push({ ...fromRunner(cmdOver), state: 'dropped', argv: [], by: 'ENTRYPOINT (shell form)' });
    cmd = [];
  } else if (cmdOver) {
    if (imageCmd) parts.push(fromImage('CMD', imageCmd, 'replaced', cmdOver.key));
    parts.push(fromRunner(cmdOver));
    cmd = cmdOver.argv;
  } else if (epOver) {
    if (imageCmd) parts.push(fromImage('CMD', imageCmd, 'dropped', epOver.key));
    cmd = [];
  } else if (imageCmd) {
    parts.push(fromImage('CMD', imageCmd, 'used'));
    cmd = imageCmd.argv;
  } else {
    cmd = imageCmd === null ? [] : null;
  }
  const argv = entry && cmd ? [...entry, ...cmd] : null;
  return { argv: argv && argv.length > 0 ? argv : null, parts };
}

/** argv as one command line people read: words with spaces or quotes get single quotes. */
export function commandLine(argv: readonly string[]): string {
  return argv.map((w) => (w === '' || /[\s'"\\$`|&;<>(){}*?#~]/.test(w) ? `'${w.replace(/'/g, `'\\''`)}'` : w)).join(' ');
}
