// Checks the Kubernetes layer tables on their own, without the classifier: references resolve, every row
// follows the writing rules, and the tricky layer decisions stay the way the Kubernetes docs describe them.
import * as assert from 'node:assert/strict';
import { kubernetesEntries, kubernetesEntriesWithoutCounterparts } from '../../src/core/tables';
import { kubernetesKinds, kubernetesShapes } from '../../src/core/tables';
import type { LayerEntry } from '../../src/core/types';
import { danglingRefs, entryAt, rowProblems, unreachableShapes } from './layer-table-checks';

const requiredIds = [
  'k8s.object', 'k8s.unknown', 'k8s.metadata', 'k8s.metadata.labels', 'k8s.pod.containers',
  'k8s.pod.initContainers', 'k8s.pod.volumes', 'k8s.pod.restartPolicy', 'k8s.container.name',
  'k8s.container.image', 'k8s.container.command', 'k8s.container.args', 'k8s.container.env',
  'k8s.container.workingDir', 'k8s.container.ports.containerPort', 'k8s.container.securityContext.runAsUser',
  'k8s.container.resources.requests', 'k8s.container.resources.limits', 'k8s.container.livenessProbe',
  'k8s.container.readinessProbe', 'k8s.container.startupProbe', 'k8s.container.volumeMounts',
  'k8s.workload.replicas',
];
const requiredKinds = [
  'Pod', 'PodTemplate', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job',
  'CronJob', 'Service', 'Endpoints', 'EndpointSlice', 'Ingress', 'IngressClass', 'NetworkPolicy', 'ConfigMap',
  'Secret', 'PersistentVolume', 'PersistentVolumeClaim', 'StorageClass', 'Namespace', 'ServiceAccount', 'Role',
  'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'HorizontalPodAutoscaler', 'PodDisruptionBudget',
  'LimitRange', 'ResourceQuota', 'PriorityClass', 'RuntimeClass', 'CustomResourceDefinition', 'Node', 'Event',
  'Lease', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'APIService', 'VolumeAttachment',
  'CSIDriver',
];
/** Shapes the classifier looks up by name rather than through a kind. */
const classifierShapes = ['Object', 'ObjectMeta', 'PodSpec', 'Container', 'PodTemplateSpec'];

/**
 * The entry the classifier gives a dotted path in an object of this kind (numbers are list indices). Unknown
 * kinds are read with the Object shape under the k8s.unknown root entry, as src/core/yaml/classify.ts does.
 */
function at(kind: string, path: string): string {
  const known = Object.hasOwn(kubernetesKinds, kind);
  const segments = path.split('.').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
  return entryAt(kubernetesShapes, known ? kubernetesKinds[kind] : 'Object', known ? 'k8s.object' : 'k8s.unknown', segments);
}

const entry = (id: string): LayerEntry => {
  const found = kubernetesEntries[id];
  assert.ok(found, `missing entry ${id}`);
  return found;
};
const refs = (id: string): string[] => entry(id).counterparts.map((c) => `${c.where}:${c.ref}`);

