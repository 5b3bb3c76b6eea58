// The hover in a Helm chart's values file through the language server (src/lsp/charts.ts), spoken to by the
// JSON-RPC client: the key's layer and the template fields it feeds, read from the chart's files on disk inside the
// workspace folders, and read again when a template changes.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toKey } from '../../src/cli/image-index';
import { Charts } from '../../src/lsp/charts';
import { initialized, shutdown, type Peer } from './lsp-peer';

const CHART = path.resolve(__dirname, '../../../test/fixtures/workspace/chart');

describe('LSP charts', () => {
  it('knows a values file beside a Chart.yaml inside the folders only, and forgets a chart whose file changed', () => {
    const charts = new Charts();
    const values = toKey(path.join(CHART, 'values.yaml'));
    const folder = toKey(CHART);
    assert.equal(charts.of(values, []), undefined, 'outside every workspace folder');
    assert.equal(charts.of(toKey(path.join(CHART, 'Chart.yaml')), [folder]), undefined, 'not a values file');
    const chart = charts.of(values, [path.dirname(folder)]);
    assert.equal(chart?.folder, folder);
    assert.ok((chart?.uses.length ?? 0) > 0);
    assert.equal(charts.of(values, [folder])?.uses, chart?.uses, 'traced once');
    charts.changed(`${folder}/templates/deployment.yaml`);
    assert.notEqual(charts.of(values, [folder])?.uses, chart?.uses, 'traced again after a change');
  });
});

describe('LSP hover in a values file', function () {
  this.timeout(30_000);
  let dir = '';
  let peer: Peer;
  let uri = '';
  let text = '';

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-lsp-chart-'));
    cpSync(CHART, path.join(dir, 'chart'), { recursive: true });
    const values = path.join(dir, 'chart/values.yaml');
    uri = pathToFileURL(values).href;
    text = readFileSync(values, 'utf8');
    peer = await initialized([dir], {});
    peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  });

  after(async () => {
    assert.equal(await shutdown(peer), 0);
    rmSync(dir, { recursive: true, force: true });
  });

  const hover = async (key: string): Promise<string | undefined> => {
    const line = text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
    const character = text.split('\n')[line].indexOf(key) + 1;
    const result = await peer.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    return result?.contents.value;
  };

  it('answers with the key’s layer and the template fields it feeds, as plain text without editor links', async () => {
    const replicas = await hover('replicaCount');
    assert.match(replicas ?? '', /^\*\*schedule\/scale · Kubernetes layer\*\* · `replicaCount`/);
    assert.ok(replicas?.includes('- feeds Deployment `spec.replicas` (templates/deployment.yaml:9)'), replicas);
    assert.doesNotMatch(replicas ?? '', /\$\(|command:|file:/);
    assert.match((await hover('repository')) ?? '', /^\*\*build\/run · Docker layer\*\*/);
    assert.match((await hover('unusedKey')) ?? '', /not used by any template/);
  });

  it('reads the chart again when a template changes on disk', async () => {
    assert.match((await hover('nodeSelector')) ?? '', /spec\.template\.spec\.nodeSelector/);
    const template = path.join(dir, 'chart/templates/deployment.yaml');
    writeFileSync(template, readFileSync(template, 'utf8').replace(/ {6}\{\{- with \.Values\.nodeSelector \}\}[\s\S]*$/, ''));
    peer.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(template).href, type: 2 }] });
    assert.match((await hover('nodeSelector')) ?? '', /not used by any template/);
  });
});
