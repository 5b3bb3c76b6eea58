// What the Compare Runners page may send: only `{type: 'open', path, line}` for a path the page links to and a
// positive integer line. Everything else is dropped, never acted on.
import * as assert from 'node:assert/strict';
import { parseViewMessage } from '../../src/core/compare-view';

describe('Compare Runners messages', () => {
  const linked = new Set(['k8s/api.yaml', 'api/Dockerfile']);

  it('accepts an open of a linked path at a line', () => {
    assert.deepEqual(parseViewMessage({ type: 'open', path: 'k8s/api.yaml', line: 6 }, linked), { type: 'open', path: 'k8s/api.yaml', line: 6 });
    assert.deepEqual(parseViewMessage({ line: 1, path: 'api/Dockerfile', type: 'open' }, linked), { type: 'open', path: 'api/Dockerfile', line: 1 });
  });

  it('drops anything that is not a plain object of exactly those three keys', () => {
    for (const m of [undefined, null, 'open', 42, ['open', 'k8s/api.yaml', 6], { type: 'open', path: 'k8s/api.yaml' }, { type: 'open', path: 'k8s/api.yaml', line: 6, command: 'rm' }]) {
      assert.equal(parseViewMessage(m, linked), undefined, JSON.stringify(m));
    }
  });

  it('drops another type', () => {
    for (const type of ['OPEN', 'run', 'command', '', undefined]) assert.equal(parseViewMessage({ type, path: 'k8s/api.yaml', line: 6 }, linked), undefined, String(type));
  });

  it('drops a path the page does not link to: outside the workspace, traversal, another type', () => {
    for (const path of ['/etc/passwd', '../k8s/api.yaml', 'k8s/../k8s/api.yaml', 'K8S/API.YAML', '', 7, null, { toString: () => 'k8s/api.yaml' }]) {
      assert.equal(parseViewMessage({ type: 'open', path, line: 6 }, linked), undefined, String(path));
    }
  });

  it('drops a line that is not a positive integer', () => {
    for (const line of [0, -1, 1.5, NaN, Infinity, '6', null, 1e12]) {
      assert.equal(parseViewMessage({ type: 'open', path: 'k8s/api.yaml', line }, linked), undefined, String(line));
    }
  });
});
