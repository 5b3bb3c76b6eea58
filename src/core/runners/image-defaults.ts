// What an image starts with when its runner sets nothing: the final (or `--target`) stage of its Dockerfile,
// read through the stages it is built FROM. Sources, Dockerfile reference (https://docs.docker.com/reference/dockerfile/):
// - shell form runs `["/bin/sh", "-c", …]` unless SHELL changes it (#shell-and-exec-form, #shell);
// - "If CMD is defined from the base image, setting ENTRYPOINT will reset CMD to an empty value" (#entrypoint):
//   a stage that sets ENTRYPOINT keeps only its own CMD;
// - USER is `<user>[:<group>]` (#user): the part after the colon is a group, never the uid.
import type { DockerfileModel, DockerInstruction, DockerStage } from '../dockerfile/model';
import { instructionsOf, stageChain } from '../images/stages';
import type { Span } from '../images/model';

/** An ENTRYPOINT or CMD: its argv (shell form already wrapped in the shell), its form and where it is. */
export interface StartPart {
  argv: string[];
  form: 'exec' | 'shell';
  span: Span;
}

export interface Written<T> {
  value: T;
  span: Span;
}

export interface ImageDefaults {
  path: string;
  /** undefined: the base image's, unknown here; null: none (reset, or `FROM scratch`). */
  entrypoint: StartPart | null | undefined;
  cmd: StartPart | null | undefined;
  user?: Written<string>;
  workdir?: Written<string>;
  env: Written<string>[];
  expose: Written<number>[];
  healthcheck?: Written<string>;
  stopSignal?: Written<string>;
  /** `useradd -u N name` / `adduser -u N name` in RUN lines: name → uid. */
  uids: Map<string, number>;
  /** The FROM of the stage that becomes the image. */
  from: Span;
}

const DEFAULT_SHELL = ['/bin/sh', '-c'];

export function imageDefaults(path: string, model: DockerfileModel, stage: DockerStage): ImageDefaults {
  const chain = stageChain(model, stage);
  // Instructions in build order: the oldest ancestor first, so a later one wins.
  const stages = [...chain].reverse();
  const all = stages.flatMap((s) => instructionsOf(model, s));
  const last = (keyword: string) => [...all].reverse().find((i) => i.keyword === keyword);
  const rootImage = stages[0].image?.toLowerCase();
  const fromScratch = rootImage === 'scratch';

  // The SHELL in effect for an instruction: the last one before it in build order.
  const shellAt = (ins: DockerInstruction): string[] => {
    const before = all.slice(0, all.indexOf(ins)).filter((i) => i.keyword === 'SHELL');
    return (before.length > 0 ? jsonArray(before[before.length - 1].argsText) : undefined) ?? DEFAULT_SHELL;
  };
  const part = (ins: DockerInstruction | undefined): StartPart | undefined => {
    if (!ins) return undefined;
    const exec = jsonArray(ins.argsText);
    if (exec) return { argv: exec, form: 'exec', span: ins.span };
    const script = ins.argsText.replace(/\\\r?\n/g, '').trim();
    return { argv: [...shellAt(ins), script], form: 'shell', span: ins.span };
  };

  // Walk the stages newest first: the first stage that sets ENTRYPOINT or CMD decides.
  let entrypoint: StartPart | null | undefined = fromScratch ? null : undefined;
  let cmd: StartPart | null | undefined = fromScratch ? null : undefined;
  let entrypointFound = false;
  let cmdFound = false;
  for (const s of chain) {
    const own = instructionsOf(model, s);
    const ep = [...own].reverse().find((i) => i.keyword === 'ENTRYPOINT');
    const c = [...own].reverse().find((i) => i.keyword === 'CMD');
    if (!cmdFound && c) {
      cmd = part(c);
      cmdFound = true;
    }
    if (!entrypointFound && ep) {
      entrypoint = part(ep);
      entrypointFound = true;
      // ENTRYPOINT resets the CMD of the image below it.
      if (!cmdFound) {
        cmd = null;
        cmdFound = true;
      }
    }
  }

  const written = (ins: DockerInstruction | undefined): Written<string> | undefined =>
    ins ? { value: ins.argsText.replace(/\\\r?\n/g, ' ').trim(), span: ins.span } : undefined;
  const hc = last('HEALTHCHECK');
  const defaults: ImageDefaults = {
    path,
    entrypoint,
    cmd,
    env: all.filter((i) => i.keyword === 'ENV').flatMap((i) => envKeys(i.argsText).map((k) => ({ value: k, span: i.span }))),
    expose: all.filter((i) => i.keyword === 'EXPOSE').flatMap((i) => exposed(i.argsText).map((p) => ({ value: p, span: i.span }))),
    uids: uidsOf(all),
    from: model.instructions.find((i) => i.stage === stage.index && i.keyword === 'FROM')?.span ?? { start: 0, end: 0 },
  };
  const user = written(last('USER'));
  const workdir = written(last('WORKDIR'));
  const stop = written(last('STOPSIGNAL'));
  if (user) defaults.user = user;
  if (workdir) defaults.workdir = workdir;
  if (stop) defaults.stopSignal = stop;
  if (hc && !/^\s*NONE\b/i.test(hc.argsText)) defaults.healthcheck = written(hc);
  return defaults;
}

