// Kubernetes manifests as runner specs: one per container of a Pod, Deployment, StatefulSet, DaemonSet,
// ReplicaSet, Job or CronJob, plus the Services and HorizontalPodAutoscalers that point at them. Helm templates
// read as far as they are static (the parser blanks `{{ }}`; a value holding one is unknown).
import { isMap, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../images/model';
import { parseImageRef } from '../images/ref';
import { child, columnOf, lineAfter, lineStart, pairs, spanOf } from '../images/yaml-text';
import { emptySpec, type KubeContainerSecurity, type RunnerSpec, type Valued } from './spec';
import { commandValue, envEntries, interpolated, keySpan, valued, valuedAt } from './yaml-read';

/** Where each kind keeps its pod spec (https://kubernetes.io/docs/concepts/workloads/). */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export interface KubeService {
  path: string;
  name?: string;
  namespace?: string;
  selector: Record<string, string>;
  /** Each port's `targetPort` (or `port`, its default) and where it is written. */
  targets: Valued<number | string>[];
}

export interface KubeHpa {
  path: string;
  namespace?: string;
  target: { kind: string; name: string };
  span: Span;
}

export interface KubeFile {
  path: string;
  runners: RunnerSpec[];
  services: KubeService[];
  hpas: KubeHpa[];
}

export function kubeFile(path: string, text: string, docs: Document.Parsed[]): KubeFile {
  return mergeKubeFiles(path, docs.map((doc) => kubeDocument(path, text, doc)));
}

/** One document's share of its file's KubeFile (a `List`'s items included): a manifest's edit re-reads only its own. */
export function kubeDocument(path: string, text: string, doc: Document.Parsed): KubeFile {
  const out: KubeFile = { path, runners: [], services: [], hpas: [] };
  const items = valuedAt(doc.contents, 'kind', text, path)?.value === 'List' ? child(doc.contents, 'items') : undefined;
  for (const obj of isSeq(items) ? items.items : [doc.contents]) readObject(obj, text, path, out);
  return out;
}

/** The documents' shares in order: what `kubeFile` reads from the whole stream. */
export function mergeKubeFiles(path: string, parts: readonly KubeFile[]): KubeFile {
  return { path, runners: parts.flatMap((p) => p.runners), services: parts.flatMap((p) => p.services), hpas: parts.flatMap((p) => p.hpas) };
}

function readObject(obj: unknown, text: string, path: string, out: KubeFile): void {
  const kind = valuedAt(obj, 'kind', text, path)?.value;
  if (!kind) return;
  const meta = child(obj, 'metadata');
  const name = valuedAt(meta, 'name', text, path)?.value;
  const namespace = valuedAt(meta, 'namespace', text, path)?.value;
  if (kind === 'Service') out.services.push(serviceOf(obj, text, path, name, namespace));
  else if (kind === 'HorizontalPodAutoscaler') {
    const ref = child(child(obj, 'spec'), 'scaleTargetRef');
    const k = valuedAt(ref, 'kind', text, path);
    const n = valuedAt(ref, 'name', text, path);
    if (k && n && !interpolated(n.value, false)) out.hpas.push({ path, namespace, target: { kind: k.value, name: n.value }, span: n.span });
  } else if (POD_SPEC_PATHS[kind]) {
    const specPath = POD_SPEC_PATHS[kind];
    const pod = specPath.reduce<unknown>((node, key) => child(node, key), obj);
    const template = specPath.length > 1 ? specPath.slice(0, -1).reduce<unknown>((node, key) => child(node, key), obj) : obj;
    const labels = stringMap(child(child(template, 'metadata'), 'labels'), text);
    const replicas = kind === 'Pod' || kind === 'DaemonSet' || kind === 'Job' || kind === 'CronJob' ? undefined : replicasOf(child(obj, 'spec'), text, path);
    const owner = name ? `${kind}/${name}` : kind;
    for (const list of ['initContainers', 'containers'] as const) {
      const containers = child(pod, list);
      if (!isSeq(containers)) continue;
      for (const c of containers.items) {
        const spec = containerOf(c, pod, text, path, owner, list === 'initContainers');
        if (!spec) continue;
        spec.kube = { ...spec.kube!, kind, objectName: name, namespace, labels };
        if (replicas) {
          spec.replicas = replicas.value;
          spec.kube.replicasLine = replicas.line;
        }
        spec.restart = valuedAt(pod, 'restartPolicy', text, path);
        out.runners.push(spec);
      }
    }
  }
}

function containerOf(c: unknown, pod: unknown, text: string, path: string, owner: string, init: boolean): RunnerSpec | undefined {
  const span = spanOf(c as Node);
  if (!isMap(c) || !span) return undefined;
  const cname = valuedAt(c, 'name', text, path)?.value;
  const spec = emptySpec('kubernetes', cname ? `${owner}:${cname}` : owner, path, span);
  const image = valuedAt(c, 'image', text, path);
  if (image) spec.image = { ...image, value: parseImageRef(image.value) };
  spec.command = commandValue(c, 'command', text, path, false);
  spec.args = commandValue(c, 'args', text, path, false);
  spec.workdir = valuedAt(c, 'workingDir', text, path);
  spec.env = envEntries(child(c, 'env'), text, path);
  spec.envOpen = c.has('envFrom');
  const envKey = keySpan(c, 'env');
  if (envKey) spec.envKey = { value: 'env', path, span: envKey };
  const ports = child(c, 'ports');
  for (const p of isSeq(ports) ? ports.items : []) {
    const port = valuedAt(p, 'containerPort', text, path);
    if (port && /^\d+$/.test(port.value)) spec.ports.push({ ...port, value: Number(port.value) });
    const pname = valuedAt(p, 'name', text, path);
    if (pname) spec.portNames.push(pname);
  }
  spec.probes = pairs(c).map((p) => p.key).filter((k) => /Probe$/.test(k));
  const probe = spec.probes.includes('livenessProbe') ? 'livenessProbe' : spec.probes[0];
  const probeKey = probe ? keySpan(c, probe) : undefined;
  if (probe && probeKey) spec.healthcheck = { value: probe, path, span: probeKey };
  const limits = child(child(c, 'resources'), 'limits');
  spec.memory = valuedAt(limits, 'memory', text, path);
  spec.cpu = valuedAt(limits, 'cpu', text, path);
  spec.stopSignal = valuedAt(child(c, 'lifecycle'), 'stopSignal', text, path);
  spec.kube = { kind: '', labels: {}, init, ...security(c, pod, text, path) };
  const runAsUser = spec.kube.runAsUser;
  if (runAsUser) spec.user = { ...runAsUser, value: String(runAsUser.value) };
  return spec;
}

/** runAsNonRoot / runAsUser: the container's securityContext overrides the pod's (PodSecurityContext docs). */
function security(c: unknown, pod: unknown, text: string, path: string): KubeContainerSecurity {
  const out: KubeContainerSecurity = {};
  for (const ctx of [child(pod, 'securityContext'), child(c, 'securityContext')]) {
    const nonRoot = valuedAt(ctx, 'runAsNonRoot', text, path);
    if (nonRoot) {
      out.runAsNonRoot = { ...nonRoot, value: nonRoot.value === 'true' };
      const key = keySpan(ctx, 'runAsNonRoot');
      if (key && isMap(ctx) && !ctx.flow) out.insertAfter = { at: lineAfter(text, nonRoot.span.end), indent: columnOf(text, key.start) };
      else delete out.insertAfter;
    }
    const user = valuedAt(ctx, 'runAsUser', text, path);
    if (user) out.runAsUser = { ...user, value: /^\d+$/.test(user.value) ? Number(user.value) : user.value };
  }
  return out;
}

function replicasOf(spec: unknown, text: string, path: string): { value: Valued<number | string>; line: Span } | undefined {
  const v = valuedAt(spec, 'replicas', text, path);
  const key = keySpan(spec, 'replicas');
  if (!v || !key) return undefined;
  return {
    value: { ...v, value: /^\d+$/.test(v.value) ? Number(v.value) : v.value },
    line: { start: lineStart(text, key.start), end: lineAfter(text, v.span.end) },
  };
}

function serviceOf(obj: unknown, text: string, path: string, name?: string, namespace?: string): KubeService {
  const spec = child(obj, 'spec');
  const targets: Valued<number | string>[] = [];
  const ports = child(spec, 'ports');
  for (const p of isSeq(ports) ? ports.items : []) {
    const t = valuedAt(p, 'targetPort', text, path) ?? valuedAt(p, 'port', text, path);
    if (t && !interpolated(t.value, false)) targets.push({ ...t, value: /^\d+$/.test(t.value) ? Number(t.value) : t.value });
  }
  return { path, name, namespace, selector: stringMap(child(spec, 'selector'), text), targets };
}

function stringMap(node: unknown, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, pair } of pairs(node)) {
    const v = valued(pair.value, text, '');
    if (v) out[key] = v.value;
  }
  return out;
}
