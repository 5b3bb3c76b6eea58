// The comparison: runners grouped by the image they start (the Dockerfile stage when the workspace builds it,
// else the image name), each with its effective value of every field and where that value is written.
import type { ImageDefaults, Written } from './image-defaults';
import { RUNNER_FIELDS, type BuildRef, type Cell, type ImageRunners, type Runner, type RunnerComparison, type RunnerField, type SourceLine } from './model';
import { commandLine, effectiveProcess } from './process';
import type { RunnerSpec, Valued } from './spec';
import type { ImageIndex } from '../images/image-index';
import { dockerfileOf, imageKey, workspaceOf, type Workspace } from './workspace';

interface Group {
  key: string;
  names: string[];
  dockerfile?: { path: string; stage: number };
  specs: RunnerSpec[];
}

export function compare(index: ImageIndex): RunnerComparison {
  const ws = workspaceOf(index);
  const groups = new Map<string, Group>();
  const groupOf = (key: string): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, names: [], specs: [] }));
    return g;
  };
  for (const spec of ws.runners) {
    const key = imageKey(index, spec);
    if (key === undefined) continue;
    const df = dockerfileOf(index, spec);
    const ref = spec.image?.value;
    const g = groupOf(key);
    g.dockerfile ??= df;
    if (ref?.known) g.names.push(ref.name);
    g.specs.push(spec);
  }
  // Images built here that nothing in the workspace runs still have their own defaults.
  for (const build of index.builtImages()) {
    const target = index.dockerfileForBuild(build);
    if (!target) continue;
    const g = groupOf(`${target.path}#${target.stage.index}`);
    g.dockerfile ??= { path: target.path, stage: target.stage.index };
    if (build.ref?.known) g.names.push(build.ref.name);
  }
  const images = [...groups.values()].map((g) => imageRunners(ws, g));
  images.sort((a, b) => a.image.localeCompare(b.image));
  return { images };
}

function imageRunners(ws: Workspace, g: Group): ImageRunners {
  const df = g.dockerfile;
  const own = df ? ws.defaultsAt(df) : undefined;
  const builds: BuildRef[] = [];
  if (df) {
    for (const b of ws.index.buildsUsingDockerfile(df.path)) {
      const line = ws.line(b.path, b.span.start);
      if (!builds.some((x) => x.path === line.path && x.line === line.line)) builds.push({ ...line, target: b.target ?? null });
    }
  }
  const runners: Runner[] = [];
  if (own && df) runners.push(runnerOf(ws, own, undefined, 'image', df.path, ws.line(df.path, own.from.start)));
  for (const spec of g.specs) runners.push(runnerOf(ws, own, spec, spec.kind, spec.name, ws.line(spec.path, spec.span.start)));
  const name = mostCommon(g.names) ?? df?.path ?? g.key;
  return { image: name, builds, runners, differing: differing(runners) };
}

function runnerOf(ws: Workspace, defaults: ImageDefaults | undefined, spec: RunnerSpec | undefined, kind: Runner['kind'], name: string, at: SourceLine): Runner {
  const kube = spec?.kind === 'kubernetes';
  const proc = effectiveProcess(defaults, spec, ws.line);
  const fromImage = <T>(w: Written<T> | undefined): Cell =>
    w && defaults ? { value: String(w.value), source: ws.line(defaults.path, w.span.start), inherited: spec !== undefined } : { value: null, inherited: spec !== undefined };
  const fromRunner = <T>(v: Valued<T> | undefined): Cell | undefined => (v ? { value: String(v.value), source: ws.line(v.path, v.span.start), inherited: false } : undefined);
  const own = <T>(v: Valued<T> | undefined): Cell => fromRunner(v) ?? { value: null, inherited: false };

  const envKeys = [...new Set([...(defaults?.env ?? []).map((e) => e.value), ...(spec?.env ?? []).map((e) => e.value)])].sort();
  const ports = spec && spec.ports.length > 0 ? spec.ports : undefined;
  const portValues = ports ? [...new Set(ports.map((p) => p.value))] : [...new Set((defaults?.expose ?? []).map((p) => p.value))];
  const processCell: Cell = {
    value: proc.argv ? commandLine(proc.argv) : unknownProcess(proc.parts),
    inherited: spec !== undefined && !proc.parts.some((p) => p.state === 'used' && p.name !== 'ENTRYPOINT' && p.name !== 'CMD'),
  };
  const lastUsed = [...proc.parts].reverse().find((p) => p.state === 'used');
  if (lastUsed?.source) processCell.source = lastUsed.source;
  const cells: Record<RunnerField, Cell> = {
    process: processCell,
    user: fromRunner(spec?.user) ?? fromImage(defaults?.user),
    workdir: fromRunner(spec?.workdir) ?? fromImage(defaults?.workdir),
    env: { value: envKeys.length > 0 ? envKeys.join(', ') : null, inherited: !spec?.env.length, ...(spec?.envKey ? { source: ws.line(spec.envKey.path, spec.envKey.span.start) } : {}) },
    ports: {
      value: portValues.length > 0 ? portValues.join(', ') : null,
      inherited: ports === undefined && spec !== undefined,
      ...(ports ? { source: ws.line(ports[0].path, ports[0].span.start) } : defaults?.expose[0] ? { source: ws.line(defaults.path, defaults.expose[0].span.start) } : {}),
    },
    // Kubernetes ignores HEALTHCHECK: a container there has only the probes it declares.
    healthcheck: fromRunner(spec?.healthcheck) ?? (kube ? { value: null, inherited: false, layer: 'schedule/scale' } : fromImage(defaults?.healthcheck)),
    stopSignal: fromRunner(spec?.stopSignal) ?? fromImage(defaults?.stopSignal),
    memory: own(spec?.memory),
    cpu: own(spec?.cpu),
    restart: own(spec?.restart),
    replicas: own(spec?.replicas),
  };
  if (kind === 'compose' && cells.restart.value !== null) cells.restart.layer = 'build/run';
  if (kind === 'compose' && cells.healthcheck.value !== null) cells.healthcheck.layer = 'build/run';
  if (kind === 'image') {
    cells.healthcheck.layer = 'build/run';
  }
  const replicas = spec?.replicas && typeof spec.replicas.value === 'number' ? spec.replicas.value : null;
  return {
    kind,
    name,
    path: at.path,
    line: at.line,
    process: proc.argv,
    user: cells.user.value,
    workdir: cells.workdir.value,
    env: envKeys,
    ports: portValues,
    replicas,
    cells,
    processParts: proc.parts,
  };
}

/** What is known when the argv is not: the known tail after the base image's ENTRYPOINT. */
function unknownProcess(parts: Runner['processParts']): string | null {
  const used = parts.filter((p) => p.state === 'used').flatMap((p) => p.argv);
  return used.length > 0 ? `(base image ENTRYPOINT, if any) ${commandLine(used)}` : null;
}

function differing(runners: Runner[]): RunnerField[] {
  if (runners.length < 2) return [];
  return RUNNER_FIELDS.filter((f) => new Set(runners.map((r) => r.cells[f].value ?? '')).size > 1);
}

function mostCommon(names: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
