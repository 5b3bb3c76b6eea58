// Edits as VS Code reports them: applied in order, and the one span they changed.
import * as assert from 'node:assert/strict';
import { applyEdits, changedSpan } from '../../src/core/edits';

describe('edits', () => {
  it('applies edits in order, each in the offsets the previous left (multi-cursor: last first)', () => {
    const edits = [
      { start: 6, end: 6, text: '!' },
      { start: 0, end: 1, text: 'J' },
    ];
    assert.equal(applyEdits('hello world', edits), 'Jello !world');
    assert.deepEqual(changedSpan(11, edits), { start: 0, oldEnd: 6, newEnd: 7, delta: 1 });
  });

  it('spans an edit after an earlier one in the new offsets', () => {
    const edits = [
      { start: 0, end: 0, text: 'ab' },
      { start: 10, end: 12, text: '' },
    ];
    assert.deepEqual(changedSpan(20, edits), { start: 0, oldEnd: 10, newEnd: 10, delta: 0 });
  });

  it('refuses edits that do not fit the text', () => {
    assert.equal(applyEdits('abc', [{ start: 2, end: 9, text: '' }]), undefined);
    assert.equal(changedSpan(3, [{ start: -1, end: 0, text: '' }]), undefined);
    assert.equal(changedSpan(3, []), undefined);
  });
});
