// The YAML classifier end to end (classifyFile → fields): the Deployment → template → Pod → container chain, CronJob's
// jobTemplate, List items, unknown kinds read by shape, Compose x- blocks and deploy keys.
import * as assert from 'node:assert/strict';
import { buildReport, type ClassifiedFile } from '../../src/core';
import { entries } from '../../src/core/tables';
import { analyzed, field, lines } from './helpers';

const DEPLOYMENT = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  replicas: 3',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:',
  '      nodeSelector: {disk: ssd}',
  '      containers:',
  '      - name: app',
  '        image: nginx',
  '        command: [nginx]',
  '        args: ["-g", "daemon off;"]',
  '        resources:',
  '          requests: {cpu: 100m}',
  '          limits: {memory: 1Gi}',
  '        livenessProbe: {httpGet: {path: /, port: 80}}',
);
const CONTAINER = 'spec.template.spec.containers[0]';

const layerOf = (a: ClassifiedFile, path: string) => field(a, path).entry.layer;
const idOf = (a: ClassifiedFile, path: string) => field(a, path).entryId;

describe('classify (YAML)', () => {
  describe('Deployment → template → Pod → container', () => {
    const a = analyzed('deploy.yaml', DEPLOYMENT);

    it('gives every key a field with a real entry, in document order', () => {
      assert.equal(a.fields.length, 27);
      for (const f of a.fields) assert.equal(f.entry, entries[f.entryId], f.path);
      assert.ok(a.fields.every((f, i) => i === 0 || a.fields[i - 1].keyStart < f.keyStart));
    });

    it('reads the container fields with the container table: what one container runs is build/run', () => {
      assert.equal(idOf(a, `${CONTAINER}.image`), 'k8s.container.image');
      assert.equal(idOf(a, `${CONTAINER}.command`), 'k8s.container.command');
      assert.equal(idOf(a, `${CONTAINER}.args`), 'k8s.container.args');
      for (const key of ['name', 'image', 'command', 'args']) assert.equal(layerOf(a, `${CONTAINER}.${key}`), 'build/run', key);
    });

    it('splits resources: requests feed the scheduler, limits are enforced by the runtime', () => {
      assert.equal(idOf(a, `${CONTAINER}.resources.requests`), 'k8s.container.resources.requests');
      assert.equal(layerOf(a, `${CONTAINER}.resources.requests.cpu`), 'schedule/scale');
      assert.equal(idOf(a, `${CONTAINER}.resources.limits.memory`), 'k8s.container.resources.limits');
      assert.equal(layerOf(a, `${CONTAINER}.resources.limits.memory`), 'build/run');
    });

    it('puts replicas, placement, the probe and object identity in schedule/scale', () => {
      assert.equal(idOf(a, 'spec.replicas'), 'k8s.workload.replicas');
      for (const path of ['spec.replicas', 'spec.template.spec.nodeSelector.disk', `${CONTAINER}.livenessProbe.httpGet.port`, 'metadata.name', 'apiVersion']) {
        assert.equal(layerOf(a, path), 'schedule/scale', path);
      }
    });

    it('lets keys below an opaque key inherit its entry (labels, probe handlers)', () => {
      assert.equal(idOf(a, 'spec.template.metadata.labels.app'), idOf(a, 'spec.template.metadata.labels'));
      assert.equal(idOf(a, `${CONTAINER}.livenessProbe.httpGet.path`), 'k8s.container.livenessProbe');
    });

    it('names the object on every field, and Kubernetes as the orchestrator', () => {
      assert.ok(a.fields.every((f) => f.resource === 'Deployment/web' && !f.inferred));
      assert.deepEqual(buildReport(a).orchestrators, ['kubernetes']);
    });

    it('carries cross-layer notes where a field overrides the image', () => {
      const notes = buildReport(a).notes.map((n) => n.path);
      assert.ok(notes.includes(`${CONTAINER}.command`) && notes.includes(`${CONTAINER}.args`), notes.join(', '));
    });
  });

  describe('CronJob → jobTemplate → Job → template → Pod', () => {
    const a = analyzed('cron.yaml', lines(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: nightly}',
      'spec:',
      '  schedule: "0 3 * * *"',
      '  jobTemplate:',
      '    spec:',
      '      backoffLimit: 2',
      '      template:',
      '        spec:',
      '          restartPolicy: OnFailure',
      '          containers:',
      '          - name: job',
      '            image: busybox',
      '            command: [sh, -c, date]',
    ));
    const c = 'spec.jobTemplate.spec.template.spec.containers[0]';

    it('reaches the container through the job template with the same entries as a Deployment', () => {
      const d = analyzed('deploy.yaml', DEPLOYMENT);
      assert.equal(idOf(a, `${c}.command`), idOf(d, `${CONTAINER}.command`));
      assert.equal(idOf(a, `${c}.image`), 'k8s.container.image');
      assert.equal(idOf(a, 'spec.jobTemplate.spec.template.spec.restartPolicy'), 'k8s.pod.restartPolicy');
    });

    it('gives the schedule and the job fields their own orchestration entries', () => {
      assert.equal(idOf(a, 'spec.schedule'), 'k8s.cronjob.schedule');
      assert.equal(layerOf(a, 'spec.schedule'), 'schedule/scale');
      assert.equal(layerOf(a, 'spec.jobTemplate.spec.backoffLimit'), 'schedule/scale');
      assert.notEqual(idOf(a, 'spec.jobTemplate.spec.backoffLimit'), idOf(a, 'spec.jobTemplate'));
    });
  });

  describe('kind: List', () => {
    const list = lines(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: one}',
      '  spec:',
      '    containers: [{name: c, image: nginx}]',
      '- apiVersion: apps/v1',
      '  kind: Deployment',
      '  metadata: {name: web}',
      '  spec:',
      '    replicas: 2',
    );
    const a = analyzed('list.yaml', list);

    it('reads each item as an object of its own kind, named after it', () => {
      assert.equal(idOf(a, 'items[0].spec.containers[0].image'), 'k8s.container.image');
      assert.equal(field(a, 'items[0].spec.containers[0].image').resource, 'Pod/one');
      assert.equal(idOf(a, 'items[1].spec.replicas'), 'k8s.workload.replicas');
      assert.equal(field(a, 'items[1].spec.replicas').resource, 'Deployment/web');
      assert.equal(idOf(a, 'items[1].kind'), idOf(a, 'kind'));
    });

    it('does not mark known items as guesses', () => {
      assert.ok(a.fields.every((f) => !f.inferred));
      assert.equal(a.fields.length, 17);
    });
  });

  describe('unknown kinds (CRDs)', () => {
    const a = analyzed('widget.yaml', lines(
      'apiVersion: example.com/v1',
      'kind: Widget',
      'metadata: {name: w}',
      'spec:',
      '  size: 3',
      '  workers:',
      '  - name: a',
      '    image: busybox',
      '    command: [sh]',
      '    resources: {limits: {cpu: 1}}',
      '  pod:',
      '    containers:',
      '    - name: b',
      '      image: nginx',
      '    nodeSelector: {x: y}',
      '  notContainers:',
      '  - name: only-a-name',
    ));

    it('marks every answer inferred', () => {
      assert.ok(a.fields.every((f) => f.inferred === true && f.resource === 'Widget/w'));
    });

    it('reads any list of maps with name and image as containers', () => {
      assert.equal(idOf(a, 'spec.workers'), 'k8s.pod.containers');
      assert.equal(idOf(a, 'spec.workers[0].image'), 'k8s.container.image');
      assert.equal(idOf(a, 'spec.workers[0].command'), 'k8s.container.command');
      assert.equal(idOf(a, 'spec.workers[0].resources.limits.cpu'), 'k8s.container.resources.limits');
    });

    it('reads a map holding such a containers list as a pod spec', () => {
      assert.equal(idOf(a, 'spec.pod.containers[0].image'), 'k8s.container.image');
      assert.equal(idOf(a, 'spec.pod.nodeSelector'), 'k8s.pod.nodeSelector');
    });

    it('leaves everything else with the unknown-kind entry, in schedule/scale', () => {
      assert.equal(idOf(a, 'spec.size'), 'k8s.unknown');
      assert.equal(idOf(a, 'spec.notContainers[0].name'), 'k8s.unknown');
      assert.equal(layerOf(a, 'spec.size'), 'schedule/scale');
    });

    it('shows `inferred` in the report', () => {
      const fields = buildReport(a).groups.flatMap((g) => g.fields);
      assert.ok(fields.length === a.fields.length && fields.every((f) => f.inferred === true));
    });
  });

  describe('Compose', () => {
    const text = lines(
      'x-common: &common',
      '  restart: always',
      '  deploy: {replicas: 5}',
      'services:',
      '  web:',
      '    <<: *common',
      '    image: nginx',
      '    x-meta: {team: a}',
      '    restart: unless-stopped',
      '    deploy:',
      '      replicas: 2',
      '      resources:',
      '        limits: {cpus: "0.5"}',
      '        reservations: {memory: 1G}',
      '      placement: {constraints: [node.role==worker]}',
    );
    const a = analyzed('compose.yaml', text);

    it('reads x- blocks, at the root and in a service, as inert extensions, whatever they hold', () => {
      for (const path of ['x-common', 'x-common.restart', 'x-common.deploy.replicas', 'services.web.x-meta.team']) {
        assert.equal(idOf(a, path), 'compose.extension', path);
      }
    });

    it('keeps the service keys the engine acts on in build/run', () => {
      for (const path of ['services.web.image', 'services.web.restart']) assert.equal(layerOf(a, path), 'build/run', path);
      assert.equal(idOf(a, 'services.web.image'), 'compose.service.image');
    });

    it('puts deploy keys in schedule/scale under Swarm, except limits the runtime enforces', () => {
      assert.equal(idOf(a, 'services.web.deploy.replicas'), 'compose.deploy.replicas');
      for (const path of ['services.web.deploy', 'services.web.deploy.replicas', 'services.web.deploy.resources.reservations.memory', 'services.web.deploy.placement.constraints']) {
        assert.equal(layerOf(a, path), 'schedule/scale', path);
      }
      assert.equal(idOf(a, 'services.web.deploy.resources.limits.cpus'), 'compose.deploy.resources.limits');
      assert.equal(layerOf(a, 'services.web.deploy.resources.limits.cpus'), 'build/run');
      assert.deepEqual(buildReport(a).orchestrators, ['swarm']);
    });

    it('has no resource names or guesses', () => {
      assert.ok(a.fields.every((f) => f.resource === undefined && !f.inferred));
    });
  });

  it('names objects whose name is built by template actions as written, never as the masking filler', () => {
    const a = analyzed(
      'templates/policy.yaml',
      lines(
        'apiVersion: networking.k8s.io/v1',
        'kind: NetworkPolicy',
        'metadata:',
        '  name: {{ include "chart.fullname" . }}-namespace-only',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        `  name: "{{ .Values.${'averyverylongvaluename'.repeat(3)}.name }}"`,
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: plain',
      ),
    );
    const names = [...new Set(a.fields.map((f) => f.resource))];
    assert.equal(names[0], 'NetworkPolicy/{{ include "chart.fullname" . }}-namespace-only');
    assert.match(names[1]!, /^Secret\/\{\{ \.Values\.averyvery.*…$/);
    assert.equal(names[1]!.length, 'Secret/'.length + 60);
    assert.equal(names[2], 'ConfigMap/plain');
    assert.ok(a.fields.every((f) => !/__/.test(f.resource ?? '')));
  });

  it('stops descending past 200 levels without losing the keys above', () => {
    let text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n';
    for (let i = 0; i < 240; i++) text += ' '.repeat(2 * (i + 1)) + `k${i}:\n`;
    const a = analyzed('deep.yaml', text);
    assert.deepEqual(a.problems, []);
    assert.ok(a.fields.length > 200 && a.fields.length < 240, `${a.fields.length} fields`);
    field(a, 'data.k0.k1');
  });
});
