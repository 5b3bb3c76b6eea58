import * as assert from 'node:assert/strict';
import { pull, push } from '../../src/core/multimap';

describe('multimap', () => {
  it('push starts a list at a new key and appends at a known one, in order', () => {
    const map = new Map<string, number[]>();
    push(map, 'a', 1);
    push(map, 'a', 2);
    push(map, 'b', 3);
    assert.deepEqual([...map], [['a', [1, 2]], ['b', [3]]]);
  });

  it('pull removes one value, and the key with its last value; unknown keys and values are left alone', () => {
    const map = new Map<string, number[]>([['a', [1, 2, 1]], ['b', [3]]]);
    pull(map, 'a', 1);
    assert.deepEqual(map.get('a'), [2, 1]);
    pull(map, 'b', 3);
    assert.equal(map.has('b'), false);
    pull(map, 'c', 1);
    pull(map, 'a', 9);
    assert.deepEqual([...map], [['a', [2, 1]]]);
  });
});
