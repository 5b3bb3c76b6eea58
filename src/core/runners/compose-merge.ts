// A Compose project's services as Compose runs them (Compose Specification): the files a base file includes
// (14-include.md: resources are added, a name clash is an error, so nothing merges), then the override file
// of the same folder merged on top, then each service's `extends` (05-services.md#extends), both by the merge
// rules of 13-merge.md: a mapping merges key by key, `command`/`entrypoint`/`healthcheck.test` are replaced,
// `ports` and `environment` are merged by their unique key, `!reset` clears and `!override` replaces.
import { baseName } from '../recognize';
import { dirName, joinPath } from '../images/paths';
import type { ComposeFile, ComposeService } from './compose-specs';
import type { RunnerSpec, Valued } from './spec';

const OVERRIDE = /^(?:docker-)?compose\.override\.ya?ml$/i;
const BASE = /^(?:docker-)?compose\.ya?ml$/i;

export function isOverrideFile(path: string): boolean {
  return OVERRIDE.test(baseName(path));
}

/** Single-valued fields and the YAML keys whose `!reset` clears them. */
const SCALARS: [keyof RunnerSpec, string[]][] = [
  ['image', ['image']],
  ['build', ['build']],
  ['entrypoint', ['entrypoint']],
  ['command', ['command']],
  ['user', ['user']],
  ['workdir', ['working_dir']],
  ['healthcheck', ['healthcheck']],
  ['memory', ['mem_limit', 'deploy']],
  ['cpu', ['cpus', 'deploy']],
  ['replicas', ['scale', 'deploy']],
  ['restart', ['restart', 'deploy']],
  ['stopSignal', ['stop_signal']],
];

/** `over` merged onto `base`; the runner stays defined where `base` is. */
export function mergeService(base: RunnerSpec, over: ComposeService): RunnerSpec {
  const o = over.spec;
  const out: RunnerSpec = { ...base };
  const rec = out as unknown as Record<string, unknown>;
  for (const [field, keys] of SCALARS) {
    if (keys.some((k) => over.reset.has(k))) rec[field] = undefined;
    else if (o[field] !== undefined) rec[field] = o[field];
  }
  out.env = mergeList(base.env, o.env, 'environment', over);
  out.ports = mergeList(base.ports, o.ports, 'ports', over);
  out.envOpen = base.envOpen || o.envOpen;
  out.envKey = o.envKey ?? base.envKey;
  return out;
}

function mergeList<T>(base: Valued<T>[], over: Valued<T>[], key: string, svc: ComposeService): Valued<T>[] {
  if (svc.reset.has(key)) return [...over];
  if (svc.replaced.has(key)) return [...over];
  const kept = base.filter((b) => !over.some((x) => x.value === b.value));
  return [...kept, ...over];
}

/**
 * Every service of every Compose project among `files` (by path), resolved. A file another one includes, and
 * an override file with a base beside it, are read as part of that project, not as projects of their own.
 */
export function composeRunners(files: Map<string, ComposeFile>): RunnerSpec[] {
  const included = new Set([...files.values()].flatMap((f) => f.include));
  const out: RunnerSpec[] = [];
  for (const file of [...files.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    if (included.has(file.path)) continue;
    const folder = dirName(file.path);
    const hasBase = [...files.keys()].some((p) => dirName(p) === folder && BASE.test(baseName(p)));
    if (isOverrideFile(file.path) && hasBase) continue;
    const project = new Map<string, ComposeService>();
    const addAll = (f: ComposeFile, seen: Set<string>) => {
      if (seen.has(f.path)) return;
      seen.add(f.path);
      for (const inc of f.include) {
        const g = files.get(inc);
        if (g) addAll(g, seen);
      }
      for (const [name, svc] of f.services) if (!project.has(name)) project.set(name, svc);
    };
    addAll(file, new Set());
    const merged = new Map<string, RunnerSpec>();
    for (const [name, svc] of project) merged.set(name, resolveExtends(svc, file, files, new Set()));
    if (BASE.test(baseName(file.path))) {
      for (const p of files.keys()) {
        if (dirName(p) !== folder || !isOverrideFile(p)) continue;
        for (const [name, svc] of files.get(p)!.services) {
          const base = merged.get(name);
          merged.set(name, base ? mergeService(base, svc) : resolveExtends(svc, files.get(p)!, files, new Set()));
        }
      }
    }
    out.push(...merged.values());
  }
  return out;
}

/** A service with its `extends` chain applied: the extended service first, this one merged on top. */
function resolveExtends(svc: ComposeService, file: ComposeFile, files: Map<string, ComposeFile>, seen: Set<string>): RunnerSpec {
  const ext = svc.extends;
  const key = `${file.path}#${svc.spec.name}`;
  if (!ext || seen.has(key)) return svc.spec;
  seen.add(key);
  const from = ext.file ? files.get(ext.file) ?? files.get(joinPath(dirName(file.path), ext.file)) : file;
  const base = from?.services.get(ext.service);
  if (!from || !base) return svc.spec;
  const resolved = resolveExtends(base, from, files, seen);
  // The extending service is the runner: its name, file and line.
  return { ...mergeService(resolved, svc), name: svc.spec.name, path: svc.spec.path, span: svc.spec.span, kind: svc.spec.kind };
}
