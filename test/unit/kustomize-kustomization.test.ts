// A kustomization file: recognized by name or content, its keys by the Kustomization shape, its inline patches
// (operation lists, YAML and JSON strings, strategic-merge manifests) at their real positions, and the patch files
// it names with their targets.
import * as assert from 'node:assert/strict';
import { classifyFile, fieldAt, kindFromName, patchFileRefs, recognize } from '../../src/core';
import { documentKind } from '../../src/core/editor-language';
import { field, lines } from './helpers';

const KUSTOMIZATION = lines(
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'namespace: shop',
  'resources:',
  '- ../base',
  'images:',
  '- name: web',
  '  newTag: "1.2"',
  'patches:',
  '- target: {kind: Deployment, name: web}',
  '  patch: |-',
  '    - op: replace',
  '      path: /spec/replicas',
  '      value: 4',
  '- target:',
  '    kind: Deployment',
  `  patch: '[{"op": "add", "path": "/spec/template/spec/containers/0/args/-", "value": "-v"}]'`,
  '- patch: |-',
  '    apiVersion: apps/v1',
  '    kind: Deployment',
  '    metadata: {name: web}',
  '    spec:',
  '      template:',
  '        spec:',
  '          nodeSelector: {disk: ssd}',
  '- path: patches/limits.yaml',
  '  target: {kind: StatefulSet, name: db}',
  'patchesJson6902:',
  '- target: {group: apps, version: v1, kind: Deployment, name: web}',
  '  patch:',
  '  - {op: remove, path: /spec/template/spec/containers/0/resources/limits}',
  '- path: replicas.json',
  'patchesStrategicMerge:',
  '- memory.yaml',
);

describe('kustomization files', () => {
  it('is recognized by its names and by its apiVersion, also in the editor', () => {
    for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) assert.equal(kindFromName(name), 'kustomization');
    assert.equal(kindFromName('kustomization.yaml.bak'), undefined);
    assert.equal(recognize('overlays/prod/kustomization.yaml', 'resources: [a.yaml]\n'), 'kustomization');
    assert.equal(recognize('prod.yaml', KUSTOMIZATION), 'kustomization');
    assert.equal(recognize('component.yaml', lines('apiVersion: kustomize.config.k8s.io/v1alpha1', 'kind: Component')), 'kustomization');
    assert.equal(recognize('deploy.yaml', lines('apiVersion: apps/v1', 'kind: Deployment')), 'kubernetes');
    assert.equal(documentKind('yaml', '/w/kustomization.yaml', 'resources: []\n'), 'kustomization');
    // Flux's Kustomization is a custom resource, whatever the file is called.
    const flux = lines('apiVersion: kustomize.toolkit.fluxcd.io/v1', 'kind: Kustomization', 'spec: {path: ./apps}');
    assert.equal(recognize('kustomization.yaml', flux), 'kubernetes');
    assert.equal(documentKind('yaml', '/w/kustomization.yaml', flux), 'kubernetes');
  });

  it('gives the kustomization keys their rows', () => {
    const a = classifyFile('kustomization.yaml', KUSTOMIZATION);
    assert.equal(a.kind, 'kustomization');
    assert.equal(field(a, 'images[0].newTag').entryId, 'kustomize.images');
    assert.equal(field(a, 'images').entry.layer, 'build/run');
    assert.equal(field(a, 'namespace').entryId, 'kustomize.namespace');
    assert.equal(field(a, 'patches[0].target.kind').entryId, 'kustomize.patch.target');
    assert.equal(field(a, 'patches[3].path').entryId, 'kustomize.patches');
  });

  it('reads inline JSON 6902 patches as operations against their target, in document order', () => {
    const a = classifyFile('kustomization.yaml', KUSTOMIZATION);
    const ops = a.fields.filter((f) => f.path.startsWith('/'));
    assert.deepEqual(ops.map((f) => [f.path, f.entry.layer, f.resource]), [
      ['/spec/replicas', 'schedule/scale', 'Deployment/web'],
      ['/spec/template/spec/containers/0/args/-', 'build/run', 'Deployment'],
      ['/spec/template/spec/containers/0/resources/limits', 'build/run', 'Deployment/web'],
    ]);
    const starts = a.fields.map((f) => f.keyStart);
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
    // Each operation sits where it is written, block scalar, quoted JSON or list alike.
    assert.equal(KUSTOMIZATION.slice(ops[0].keyStart, ops[0].keyEnd), 'op');
    assert.equal(KUSTOMIZATION.slice(ops[1].keyStart, ops[1].keyEnd), '"op"');
    assert.equal(fieldAt(a, KUSTOMIZATION.indexOf('/spec/replicas'))?.field, ops[0]);
    assert.equal(fieldAt(a, KUSTOMIZATION.indexOf('"-v"'))?.field, ops[1]);
  });

  it('reads an inline strategic-merge patch as a manifest at its real lines', () => {
    const a = classifyFile('kustomization.yaml', KUSTOMIZATION);
    const node = field(a, 'spec.template.spec.nodeSelector');
    assert.equal(node.entryId, 'k8s.pod.nodeSelector');
    assert.equal(node.resource, 'Deployment/web');
    assert.equal(KUSTOMIZATION.slice(node.keyStart, node.keyEnd), 'nodeSelector');
  });

  it('lists the patch files it names, with their targets', () => {
    assert.deepEqual(patchFileRefs(KUSTOMIZATION), [
      { path: 'patches/limits.yaml', target: { kind: 'StatefulSet', name: 'db' }, json6902: false },
      { path: 'replicas.json', json6902: true },
    ]);
    assert.deepEqual(patchFileRefs('{{ broken'), []);
    assert.deepEqual(patchFileRefs('- a\n'), []);
  });
});