function jsonArray(text: string): string[] | undefined {
  const t = text.replace(/\\\r?\n/g, ' ').trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** `ENV A=1 B="x y"` or the legacy `ENV A 1`: the keys. */
function envKeys(args: string): string[] {
  const t = args.replace(/\\\r?\n/g, ' ').trim();
  if (!/^[^\s=]+=/.test(t)) {
    const legacy = /^([A-Za-z_][\w.-]*)\s/.exec(t);
    return legacy ? [legacy[1]] : [];
  }
  return [...t.matchAll(/(?:^|\s)([A-Za-z_][\w.-]*)=/g)].map((m) => m[1]);
}

/** `EXPOSE 80 443/tcp 8080/udp`: the port numbers (a variable or a range is not a port we can compare). */
function exposed(args: string): number[] {
  return args
    .split(/\s+/)
    .map((p) => /^(\d{1,5})(?:\/\w+)?$/.exec(p))
    .flatMap((m) => (m ? [Number(m[1])] : []));
}

/**
 * uids the Dockerfile gives its users: `useradd [-opts] -u 1001 app`, `adduser -D -u 1001 app`,
 * `adduser --uid 1001 app` (useradd(8), BusyBox adduser, Debian adduser). The name is the command's last word.
 */
function uidsOf(instructions: DockerInstruction[]): Map<string, number> {
  const uids = new Map<string, number>();
  for (const ins of instructions) {
    if (ins.keyword !== 'RUN') continue;
    const text = ins.argsText.replace(/\\\r?\n/g, ' ');
    for (const cmd of text.split(/&&|;|\|\|/)) {
      const words = cmd.trim().split(/\s+/);
      if (!/^(?:useradd|adduser)$/.test(words[0] ?? '')) continue;
      let uid: number | undefined;
      const rest: string[] = [];
      for (let i = 1; i < words.length; i++) {
        const w = words[i];
        const eq = /^--uid=(\d+)$/.exec(w);
        if (eq) uid = Number(eq[1]);
        else if ((w === '-u' || w === '--uid') && /^\d+$/.test(words[i + 1] ?? '')) uid = Number(words[++i]);
        else if (/^-u\d+$/.test(w)) uid = Number(w.slice(2));
        else if (/^-[gGsdhckKp]$|^--(?:gid|shell|home|home-dir|comment|gecos|ingroup|groups|password|key)$/.test(w)) i++;
        else if (!w.startsWith('-')) rest.push(w);
      }
      const name = rest[rest.length - 1];
      if (uid !== undefined && name && /^[a-z_][\w.-]*\$?$/i.test(name)) uids.set(name, uid);
    }
  }
  return uids;
}
