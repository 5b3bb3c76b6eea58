// The merged tables: ids from different files must not shadow each other, and data that points at
// entries (cross-layer notes) must point at real ones.
import assert from 'node:assert/strict';
import { composeEntries } from '../../src/core/tables';
import { composeShapes } from '../../src/core/tables';
import { crossNotes } from '../../src/core/tables';
import { dockerfileEntries } from '../../src/core/tables';
import { entries } from '../../src/core/tables';
import { kubernetesEntries } from '../../src/core/tables';
import { kubernetesShapes } from '../../src/core/tables';

function overlap(a: object, b: object): string[] {
  return Object.keys(a).filter((k) => Object.prototype.hasOwnProperty.call(b, k));
}

describe('merged layer tables', () => {
  it('has no shape id defined by both the Kubernetes and the Compose tables', () => {
    assert.deepEqual(overlap(kubernetesShapes, composeShapes), []);
  });

  it('has no entry id defined twice across the three tables', () => {
    assert.deepEqual(overlap(kubernetesEntries, composeEntries), []);
    assert.deepEqual(overlap(kubernetesEntries, dockerfileEntries), []);
    assert.deepEqual(overlap(composeEntries, dockerfileEntries), []);
  });

  it('attaches cross-layer notes only to entries that exist', () => {
    const missing = Object.keys(crossNotes).filter((id) => !entries[id]);
    assert.deepEqual(missing, []);
  });
});
