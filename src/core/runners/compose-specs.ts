// Compose and stack files as runner specs: one per service, each value with where it is written.
// Keys read (Compose Specification, 05-services.md): image, build, entrypoint, command, user, working_dir,
// environment, env_file, ports, expose, healthcheck, mem_limit, cpus, deploy.resources.limits, deploy.replicas,
// scale, restart, deploy.restart_policy, stop_signal, extends; top-level include (14-include.md).
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { FileFacts } from '../images/model';
import { dirName, isRemoteContext, joinPath } from '../images/paths';
import { parseImageRef } from '../images/ref';
import { child, pairs, scalarText, spanOf } from '../images/yaml-text';
import { emptySpec, type RunnerSpec, type Valued } from './spec';
import { commandValue, envEntries, hasTag, interpolated, keySpan, valued, valuedAt } from './yaml-read';

export interface ComposeService {
  spec: RunnerSpec;
  /** `extends`: the service (and file, resolved) it builds on. */
  extends?: { service: string; file?: string };
  /** Keys tagged `!reset` (cleared) or `!override` (replaced, not merged) in this file. */
  reset: Set<string>;
  replaced: Set<string>;
}

export interface ComposeFile {
  path: string;
  services: Map<string, ComposeService>;
  /** Resolved `include:` paths. */
  include: string[];
}

export function composeFile(facts: FileFacts, docs: Document.Parsed[]): ComposeFile {
  const file: ComposeFile = { path: facts.path, services: new Map(), include: [] };
  const folder = dirName(facts.path);
  const kind = facts.kind === 'stack' ? 'swarm' : 'compose';
  for (const doc of docs) {
    for (const entry of isSeq(child(doc.contents, 'include')) ? (child(doc.contents, 'include') as { items: unknown[] }).items : []) {
      const paths = isMap(entry) ? child(entry, 'path') : entry;
      for (const p of isSeq(paths) ? paths.items : [paths]) {
        const s = scalarText(p, facts.text);
        if (s && !interpolated(s.value, true) && !isRemoteContext(s.value)) file.include.push(joinPath(folder, s.value));
      }
    }
    for (const { key: name, pair, keyNode } of pairs(child(doc.contents, 'services'))) {
      const span = spanOf(keyNode);
      if (!isMap(pair.value) || !span) continue;
      file.services.set(name, serviceOf(pair.value, emptySpec(kind, name, facts.path, span), facts.text, folder));
    }
  }
  return file;
}

function serviceOf(svc: Node, spec: RunnerSpec, text: string, folder: string): ComposeService {
  const path = spec.path;
  const at = (key: string) => valuedAt(svc, key, text, path);
  const out: ComposeService = { spec, reset: new Set(), replaced: new Set() };
  for (const { key, pair } of pairs(svc)) {
    if (hasTag(pair.value, '!reset')) out.reset.add(key);
    if (hasTag(pair.value, '!override')) out.replaced.add(key);
  }
  const image = at('image');
  if (image) spec.image = { ...image, value: parseImageRef(image.value) };
  const build = buildOf(child(svc, 'build'), text, folder);
  const buildKey = keySpan(svc, 'build');
  if (build && buildKey) spec.build = { ...build, path, span: buildKey };
  spec.entrypoint = commandValue(svc, 'entrypoint', text, path, true);
  spec.command = commandValue(svc, 'command', text, path, true);
  spec.user = at('user');
  spec.workdir = at('working_dir');
  spec.stopSignal = at('stop_signal');
  spec.env = envEntries(child(svc, 'environment'), text, path);
  spec.envOpen = isMap(svc) && (svc as { has(k: string): boolean }).has('env_file');
  const envKey = keySpan(svc, 'environment');
  if (envKey) spec.envKey = { value: 'environment', path, span: envKey };
  spec.ports = [...portsOf(child(svc, 'ports'), text, path), ...exposeOf(child(svc, 'expose'), text, path)];
  spec.healthcheck = healthcheckOf(child(svc, 'healthcheck'), text, path);
  if (spec.healthcheck) spec.healthcheckTest = testOf(child(child(svc, 'healthcheck'), 'test'), text);
  const deploy = child(svc, 'deploy');
  const limits = child(child(deploy, 'resources'), 'limits');
  spec.memory = valuedAt(limits, 'memory', text, path) ?? at('mem_limit');
  spec.cpu = valuedAt(limits, 'cpus', text, path) ?? at('cpus');
  const replicas = valuedAt(deploy, 'replicas', text, path) ?? at('scale');
  if (replicas) spec.replicas = { ...replicas, value: /^\d+$/.test(replicas.value) ? Number(replicas.value) : replicas.value };
  spec.restart = valuedAt(child(deploy, 'restart_policy'), 'condition', text, path) ?? at('restart');
  const ext = child(svc, 'extends');
  const extService = isMap(ext) ? scalarText(child(ext, 'service'), text)?.value : scalarText(ext, text)?.value;
  if (extService) {
    const file = isMap(ext) ? scalarText(child(ext, 'file'), text)?.value : undefined;
    out.extends = { service: extService, file: file && !interpolated(file, true) ? joinPath(folder, file) : undefined };
  }
  return out;
}

