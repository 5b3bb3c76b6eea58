// JSON 6902 operations as fields: one per operation, its path the patch path, its layer that of the field the path
// points at in the target kind; block and flow style; anywhere on the operation answers.
import * as assert from 'node:assert/strict';
import { classifyFile, fieldAt, recognize } from '../../src/core';
import { lines, offsetOf } from './helpers';

const BLOCK = lines(
  '- op: replace',
  '  path: /spec/replicas',
  '  value: 3',
  '- op: replace',
  '  path: /spec/template/spec/containers/0/image',
  '  value: web:2',
);
const FLOW = '[{"op": "add", "path": "/spec/template/spec/nodeSelector", "value": {"disk": "ssd"}}, {"op": "remove", "path": "/spec/template/spec/containers/0/resources/limits"}]\n';

describe('kustomize JSON 6902 patches', () => {
  it('is recognized by content, block or flow, and not mistaken for other lists', () => {
    assert.equal(recognize('patch.yaml', BLOCK), 'json-patch');
    assert.equal(recognize('patch.yaml', `# comment\n---\n${BLOCK}`), 'json-patch');
    assert.equal(recognize('patch.yaml', FLOW), 'json-patch');
    assert.equal(recognize('list.yaml', lines('- name: a', '  path: /b')), 'unknown');
    assert.equal(recognize('list.yaml', lines('- op: frobnicate', '  path: /b')), 'unknown');
  });

  it('makes one field per operation, with the patch path and the target field layer', () => {
    const a = classifyFile('patch.yaml', BLOCK, { kind: 'json-patch', patchTarget: { kind: 'Deployment', name: 'web' } });
    assert.deepEqual(a.fields.map((f) => [f.path, f.entry.layer, f.resource, f.inferred]), [
      ['/spec/replicas', 'schedule/scale', 'Deployment/web', undefined],
      ['/spec/template/spec/containers/0/image', 'build/run', 'Deployment/web', undefined],
    ]);
    assert.equal(a.fields[0].entry.phase, 'scale');
  });

  it('answers a hover anywhere on an operation, and points the field at its first key', () => {
    const a = classifyFile('patch.yaml', BLOCK, { kind: 'json-patch', patchTarget: { kind: 'Deployment' } });
    assert.equal(a.fields[1].keyStart, offsetOf(BLOCK, 'op', 1));
    for (const needle of ['op: replace', '/spec/template', 'web:2']) {
      const at = BLOCK.indexOf(needle, BLOCK.indexOf('- op', 1));
      assert.equal(fieldAt(a, at + 1)?.field.path, '/spec/template/spec/containers/0/image', needle);
    }
  });

  it('reads flow style, and without a target infers from the kinds that have the path', () => {
    const a = classifyFile('patch.json', FLOW, { kind: 'json-patch' });
    assert.deepEqual(a.fields.map((f) => [f.path, f.entry.layer, f.inferred]), [
      ['/spec/template/spec/nodeSelector', 'schedule/scale', true],
      ['/spec/template/spec/nodeSelector/disk', 'schedule/scale', true],
      ['/spec/template/spec/containers/0/resources/limits', 'build/run', true],
    ]);
    assert.equal(fieldAt(a, FLOW.indexOf('ssd'))?.field.path, '/spec/template/spec/nodeSelector/disk');
    assert.equal(fieldAt(a, FLOW.indexOf('"add"'))?.field.path, '/spec/template/spec/nodeSelector');
  });

  it('skips items that are not operations and survives broken input', () => {
    const text = lines('- op: add', '  path: /spec/paused', '- just text', '- op: add', '  value: 1', '- op: test', '  path: [');
    const a = classifyFile('patch.yaml', text, { kind: 'json-patch', patchTarget: { kind: 'Deployment' } });
    assert.deepEqual(a.fields.map((f) => f.path), ['/spec/paused']);
    assert.ok(a.problems.length > 0);
  });

  it('reads the keys of an added value as fields below the operation path, each with its own layer', () => {
    const text = lines(
      '- op: add',
      '  path: /spec/template/spec/containers/-',
      '  value:',
      '    name: sidecar',
      '    image: envoy:1.30',
      '    resources: {requests: {cpu: 100m}, limits: {memory: 64Mi}}',
    );
    const a = classifyFile('patch.yaml', text, { kind: 'json-patch', patchTarget: { kind: 'Deployment', name: 'web' } });
    assert.deepEqual(a.fields.map((f) => [f.path, f.entry.layer]), [
      ['/spec/template/spec/containers/-', 'schedule/scale'],
      ['/spec/template/spec/containers/-/name', 'build/run'],
      ['/spec/template/spec/containers/-/image', 'build/run'],
      ['/spec/template/spec/containers/-/resources', 'build/run'],
      ['/spec/template/spec/containers/-/resources/requests', 'schedule/scale'],
      ['/spec/template/spec/containers/-/resources/requests/cpu', 'schedule/scale'],
      ['/spec/template/spec/containers/-/resources/limits', 'build/run'],
      ['/spec/template/spec/containers/-/resources/limits/memory', 'build/run'],
    ]);
    assert.ok(a.fields.every((f) => f.resource === 'Deployment/web'));
    // A hover on a key of the value answers for that key; elsewhere on the operation, for the operation.
    assert.equal(fieldAt(a, text.indexOf('envoy'))?.field.path, '/spec/template/spec/containers/-/image');
    assert.equal(fieldAt(a, text.indexOf('value:'))?.field.path, '/spec/template/spec/containers/-');
  });
});
