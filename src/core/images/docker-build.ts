// `docker build` / `docker buildx build` / `podman build` command lines, from shell words or from an exec
// list (Cloud Build's `args`): which tags they give, which Dockerfile, which context and target.
import { commandWords, programName, type Word } from './shell';

export interface DockerBuildCommand {
  tags: Word[];
  file?: Word;
  context?: Word;
  target?: Word;
}

/** Flags of `docker build` / `buildx build` that take a value (the rest are switches). */
const VALUE_FLAGS = new Set([
  '--add-host', '--allow', '--annotation', '--attest', '--build-arg', '--build-context', '--builder', '--cache-from',
  '--cache-to', '--call', '--cgroup-parent', '--cpu-period', '--cpu-quota', '--cpu-shares', '--cpuset-cpus',
  '--cpuset-mems', '--iidfile', '--isolation', '--label', '--memory', '--memory-swap', '--metadata-file', '--network',
  '--no-cache-filter', '--output', '--platform', '--progress', '--secret', '--security-opt', '--shm-size', '--ssh',
  '--ulimit', '--format', '--layers', '--jobs', '--authfile', '--creds', '--volume', '-m', '-o', '-v',
]);
/** Switches that may be written with `=value` but never take the next word. */
const SWITCHES = new Set(['--pull', '--push', '--load', '--no-cache', '--quiet', '-q', '--rm', '--force-rm', '--squash', '--compress', '--provenance', '--sbom', '--check']);

const BUILDERS = new Set(['docker', 'podman', 'nerdctl', 'buildah']);

/**
 * The build a command line runs, or undefined. `words` are one simple command's words (or an exec list
 * whose first word may already be `build`, as with Cloud Build's docker builder when `assumeDocker`).
 */
export function readDockerBuild(words: readonly Word[], assumeDocker = false): DockerBuildCommand | undefined {
  let rest = commandWords(words);
  if (!assumeDocker) {
    if (!BUILDERS.has(programName(rest[0]))) return undefined;
    rest = rest.slice(1);
  }
  // Global flags before the subcommand (`docker --context x build`, `docker -H host build`).
  while (rest.length > 0 && rest[0].value.startsWith('-')) rest = rest.slice(rest[0].value.includes('=') ? 1 : 2);
  const sub = rest.map((w) => w.value);
  let skip: number;
  if (sub[0] === 'build' || sub[0] === 'bud') skip = 1;
  else if ((sub[0] === 'buildx' || sub[0] === 'image' || sub[0] === 'builder') && (sub[1] === 'build' || sub[1] === 'b')) skip = 2;
  else return undefined;
  return readArgs(rest.slice(skip));
}

function readArgs(args: readonly Word[]): DockerBuildCommand {
  const cmd: DockerBuildCommand = { tags: [] };
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = w.value;
    if (v === '--') {
      if (args[i + 1]) cmd.context ??= args[i + 1];
      break;
    }
    if (!v.startsWith('-') || v === '-') {
      cmd.context ??= w;
      continue;
    }
    const eq = v.indexOf('=');
    const name = eq === -1 ? v : v.slice(0, eq);
    // `-t x`, `-tx`, `--tag=x`, `--tag x`.
    const short = /^-[tf]./.test(v) && !v.startsWith('--') ? v.slice(0, 2) : undefined;
    const key = short ?? name;
    let value: Word | undefined;
    if (key === '-t' || key === '--tag' || key === '-f' || key === '--file' || key === '--target') {
      if (short) value = sliceWord(w, 2);
      else if (eq !== -1) value = sliceWord(w, eq + 1);
      else value = args[++i];
      if (!value) break;
      if (key === '-t' || key === '--tag') cmd.tags.push(value);
      else if (key === '--target') cmd.target = value;
      else cmd.file = value;
    } else if (eq === -1 && VALUE_FLAGS.has(name) && !SWITCHES.has(name)) {
      i++;
    }
  }
  return cmd;
}

/** The part of a word after `from` characters of its value (`--tag=app:1` → `app:1`), offsets adjusted. */
function sliceWord(w: Word, from: number): Word {
  const value = w.value.slice(from);
  const start = w.start + from;
  // `--tag="app:1"`: the raw word is two quote characters longer than its value.
  const quotedTail = w.end - w.start === w.value.length + 2;
  const inner = quotedTail ? { innerStart: start + 1, innerEnd: w.end - 1 } : { innerStart: start, innerEnd: w.end };
  return { value, start, end: w.end, ...inner, expands: w.expands };
}
