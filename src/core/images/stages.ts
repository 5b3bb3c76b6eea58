// Which Dockerfile stage becomes the image, and what it inherits: a stage built `FROM` an earlier stage
// carries that stage's CMD, ENTRYPOINT, HEALTHCHECK and EXPOSE unless it sets its own.
import type { DockerfileModel, DockerInstruction, DockerStage } from '../dockerfile/model';
import { stageChain } from '../dockerfile/stages';

export { parentStage, stageChain } from '../dockerfile/stages';

/** The stage an image is: the one named by `target` (case-insensitive), else the last. */
export function imageStage(model: DockerfileModel, target?: string): DockerStage | undefined {
  if (target) {
    const t = target.toLowerCase();
    const named = model.stages.find((s) => s.name?.toLowerCase() === t);
    if (named) return named;
  }
  return model.stages[model.stages.length - 1];
}

export function instructionsOf(model: DockerfileModel, stage: DockerStage): DockerInstruction[] {
  return model.instructions.filter((i) => i.stage === stage.index);
}

/** The instruction with `keyword` that is in effect for `stage`: its own last one, else an ancestor's. */
export function effectiveInstruction(model: DockerfileModel, stage: DockerStage, keyword: string): DockerInstruction | undefined {
  for (const s of stageChain(model, stage)) {
    const own = instructionsOf(model, s).filter((i) => i.keyword === keyword);
    if (own.length > 0) return own[own.length - 1];
  }
  return undefined;
}

/** The FROM instruction that opens a stage. */
export function fromOf(model: DockerfileModel, stage: DockerStage): DockerInstruction | undefined {
  return model.instructions.find((i) => i.stage === stage.index && i.keyword === 'FROM');
}

export interface Healthcheck {
  instruction: DockerInstruction;
  /** Exec form (JSON array) or the shell form's command string. */
  exec?: string[];
  shell?: string;
  /** Flags in seconds: interval, timeout, start-period, start-interval; retries as a count. */
  intervalSeconds?: number;
  timeoutSeconds?: number;
  startPeriodSeconds?: number;
  retries?: number;
}

/** The HEALTHCHECK in effect for the image stage; undefined when none or `HEALTHCHECK NONE`. */
export function healthcheckOf(model: DockerfileModel, stage: DockerStage): Healthcheck | undefined {
  const ins = effectiveInstruction(model, stage, 'HEALTHCHECK');
  if (!ins) return undefined;
  const args = ins.argsText.replace(/\\\r?\n/g, ' ');
  const cmd = /(?:^|\s)CMD(?:\s+|(?=\[))([\s\S]*)$/i.exec(args);
  if (!cmd) return undefined; // NONE, or incomplete
  const hc: Healthcheck = { instruction: ins };
  const body = cmd[1].trim();
  const json = body.startsWith('[') ? parseJsonArray(body) : undefined;
  if (json) hc.exec = json;
  else hc.shell = body.replace(/\s+/g, ' ');
  for (const f of ins.flags) {
    const v = f.value ?? '';
    if (f.name === 'interval') hc.intervalSeconds = durationSeconds(v);
    else if (f.name === 'timeout') hc.timeoutSeconds = durationSeconds(v);
    else if (f.name === 'start-period') hc.startPeriodSeconds = durationSeconds(v);
    else if (f.name === 'retries' && /^\d+$/.test(v)) hc.retries = Number(v);
  }
  return hc;
}

function parseJsonArray(s: string): string[] | undefined {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A Go duration (`30s`, `1m30s`, `500ms`) in whole seconds, rounded up; undefined when unreadable. */
function durationSeconds(s: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g;
  let total = 0;
  let consumed = 0;
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total += Number(m[1]) * unit[m[2]];
    consumed += m[0].length;
  }
  if (consumed === 0 || consumed !== s.length) return undefined;
  return Math.max(1, Math.ceil(total - 1e-9));
}
