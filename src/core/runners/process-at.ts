// What the hover over a `command`/`args` (Kubernetes) or `command`/`entrypoint` (Compose) needs: the runner
// whose key is under the cursor, the argv it starts and the parts it is made of.
import type { ImageIndex } from '../images/image-index';
import type { ProcessPart } from './model';
import { effectiveProcess } from './process';
import type { CommandValue, RunnerSpec } from './spec';
import { workspaceOf } from './workspace';

export interface ProcessAt {
  /** The hovered file: other files are named relative to the folder both share. */
  path: string;
  kind: RunnerSpec['kind'];
  /** The service name, or `Kind/name:container`. */
  runner: string;
  /** null when the files cannot say (see `why`). */
  argv: string[] | null;
  parts: ProcessPart[];
  /** Why `argv` is null: the image is not built here, or its base image's ENTRYPOINT is unknown, or a variable. */
  why?: 'no-dockerfile' | 'base-entrypoint' | 'variable';
}

export function processAt(index: ImageIndex, path: string, offset: number): ProcessAt | undefined {
  const ws = workspaceOf(index);
  const within = (v: CommandValue | undefined) =>
    v !== undefined && v.path === path && ((v.keySpan.start <= offset && offset <= v.keySpan.end) || (v.span.start <= offset && offset <= v.span.end));
  const spec = ws.runnersIn(path).find((s) => within(s.command) || within(s.args) || within(s.entrypoint));
  if (!spec) return undefined;
  const defaults = ws.defaultsOf(spec);
  const proc = effectiveProcess(defaults, spec, ws.line);
  const out: ProcessAt = { path, kind: spec.kind, runner: spec.name, argv: proc.argv, parts: proc.parts };
  if (!proc.argv) {
    const values = [spec.command, spec.args, spec.entrypoint];
    out.why = values.some((v) => v && v.argv === null) ? 'variable' : defaults ? 'base-entrypoint' : 'no-dockerfile';
  }
  return out;
}