describe('Kubernetes layer tables', () => {
  describe('references', () => {
    it('has every id other code relies on', () => {
      assert.deepEqual(requiredIds.filter((id) => !Object.hasOwn(kubernetesEntries, id)), []);
    });

    it('points every shape rule at an existing entry and shape', () => {
      assert.deepEqual(danglingRefs(kubernetesShapes, kubernetesEntries), []);
    });

    it('maps every required kind to an existing root shape that reads the common root keys', () => {
      assert.deepEqual(requiredKinds.filter((kind) => !Object.hasOwn(kubernetesKinds, kind)), []);
      for (const [kind, shape] of Object.entries(kubernetesKinds)) {
        assert.ok(kubernetesShapes[shape], `kind ${kind} → unknown shape ${shape}`);
        for (const key of ['apiVersion', 'kind', 'metadata', 'status']) {
          assert.ok(Object.hasOwn(kubernetesShapes[shape].fields, key), `${shape} lacks root key ${key}`);
        }
      }
      assert.deepEqual(classifierShapes.filter((name) => !kubernetesShapes[name]), []);
    });

    it('uses every entry and every shape somewhere', () => {
      const used = new Set(['k8s.object']); // the classifier's root entry for known kinds
      for (const s of Object.values(kubernetesShapes)) {
        for (const r of [...Object.values(s.fields), ...(s.otherwise ? [s.otherwise] : [])]) if (r.entry) used.add(r.entry);
      }
      assert.deepEqual(Object.keys(kubernetesEntries).filter((id) => !used.has(id)), []);
      // A shape is dead only when no kind and no shape the classifier names can reach it.
      const roots = [...new Set([...Object.values(kubernetesKinds), ...classifierShapes])];
      const dead = roots.reduce(
        (left, root) => left.filter((id) => unreachableShapes(kubernetesShapes, root).includes(id)),
        Object.keys(kubernetesShapes),
      );
      assert.deepEqual(dead, []);
    });
  });

  describe('entries', () => {
    it('has well-formed rows: two layers, known phases and guides, one-sentence summaries, foreign counterparts', () => {
      assert.deepEqual(rowProblems(kubernetesEntries, 'kubernetes'), []);
    });

    it('ends every summary with its only full stop', () => {
      for (const [id, e] of Object.entries(kubernetesEntries)) {
        assert.ok(e.summary.length <= 200 && e.summary.endsWith('.'), id);
        assert.doesNotMatch(e.summary.slice(0, -1), /[.!?](\s|$)/, `${id}: more than one sentence`);
      }
    });

    it('marks every orchestration row as Kubernetes-owned', () => {
      for (const [id, e] of Object.entries(kubernetesEntries)) {
        assert.equal(e.orchestrator, e.layer === 'schedule/scale' ? 'kubernetes' : undefined, id);
      }
    });

    it('never repeats a summary word for word', () => {
      const seen = new Map<string, string>();
      for (const [id, e] of Object.entries(kubernetesEntries)) {
        assert.equal(seen.get(e.summary), undefined, `${id} repeats the summary of ${seen.get(e.summary)}`);
        seen.set(e.summary, id);
      }
    });

    it('gives every entry a counterpart unless it is listed as having none', () => {
      for (const [id, e] of Object.entries(kubernetesEntries)) {
        const listed = kubernetesEntriesWithoutCounterparts.has(id);
        assert.equal(e.counterparts.length === 0, listed, `${id}: ${e.counterparts.length} counterparts, listed ${listed}`);
      }
      for (const id of kubernetesEntriesWithoutCounterparts) assert.ok(kubernetesEntries[id], `listed ${id} missing`);
    });
  });

  describe('layer decisions', () => {
    it('splits resources: requests feed the scheduler, limits are enforced by the runtime', () => {
      assert.equal(entry('k8s.container.resources.requests').layer, 'schedule/scale');
      assert.equal(entry('k8s.container.resources.limits').layer, 'build/run');
      assert.equal(entry('k8s.pod.resources.requests').layer, 'schedule/scale');
      assert.equal(entry('k8s.pod.resources.limits').layer, 'build/run');
      assert.ok(refs('k8s.container.resources.requests').includes('compose:services.*.deploy.resources.reservations'));
      assert.ok(refs('k8s.container.resources.limits').includes('compose:services.*.deploy.resources.limits'));
      const container = 'spec.template.spec.containers.0.resources';
      assert.equal(at('Deployment', `${container}.requests.cpu`), 'k8s.container.resources.requests');
      assert.equal(at('Deployment', `${container}.limits.memory`), 'k8s.container.resources.limits');
      assert.equal(at('Pod', 'spec.resources.requests.cpu'), 'k8s.pod.resources.requests');
    });

    it('maps command to ENTRYPOINT and args to CMD, both build/run', () => {
      assert.equal(entry('k8s.container.command').layer, 'build/run');
      assert.equal(entry('k8s.container.args').layer, 'build/run');
      assert.ok(refs('k8s.container.command').includes('dockerfile:ENTRYPOINT'));
      assert.ok(refs('k8s.container.command').includes('compose:services.*.entrypoint'));
      assert.ok(refs('k8s.container.args').includes('dockerfile:CMD'));
      assert.ok(refs('k8s.container.args').includes('compose:services.*.command'));
      assert.ok(!refs('k8s.container.command').includes('dockerfile:CMD'), 'command is not CMD');
    });

    it('treats probes as orchestration with their documented effects', () => {
      const liveness = entry('k8s.container.livenessProbe');
      const readiness = entry('k8s.container.readinessProbe');
      const startup = entry('k8s.container.startupProbe');
      for (const probe of [liveness, readiness, startup]) assert.equal(probe.layer, 'schedule/scale');
      assert.equal(readiness.phase, 'network');
      assert.equal(startup.phase, 'lifecycle');
      assert.match(liveness.summary, /restart/);
      assert.match(readiness.summary, /not restarted/);
      const healthcheck = liveness.counterparts.find((c) => c.ref === 'HEALTHCHECK');
      assert.match(healthcheck?.note ?? '', /ignored by Kubernetes/);
      assert.equal(at('Pod', 'spec.containers.0.livenessProbe.httpGet.port'), 'k8s.container.livenessProbe');
    });

    it('keeps restartPolicy with the kubelet, on pods and on sidecar init containers', () => {
      const pod = entry('k8s.pod.restartPolicy');
      assert.equal(pod.layer, 'schedule/scale');
      assert.equal(pod.phase, 'lifecycle');
      assert.ok(refs('k8s.pod.restartPolicy').includes('docker-run:docker run --restart'));
      assert.equal(at('Pod', 'spec.restartPolicy'), 'k8s.pod.restartPolicy');
      assert.equal(at('Pod', 'spec.initContainers.0.restartPolicy'), 'k8s.container.restartPolicy');
      assert.equal(entry('k8s.container.restartPolicy').layer, 'schedule/scale');
    });

    it('gives restart rules and the stop signal rows of their own, dated by their feature gates', () => {
      assert.equal(at('Pod', 'spec.containers.0.restartPolicyRules.0.exitCodes'), 'k8s.container.restartPolicyRules');
      assert.equal(entry('k8s.container.restartPolicyRules').layer, 'schedule/scale');
      assert.deepEqual([entry('k8s.container.restartPolicyRules').state, entry('k8s.container.restartPolicyRules').since], ['beta', '1.35']);
      assert.equal(at('Pod', 'spec.containers.0.lifecycle.stopSignal'), 'k8s.container.lifecycle.stopSignal');
      assert.equal(at('Pod', 'spec.containers.0.lifecycle.preStop.exec.command'), 'k8s.container.lifecycle');
      assert.equal(entry('k8s.container.lifecycle.stopSignal').layer, 'build/run');
      assert.deepEqual([entry('k8s.container.lifecycle.stopSignal').state, entry('k8s.container.lifecycle.stopSignal').since], ['alpha', '1.33']);
    });

    it('reads hostPort as a placement constraint and containerPort as informational', () => {
      assert.equal(at('Pod', 'spec.containers.0.ports.0.hostPort'), 'k8s.container.ports.hostPort');
      assert.equal(entry('k8s.container.ports.hostPort').layer, 'schedule/scale');
      assert.equal(entry('k8s.container.ports.hostPort').phase, 'schedule');
      assert.equal(at('Pod', 'spec.containers.0.ports.0.containerPort'), 'k8s.container.ports.containerPort');
      assert.equal(entry('k8s.container.ports.containerPort').layer, 'build/run');
      assert.ok(refs('k8s.container.ports.containerPort').includes('dockerfile:EXPOSE'));
      assert.equal(at('Pod', 'spec.containers.0.ports.0.name'), 'k8s.container.ports');
    });

    it('reads Deployment → template → spec → containers with the Container shape', () => {
      const chain: [string, string, string][] = [
        ['Deployment', 'spec', 'DeploymentSpec'],
        ['DeploymentSpec', 'template', 'PodTemplateSpec'],
        ['PodTemplateSpec', 'spec', 'PodSpec'],
        ['PodSpec', 'containers', 'Container'],
      ];
      for (const [shape, key, next] of chain) assert.equal(kubernetesShapes[shape].fields[key].shape, next, `${shape}.${key}`);
      const steps: [string, string][] = [
        ['spec', 'k8s.workload.spec'],
        ['spec.replicas', 'k8s.workload.replicas'],
        ['spec.template', 'k8s.workload.template'],
        ['spec.template.metadata.labels.app', 'k8s.metadata.labels'],
        ['spec.template.spec', 'k8s.pod.spec'],
        ['spec.template.spec.containers', 'k8s.pod.containers'],
        ['spec.template.spec.containers.0.image', 'k8s.container.image'],
        ['spec.template.spec.containers.0.securityContext.runAsUser', 'k8s.container.securityContext.runAsUser'],
        ['spec.template.spec.containers.0.env.0.valueFrom.secretKeyRef', 'k8s.container.env'],
      ];
      for (const [path, id] of steps) assert.equal(at('Deployment', path), id, path);
    });

    it('reads pod templates inside every other workload the same way', () => {
      const image = 'k8s.container.image';
      assert.equal(at('CronJob', 'spec.jobTemplate.spec.template.spec.containers.0.image'), image);
      assert.equal(at('Job', 'spec.template.spec.initContainers.0.image'), image);
      for (const kind of ['ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet']) {
        assert.equal(at(kind, 'spec.template.spec.containers.0.args'), 'k8s.container.args', kind);
      }
      assert.equal(at('PodTemplate', 'template.spec.containers.0.command'), 'k8s.container.command');
      assert.equal(at('Pod', 'spec.ephemeralContainers.0.targetContainerName'), 'k8s.container.targetContainerName');
    });

    it('does not confuse a claim size with container requests', () => {
      assert.equal(at('StatefulSet', 'spec.volumeClaimTemplates.0.spec.resources.requests.storage'), 'k8s.pvc.resources');
      assert.equal(at('PersistentVolumeClaim', 'spec.resources.requests.storage'), 'k8s.pvc.resources');
    });

    it('keeps pod-level runtime settings build/run and cluster wiring schedule/scale', () => {
      const runtime = [
        'k8s.pod.hostNetwork', 'k8s.pod.hostPID', 'k8s.pod.hostIPC', 'k8s.pod.hostname', 'k8s.pod.hostAliases',
        'k8s.pod.imagePullSecrets', 'k8s.pod.securityContext', 'k8s.container.lifecycle', 'k8s.container.volumeMounts',
        'k8s.container.env', 'k8s.container.workingDir', 'k8s.container.image',
      ];
      const cluster = [
        'k8s.pod.containers', 'k8s.pod.volumes', 'k8s.pod.dnsPolicy', 'k8s.pod.subdomain', 'k8s.pod.nodeSelector',
        'k8s.pod.serviceAccountName', 'k8s.workload.replicas', 'k8s.hpa.spec', 'k8s.configmap.data', 'k8s.secret.data',
        'k8s.metadata.labels', 'k8s.status', 'k8s.crd.spec', 'k8s.service.targetPort',
      ];
      for (const id of runtime) assert.equal(entry(id).layer, 'build/run', id);
      for (const id of cluster) assert.equal(entry(id).layer, 'schedule/scale', id);
      assert.equal(at('Pod', 'spec.securityContext.fsGroup'), 'k8s.pod.securityContext.fsGroup');
      assert.equal(at('Pod', 'spec.securityContext.runAsUser'), 'k8s.container.securityContext.runAsUser');
    });

    it('tells labels apart from a Dockerfile LABEL', () => {
      assert.match(entry('k8s.metadata.labels').summary, /LABEL/);
      const label = entry('k8s.metadata.labels').counterparts.find((c) => c.ref === 'LABEL');
      assert.match(label?.note ?? '', /image metadata only/);
    });

    it('falls back to inferred orchestration for unknown kinds and root keys', () => {
      assert.equal(at('Widget', 'spec.replicas'), 'k8s.unknown');
      assert.equal(at('Widget', 'someRootKey.deep'), 'k8s.unknown');
      assert.equal(at('Widget', 'metadata.labels.app'), 'k8s.metadata.labels');
      assert.equal(at('Widget', 'data.key'), 'k8s.unknown.data');
      assert.equal(at('Deployment', 'strayRootKey'), 'k8s.object');
      assert.equal(at('ConfigMap', 'data.app.properties'), 'k8s.configmap.data');
      assert.equal(at('Event', 'involvedObject.name'), 'k8s.event');
    });
  });
});
