// JSON pointers resolved through the Kubernetes shapes: by the target kind when known, by what the kinds that have
// the path agree on when not.
import * as assert from 'node:assert/strict';
import { entryAtPointer, pointerJoin, pointerTokens } from '../../src/core/kustomize/pointer';
import { entries } from '../../src/core/tables';

describe('kustomize JSON pointers', () => {
  it('splits and unescapes reference tokens, and refuses what is not a pointer', () => {
    assert.deepEqual(pointerTokens('/metadata/labels/app.kubernetes.io~1name'), ['metadata', 'labels', 'app.kubernetes.io/name']);
    assert.deepEqual(pointerTokens('/a~0b'), ['a~b']);
    assert.deepEqual(pointerTokens(''), []);
    assert.equal(pointerTokens('spec/replicas'), undefined);
  });

  it('resolves a path in a known kind as the manifest walk would', () => {
    assert.deepEqual(entryAtPointer('Deployment', '/spec/replicas'), { entryId: 'k8s.workload.replicas', inferred: false });
    assert.equal(entryAtPointer('Deployment', '/spec/template/spec/containers/0/image').entryId, 'k8s.container.image');
    assert.equal(entryAtPointer('StatefulSet', '/spec/template/spec/containers/-').entryId, 'k8s.pod.containers');
    assert.equal(entryAtPointer('Deployment', '/spec/template/spec/containers/0/resources/requests/cpu').entryId, 'k8s.container.resources.requests');
    assert.equal(entryAtPointer('Deployment', '/spec/template/spec/containers/0/resources/limits/memory').entryId, 'k8s.container.resources.limits');
    assert.equal(entryAtPointer('Service', '/metadata/annotations/cloud.google.com~1neg').entryId, 'k8s.metadata.annotations');
  });

  it('gives layers by what the pointed field governs', () => {
    const layer = (kind: string, p: string) => entries[entryAtPointer(kind, p).entryId].layer;
    assert.equal(layer('Deployment', '/spec/replicas'), 'schedule/scale');
    assert.equal(layer('Deployment', '/spec/template/spec/containers/0/image'), 'build/run');
    assert.equal(layer('Deployment', '/spec/template/spec/containers/0/command'), 'build/run');
    assert.equal(layer('Deployment', '/spec/template/spec/nodeSelector'), 'schedule/scale');
  });

  it('infers across kinds when the target kind is unknown, and falls back to the custom-resource guess', () => {
    assert.deepEqual(entryAtPointer(undefined, '/spec/replicas'), { entryId: 'k8s.workload.replicas', inferred: true });
    assert.deepEqual(entryAtPointer('Rollout', '/spec/template/spec/containers/0/image'), { entryId: 'k8s.container.image', inferred: true });
    assert.deepEqual(entryAtPointer(undefined, '/spec/noSuchField/x'), { entryId: 'k8s.unknown', inferred: true });
  });

  it('gives the shape at the pointer, so the keys of a value can be read with it', () => {
    assert.equal(entryAtPointer('Deployment', '/spec/template/spec/containers/-').shapeId, 'Container');
    assert.equal(entryAtPointer(undefined, '/spec/template/spec/containers/0').shapeId, 'Container');
    assert.equal(entryAtPointer('Deployment', '/spec/replicas').shapeId, undefined);
  });

  it('joins a field path below a pointer, escaping as RFC 6901 says', () => {
    assert.equal(pointerJoin('/spec/template/spec/containers/-', 'resources.limits.memory'), '/spec/template/spec/containers/-/resources/limits/memory');
    assert.equal(pointerJoin('/spec', 'env[0].name'), '/spec/env/0/name');
    assert.equal(pointerJoin('/metadata/labels', '["app.kubernetes.io/name"]'), '/metadata/labels/app.kubernetes.io~1name');
    assert.equal(pointerJoin('', '["a~b"]'), '/a~0b');
  });
});