/** `build: ./dir` or `build: {context, dockerfile, target}`: the Dockerfile (relative to the context). */
function buildOf(node: unknown, text: string, folder: string): { dockerfiles: string[]; target?: string } | undefined {
  let context: string;
  let dockerfile = 'Dockerfile';
  let target: string | undefined;
  if (isScalar(node)) context = scalarText(node, text)?.value ?? '.';
  else if (isMap(node)) {
    context = scalarText(child(node, 'context'), text)?.value ?? '.';
    dockerfile = scalarText(child(node, 'dockerfile'), text)?.value ?? 'Dockerfile';
    target = scalarText(child(node, 'target'), text)?.value;
  } else return undefined;
  if (isRemoteContext(context) || interpolated(context + dockerfile, true)) return { dockerfiles: [], target };
  return { dockerfiles: [joinPath(joinPath(folder, context), dockerfile)], target };
}

/** The container side of each `ports` entry: `"8080:80"`, `"127.0.0.1:8080:80/tcp"`, `80`, `{target: 80}`. */
function portsOf(node: unknown, text: string, path: string): Valued<number>[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => {
    const v = isMap(item) ? valuedAt(item, 'target', text, path) : valued(item, text, path);
    const m = v && /(?:^|:)(\d{1,5})(?:\/\w+)?$/.exec(v.value);
    return v && m ? [{ value: Number(m[1]), path, span: v.span }] : [];
  });
}

function exposeOf(node: unknown, text: string, path: string): Valued<number>[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => {
    const v = valued(item, text, path);
    const m = v && /^(\d{1,5})(?:\/\w+)?$/.exec(v.value);
    return v && m ? [{ value: Number(m[1]), path, span: v.span }] : [];
  });
}

/** `healthcheck: {test: …}` as one line of text; undefined when absent or disabled. */
function healthcheckOf(node: unknown, text: string, path: string): Valued<string> | undefined {
  if (!isMap(node)) return undefined;
  if (scalarText(child(node, 'disable'), text)?.value === 'true') return undefined;
  const test = child(node, 'test');
  const span = spanOf(test as Node | undefined);
  if (!span) return undefined;
  const words = isSeq(test) ? test.items.map((i) => scalarText(i, text)?.value ?? '') : [scalarText(test, text)?.value ?? ''];
  if (words[0] === 'NONE') return undefined;
  const shown = words[0] === 'CMD' || words[0] === 'CMD-SHELL' ? words.slice(1) : words;
  return { value: shown.join(' '), path, span };
}

/** The test as a probe can run it: `["CMD", …]` exec, `["CMD-SHELL", "…"]` or a string through a shell. */
function testOf(node: unknown, text: string): RunnerSpec['healthcheckTest'] {
  if (isSeq(node)) {
    const words = node.items.map((i) => scalarText(i, text)?.value);
    if (words.some((w) => w === undefined || interpolated(w, true))) return undefined;
    if (words[0] === 'CMD') return { exec: words.slice(1) as string[] };
    if (words[0] === 'CMD-SHELL' && words.length === 2) return { shell: words[1] };
    return undefined;
  }
  const s = scalarText(node, text)?.value;
  return s !== undefined && !interpolated(s, true) ? { shell: s } : undefined;
}
