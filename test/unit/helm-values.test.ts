// A values file key by key: the layer of what each key feeds, mixed keys split into their children, unused keys null.
import * as assert from 'node:assert/strict';
import { classifyFile, isHelmValuesName, valueFieldAt } from '../../src/core';
import { traceChart } from '../../src/core/helm/trace';
import type { ValueField } from '../../src/core/helm/values';
import { lines } from './helpers';

const DEPLOYMENT = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  labels:',
  '    {{- toYaml .Values.podLabels | nindent 4 }}',
  'spec:',
  '  {{- if not .Values.autoscaling.enabled }}',
  '  replicas: {{ .Values.replicaCount }}',
  '  {{- end }}',
  '  template:',
  '    spec:',
  '      securityContext:',
  '        {{- toYaml .Values.podSecurityContext | nindent 8 }}',
  '      containers:',
  '        - name: app',
  '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
  '          imagePullPolicy: {{ .Values.image.pullPolicy }}',
  '          resources:',
  '            {{- toYaml .Values.resources | nindent 12 }}',
  '      {{- with .Values.nodeSelector }}',
  '      nodeSelector:',
  '        {{- toYaml . | nindent 8 }}',
  '      {{- end }}',
);

const VALUES = lines(
  'replicaCount: 1',
  'image:',
  '  repository: nginx',
  '  tag: ""',
  '  pullPolicy: IfNotPresent',
  'podLabels: {}',
  'podSecurityContext:',
  '  fsGroup: 2000',
  'resources:',
  '  limits:',
  '    cpu: 100m',
  '  requests:',
  '    cpu: 50m',
  'emptyResources: {}',
  'nodeSelector: {}',
  'autoscaling:',
  '  enabled: false',
  'unusedKey: 3',
);

function analyze(values = VALUES, templates = DEPLOYMENT): Map<string, ValueField> {
  const uses = traceChart([{ path: 'templates/deployment.yaml', text: templates }]);
  const file = classifyFile('chart/values.yaml', values, { kind: 'helm-values', uses });
  assert.equal(file.fields.length, 0, 'a values file has no manifest fields of its own');
  return new Map((file.values ?? []).map((f) => [f.path, f]));
}

describe('helm values', () => {
  it('gives each key the layer of the fields it feeds', () => {
    const v = analyze();
    assert.equal(v.get('replicaCount')?.layer, 'schedule/scale');
    assert.equal(v.get('image.repository')?.layer, 'build/run');
    assert.equal(v.get('image.pullPolicy')?.layer, 'build/run');
    assert.equal(v.get('image')?.layer, 'build/run');
    assert.equal(v.get('podLabels')?.layer, 'schedule/scale');
    assert.equal(v.get('podSecurityContext')?.layer, 'build/run');
    assert.equal(v.get('nodeSelector')?.layer, 'schedule/scale');
  });

  it('a key feeding both layers is mixed and its children split: resources → requests, limits', () => {
    const v = analyze();
    assert.equal(v.get('resources')?.layer, 'mixed');
    assert.equal(v.get('resources.requests')?.layer, 'schedule/scale');
    assert.equal(v.get('resources.requests.cpu')?.layer, 'schedule/scale');
    assert.equal(v.get('resources.limits')?.layer, 'build/run');
    assert.deepEqual(v.get('resources.limits')?.feeds.map((f) => `${f.kind} ${f.path}`), ['Deployment spec.template.spec.containers[0].resources.limits']);
  });

  it('an empty map rendered into a field with both layers below it is mixed too', () => {
    const uses = traceChart([{ path: 'templates/d.yaml', text: DEPLOYMENT.replace('.Values.resources', '.Values.emptyResources') }]);
    const file = classifyFile('values.yaml', VALUES, { kind: 'helm-values', uses });
    assert.equal(file.values?.find((f) => f.path === 'emptyResources')?.layer, 'mixed');
  });

  it('a key used only as a condition takes the layer of what it guards', () => {
    const v = analyze();
    assert.equal(v.get('autoscaling.enabled')?.layer, 'schedule/scale');
    assert.deepEqual(v.get('autoscaling.enabled')?.feeds, [{ template: 'templates/deployment.yaml', line: 8, kind: 'Deployment', path: 'spec.replicas', layer: 'schedule/scale', condition: true }]);
  });

  it('a key no template uses is null with no feeds', () => {
    const v = analyze();
    assert.equal(v.get('unusedKey')?.layer, null);
    assert.deepEqual(v.get('unusedKey')?.feeds, []);
  });

  it('feeds carry template, line, kind and path', () => {
    const v = analyze();
    assert.deepEqual(v.get('nodeSelector')?.feeds.map((f) => [f.template, f.line, f.kind, f.path, f.condition ?? false]), [
      ['templates/deployment.yaml', 23, 'Deployment', 'spec.template.spec.nodeSelector', false],
      ['templates/deployment.yaml', 21, 'Deployment', 'spec.template.spec.nodeSelector', true],
    ]);
  });

  it('list items of a values key are reached through range', () => {
    const templates = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: s', 'spec:', '  ports:', '  {{- range .Values.ports }}', '    - port: {{ .port }}', '  {{- end }}');
    const v = analyze(lines('ports:', '  - port: 80', '    name: http'), templates);
    assert.equal(v.get('ports[0].port')?.layer, 'schedule/scale');
    assert.equal(v.get('ports')?.layer, 'schedule/scale');
  });

  it('without a chart every key is unused; broken YAML still answers for what parses', () => {
    const file = classifyFile('values.yaml', 'a: 1\nb: [\n', { kind: 'helm-values' });
    assert.equal(file.values?.[0]?.layer, null);
    assert.ok(file.problems.length > 0);
  });

  it('recognizes values.yaml and values-*.yaml by name', () => {
    for (const name of ['values.yaml', 'values.yml', 'chart/values-prod.yaml', 'a\\values-dev.yml']) assert.ok(isHelmValuesName(name), name);
    for (const name of ['myvalues.yaml', 'values.json', 'values', 'Chart.yaml']) assert.ok(!isHelmValuesName(name), name);
  });
});

describe('helm values: spread maps', () => {
  it("toYaml of a values map among a pod spec's keys: each of its keys gets the layer of the field it becomes", () => {
    const templates = lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  {{- toYaml .Values.podExtra | nindent 2 }}', '  hostname: p');
    const v = analyze(lines('podExtra:', '  nodeName: n1', '  hostUsers: false'), templates);
    assert.equal(v.get('podExtra.nodeName')?.layer, 'schedule/scale');
    assert.deepEqual(v.get('podExtra.nodeName')?.feeds.map((f) => f.path), ['spec.nodeName']);
    assert.equal(v.get('podExtra.hostUsers')?.layer, 'build/run');
    assert.equal(v.get('podExtra')?.layer, 'mixed');
  });
});

describe('helm values: valueFieldAt', () => {
  it('finds the innermost key under an offset, on the key or its value', () => {
    const file = classifyFile('values.yaml', VALUES, { kind: 'helm-values' });
    const at = (needle: string, delta = 0) => valueFieldAt(file.values ?? [], VALUES.indexOf(needle) + delta)?.path;
    assert.equal(at('repository'), 'image.repository');
    assert.equal(at('nginx'), 'image.repository');
    assert.equal(at('cpu: 50m', 6), 'resources.requests.cpu');
    assert.equal(at('requests:'), 'resources.requests');
    assert.equal(at('replicaCount'), 'replicaCount');
  });
});
