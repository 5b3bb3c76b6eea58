// The Kustomize layer tables on their own: ids, shapes, wording, and the layer of each kustomization key as the
// issue and the kustomize reference give it.
import * as assert from 'node:assert/strict';
import { kustomizeEntries, kustomizeEntriesWithoutCounterparts, kustomizeShapes } from '../../src/core/tables';
import { danglingRefs, entryAt, rowProblems, unreachableShapes } from './layer-table-checks';

const at = (...path: (string | number)[]): string => entryAt(kustomizeShapes, 'Kustomization', 'kustomize.kustomization', path);
const layerAt = (...path: (string | number)[]): string => kustomizeEntries[at(...path)].layer;

describe('kustomize tables', () => {
  it('has well-formed rows: two layers, known phases and guides, one-sentence summaries', () => {
    assert.deepEqual(rowProblems(kustomizeEntries, 'kubernetes'), []);
  });

  it('points every rule at an existing entry and shape, and reaches every shape and entry', () => {
    assert.deepEqual(danglingRefs(kustomizeShapes, kustomizeEntries), []);
    assert.deepEqual(unreachableShapes(kustomizeShapes, 'Kustomization'), []);
    const used = new Set(['kustomize.kustomization']);
    for (const s of Object.values(kustomizeShapes)) {
      for (const r of [...Object.values(s.fields), ...(s.otherwise ? [s.otherwise] : [])]) if (r.entry) used.add(r.entry);
    }
    assert.deepEqual(Object.keys(kustomizeEntries).filter((id) => !used.has(id)), []);
  });

  it('gives a counterpart to every row not listed as cluster-only, and none to those listed', () => {
    for (const [id, e] of Object.entries(kustomizeEntries)) {
      assert.equal(e.counterparts.length === 0, kustomizeEntriesWithoutCounterparts.includes(id), id);
    }
  });

  it('reads images as build/run: they change the image each container runs', () => {
    assert.equal(at('images'), 'kustomize.images');
    assert.equal(at('images', 0, 'newTag'), 'kustomize.images');
    assert.equal(layerAt('images', 0, 'digest'), 'build/run');
  });

  it('reads replicas as scale, and names, namespace, labels and annotations as identity, all schedule/scale', () => {
    assert.equal(at('replicas', 0, 'count'), 'kustomize.replicas');
    assert.equal(kustomizeEntries['kustomize.replicas'].phase, 'scale');
    for (const key of ['namePrefix', 'nameSuffix', 'namespace', 'labels', 'commonLabels', 'commonAnnotations']) {
      const e = kustomizeEntries[at(key)];
      assert.equal(e.layer, 'schedule/scale', key);
      assert.equal(e.phase, 'identity', key);
    }
    assert.equal(at('labels', 0, 'pairs', 'app'), 'kustomize.labels');
  });

  it('gives each composing, patching and generating key its own role', () => {
    const keys = [
      'resources', 'components', 'bases', 'patches', 'patchesStrategicMerge', 'patchesJson6902', 'configMapGenerator',
      'secretGenerator', 'generatorOptions', 'helmCharts', 'crds', 'replacements', 'vars', 'configurations',
    ];
    for (const key of keys) {
      assert.equal(at(key), `kustomize.${key}`, key);
      assert.equal(layerAt(key), 'schedule/scale', key);
    }
    assert.equal(kustomizeEntries['kustomize.configMapGenerator'].phase, 'config');
    assert.equal(at('patches', 0, 'target', 'kind'), 'kustomize.patch.target');
    assert.equal(at('patchesJson6902', 1, 'path'), 'kustomize.patchesJson6902');
    assert.equal(at('openapi', 'path'), 'kustomize.kustomization');
  });
});
