// The words for values keys: layers, feeds and counts, the same in the CLI, the report and the hover.
import * as assert from 'node:assert/strict';
import { feedText, valueLayerText, valueLines, valuesCountsLine } from '../../src/core/format/values';
import type { ValueReportField } from '../../src/core/report';

const FEED = { template: 'templates/master/application.yaml', line: 123, kind: 'StatefulSet', path: 'spec.template.spec.nodeSelector', layer: 'schedule/scale' as const };

describe('format: helm values', () => {
  it('names each layer, mixed and unused', () => {
    assert.equal(valueLayerText('build/run'), 'build/run · Docker layer');
    assert.equal(valueLayerText('schedule/scale'), 'schedule/scale · Kubernetes layer');
    assert.equal(valueLayerText('mixed'), 'mixed · both layers');
    assert.equal(valueLayerText(null), 'not used by any template');
  });

  it('writes a feed as kind, path and template line; a guard and a whole object say so', () => {
    assert.equal(feedText(FEED), 'StatefulSet `spec.template.spec.nodeSelector` (templates/master/application.yaml:123)');
    assert.equal(feedText({ ...FEED, path: '', condition: true }), 'StatefulSet object (templates/master/application.yaml:123), decides whether it exists');
  });

  it('lists a key then its feeds, the feed layer shown where it differs from the key', () => {
    const v: ValueReportField = { document: 0, line: 3, column: 1, path: 'resources', layer: 'mixed', feeds: [{ ...FEED, path: 'spec.template.spec.containers[0].resources', layer: 'build/run' }] };
    assert.deepEqual(valueLines(v, '3:1', '  '), ['  3:1  resources — mixed · both layers', '      feeds StatefulSet `spec.template.spec.containers[0].resources` (templates/master/application.yaml:123) · build/run']);
    assert.equal(valuesCountsLine([v, { ...v, layer: null }]), '2 keys: 0 build/run, 0 schedule/scale, 1 mixed, 1 unused');
  });
});
