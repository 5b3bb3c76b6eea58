// The words for values keys: layers, feeds and counts, the same in the CLI, the report and the hover.
import * as assert from 'node:assert/strict';
import { FEED_LINE, feedText, valueHoverMarkdown, valueLayerText, valueLines, valueReportLines, valuesCountsLine } from '../../src/core/format/values';
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

  it('hover: layer and path, then each feed linked to its template line; many feeds end with "and N more"', () => {
    const v: ValueReportField = { document: 0, line: 1, column: 1, path: 'nodeSelector', layer: 'schedule/scale', feeds: [FEED, { ...FEED, condition: true }] };
    const md = valueHoverMarkdown(v, (f) => `file:///c/${f.template}#L${f.line}`);
    assert.equal(md, [
      '$(layers) **schedule/scale · Kubernetes layer** · `nodeSelector`',
      '',
      '- feeds StatefulSet `spec.template.spec.nodeSelector` ([templates/master/application.yaml:123](file:///c/templates/master/application.yaml#L123 "Open the template at this line"))',
      '- feeds StatefulSet `spec.template.spec.nodeSelector` ([templates/master/application.yaml:123](file:///c/templates/master/application.yaml#L123 "Open the template at this line")), decides whether it exists',
    ].join('\n'));
    // Without a link (the language server), the template and line stay text.
    assert.ok(valueHoverMarkdown(v).endsWith('- feeds StatefulSet `spec.template.spec.nodeSelector` (templates/master/application.yaml:123), decides whether it exists'));
    const many = valueHoverMarkdown({ ...v, feeds: Array.from({ length: 15 }, (_, i) => ({ ...FEED, line: i + 1 })) }, () => 'x');
    assert.ok(many.endsWith('- and 3 more (Explain This File lists them all)'), many);
    assert.ok(valueHoverMarkdown({ ...v, layer: null, feeds: [] }, () => 'x').includes('No template of this chart reads this key'));
  });

  it('report lines: a key line the link provider reads, its layer, feed lines whose template and line FEED_LINE finds', () => {
    const v: ValueReportField = { document: 0, line: 2, column: 1, path: 'nodeSelector', layer: 'schedule/scale', feeds: [{ ...FEED, condition: true }] };
    const lines = valueReportLines([v], (l, c, t) => `  L${l}:${c} ${t}`, '    ');
    assert.deepEqual(lines, ['  L2:1 nodeSelector', '    schedule/scale · Kubernetes layer', '    feeds StatefulSet `spec.template.spec.nodeSelector` (templates/master/application.yaml:123), decides whether it exists']);
    assert.deepEqual(FEED_LINE.exec(lines[2])?.slice(1, 3), ['templates/master/application.yaml', '123']);
    assert.deepEqual(FEED_LINE.exec('    feeds Deployment `a` (templates/d.yaml:9) · build/run')?.slice(1, 3), ['templates/d.yaml', '9']);
  });
});
