// fieldAt: the field under a position — a key, its value, inside a list value, a Dockerfile flag or instruction —
// and nothing between documents or in comments.
import * as assert from 'node:assert/strict';
import { fieldAt, type ClassifiedFile } from '../../src/core';
import { analyzed, lines, offsetOf } from './helpers';

const MANIFEST = lines(
  '# a comment above',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: nginx:1.27',
  '    args:',
  '    - --port',
  '    - "8080"',
  '    ports: [{containerPort: 80}]',
  '---',
  '',
  'apiVersion: v1',
  'kind: Service',
);

const at = (a: ClassifiedFile, offset: number) => {
  const hit = fieldAt(a, offset);
  return hit && { path: hit.field.path, on: hit.on };
};

describe('fieldAt', () => {
  const a = analyzed('pod.yaml', MANIFEST);

  it('finds a key anywhere inside it, and the : after it', () => {
    const key = offsetOf(MANIFEST, 'image:');
    for (const o of [key, key + 3, key + 4, key + 5]) assert.deepEqual(at(a, o), { path: 'spec.containers[0].image', on: 'key' }, `offset ${o}`);
    assert.deepEqual(at(a, offsetOf(MANIFEST, 'apiVersion')), { path: 'apiVersion', on: 'key' });
  });

  it('finds the key whose scalar value covers the position', () => {
    assert.deepEqual(at(a, offsetOf(MANIFEST, 'nginx:1.27') + 6), { path: 'spec.containers[0].image', on: 'value' });
    assert.deepEqual(at(a, offsetOf(MANIFEST, 'web')), { path: 'metadata.name', on: 'value' });
  });

  it('answers inside a list value with the innermost key that holds it', () => {
    assert.deepEqual(at(a, offsetOf(MANIFEST, '--port') + 2), { path: 'spec.containers[0].args', on: 'value' });
    assert.deepEqual(at(a, offsetOf(MANIFEST, '"8080"')), { path: 'spec.containers[0].args', on: 'value' });
    assert.deepEqual(at(a, offsetOf(MANIFEST, 'containerPort')), { path: 'spec.containers[0].ports[0].containerPort', on: 'key' });
    assert.deepEqual(at(a, offsetOf(MANIFEST, '80}')), { path: 'spec.containers[0].ports[0].containerPort', on: 'value' });
  });

  it('answers in a map value with the parent key (the list dash of an item)', () => {
    assert.deepEqual(at(a, offsetOf(MANIFEST, '- name: app')), { path: 'spec.containers', on: 'value' });
  });

  it('finds nothing in a comment before any key, between documents or past the end', () => {
    assert.equal(fieldAt(a, 2), undefined, 'in the leading comment');
    assert.equal(fieldAt(a, offsetOf(MANIFEST, '---')), undefined, 'on the document marker');
    assert.equal(fieldAt(a, offsetOf(MANIFEST, '---') + 4), undefined, 'on the blank line after it');
    assert.equal(fieldAt(a, MANIFEST.length + 10), undefined);
    assert.equal(fieldAt(a, -1), undefined);
  });

  it('tells the documents apart', () => {
    const hit = fieldAt(a, offsetOf(MANIFEST, 'Service'));
    assert.equal(hit?.field.document, 1);
    assert.equal(hit?.field.resource, 'Service');
  });

  it('finds nothing in an unknown or skipped file', () => {
    assert.equal(fieldAt(analyzed('notes.txt', 'apiVersion: v1\nkind: Pod\n'), 3), undefined);
    assert.equal(fieldAt(analyzed('pod.yaml', 'apiVersion: v1\nkind: Pod\n\u0000'), 3), undefined);
  });

  describe('in a Dockerfile', () => {
    const text = lines('# syntax=docker/dockerfile:1', 'FROM golang:1.22 AS build', 'COPY --from=build /app /app', '', 'CMD ["/app"]');
    const d = analyzed('Dockerfile', text);

    it('finds the instruction on its keyword and its arguments', () => {
      assert.deepEqual(at(d, offsetOf(text, 'FROM') + 1), { path: 'FROM', on: 'key' });
      assert.deepEqual(at(d, offsetOf(text, 'AS build')), { path: 'FROM', on: 'value' });
      assert.deepEqual(at(d, offsetOf(text, '/app /app') + 5), { path: 'COPY', on: 'value' });
    });

    it('lets a flag win over its instruction', () => {
      assert.deepEqual(at(d, offsetOf(text, '--from') + 3), { path: 'COPY --from', on: 'flag' });
      assert.deepEqual(at(d, offsetOf(text, '=build')), { path: 'COPY --from', on: 'flag' });
    });

    it('finds a parser directive, and nothing on a blank line', () => {
      assert.deepEqual(at(d, offsetOf(text, 'syntax')), { path: '# syntax', on: 'directive' });
      assert.equal(fieldAt(d, offsetOf(text, '\n\nCMD') + 1), undefined);
    });
  });
});
