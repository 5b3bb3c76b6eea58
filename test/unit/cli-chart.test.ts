// `layer-lens explain` on a chart's values files: recognized only beside a Chart.yaml, traced through the chart's
// templates, in JSON (layer + feeds), text and Markdown.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../cli.js');
const CHART = path.resolve(__dirname, '../../../test/fixtures/workspace/chart');

function explain(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'explain', ...args], { cwd: CHART, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface ValuesJson {
  files: { path: string; kind: string; fields: { path: string; line: number; layer: string | null; feeds: { template: string; line: number; kind: string; path: string }[] }[] }[];
}

describe('cli: helm values', () => {
  it('JSON: kind helm-values; each key has layer and feeds {template, line, kind, path}', () => {
    const run = explain('--format', 'json', 'values.yaml', 'values-prod.yaml');
    assert.equal(run.status, 0, run.stderr);
    const [values, prod] = (JSON.parse(run.stdout) as ValuesJson).files;
    assert.equal(values.kind, 'helm-values');
    assert.equal(prod.kind, 'helm-values');
    const key = (p: string) => values.fields.find((f) => f.path === p);
    assert.equal(key('replicaCount')?.layer, 'schedule/scale');
    assert.equal(key('image.repository')?.layer, 'build/run');
    assert.equal(key('resources')?.layer, 'mixed');
    assert.equal(key('resources.requests')?.layer, 'schedule/scale');
    assert.equal(key('resources.limits')?.layer, 'build/run');
    assert.equal(key('unusedKey')?.layer, null);
    // The name override reaches the manifest through include → define → nested include.
    assert.deepEqual(key('nameOverride')?.feeds.map((f) => f.path), ['metadata.name', 'metadata.labels', 'spec.selector.matchLabels["app.kubernetes.io/name"]']);
    const feed = prod.fields.find((f) => f.path === 'nodeSelector')?.feeds[0];
    assert.deepEqual(feed && { template: feed.template, line: feed.line, kind: feed.kind, path: feed.path }, { template: 'templates/deployment.yaml', line: 24, kind: 'Deployment', path: 'spec.template.spec.nodeSelector' });
  });

  it('text and Markdown say what each key feeds, with the template line', () => {
    const text = explain('values-prod.yaml').stdout;
    assert.match(text, /\(Helm values file\)/);
    assert.ok(text.includes('nodeSelector — schedule/scale · Kubernetes layer'), text);
    assert.ok(text.includes('feeds Deployment `spec.template.spec.nodeSelector` (templates/deployment.yaml:24)'), text);
    const md = explain('--format', 'markdown', 'values.yaml').stdout;
    assert.ok(md.includes('| `resources` | mixed · both layers | feeds Deployment `spec.template.spec.containers[0].resources` (templates/deployment.yaml:21)'), md);
    assert.ok(md.includes('| `unusedKey` | not used by any template |  |'), md);
  });

  it('a values.yaml without a Chart.yaml beside it is plain YAML, skipped as before', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-values-'));
    try {
      writeFileSync(path.join(dir, 'values.yaml'), 'replicaCount: 1\n');
      const run = explain('--format', 'json', path.join(dir, 'values.yaml'));
      assert.equal((JSON.parse(run.stdout) as ValuesJson).files[0].kind, 'unknown');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
