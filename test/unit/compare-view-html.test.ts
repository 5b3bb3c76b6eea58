// The Compare Runners page as the core renders it: one table per image, a column per runner, build/run rows before
// schedule/scale ones, differences marked, every value linked to its line, everything from the workspace escaped,
// and a Content-Security-Policy that lets only the nonce'd script and the extension's stylesheet in.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { comparisonHtml, escapeHtml, FIELD_TITLES, linkedLines, rowsByLayer, type CompareHtmlOptions } from '../../src/core/compare-view';
import { ImageIndex } from '../../src/core/images';
import { compareRunners, FIELD_LAYERS, RUNNER_FIELDS, type RunnerComparison } from '../../src/core/runners';
import { REPO } from './helpers';

const FIXTURE = path.join(REPO, 'test/fixtures/runners');
const OPTIONS: CompareHtmlOptions = { nonce: 'n0nce', cspSource: 'vscode-webview://x', styleUri: 'vscode-webview://x/compare.css', scriptUri: 'vscode-webview://x/compare.js' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function fixtureComparison(): RunnerComparison {
  const index = new ImageIndex();
  for (const file of filesUnder(FIXTURE)) index.update(path.relative(FIXTURE, file).split(path.sep).join('/'), readFileSync(file, 'utf8'));
  return compareRunners(index);
}

/** The table of one image, from its heading to the end of its section. */
function section(html: string, image: string): string {
  const start = html.indexOf(`>${escapeHtml(image)}</h2>`);
  assert.ok(start > 0, `a section for ${image}`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('Compare Runners page', () => {
  const comparison = fixtureComparison();
  const html = comparisonHtml(comparison, OPTIONS);
  const api = comparison.images.find((i) => i.image === 'shop/api')!;

  it('one table per image, one column per runner with its kind and name', () => {
    assert.equal((html.match(/<table>/g) ?? []).length, comparison.images.length);
    const table = section(html, 'shop/api');
    const head = /<thead>(.*?)<\/thead>/s.exec(table)![1];
    const columns = [...head.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    assert.deepEqual(columns, ['Field', ...api.runners.map((r) => `${{ image: 'Dockerfile', compose: 'Compose', swarm: 'Swarm', kubernetes: 'Kubernetes' }[r.kind]} ${r.name}`)]);
    assert.ok(api.runners.some((r) => r.kind === 'kubernetes') && api.runners.some((r) => r.kind === 'swarm'), 'the fixture has every kind');
  });

  it('build/run rows first, then schedule/scale, under a heading each', () => {
    const order = rowsByLayer().flatMap((g) => g.fields);
    assert.deepEqual([...order].sort(), [...RUNNER_FIELDS].sort());
    const layers = order.map((f) => FIELD_LAYERS[f]);
    assert.deepEqual(layers, [...layers].sort(), 'no build/run row after a schedule/scale one');
    const table = section(html, 'shop/api');
    const rows = [...table.matchAll(/<th scope="row">(.*?)(?: <span|<\/th>)/g)].map((m) => m[1]);
    assert.deepEqual(rows, order.map((f) => escapeHtml(FIELD_TITLES[f])));
    assert.ok(table.indexOf('build/run · Docker layer') < table.indexOf('schedule/scale ·'));
    assert.match(table, /schedule\/scale · Docker Swarm \/ Kubernetes layer|schedule\/scale · Kubernetes layer \/ Docker Swarm/);
  });

  it('marks the rows whose runners differ, and the cells that differ from the first column', () => {
    assert.ok(api.differing.includes('process') && api.differing.includes('replicas'));
    const table = section(html, 'shop/api');
    for (const field of RUNNER_FIELDS) {
      const row = new RegExp(`<tr( class="differs")?><th scope="row">${escapeHtml(FIELD_TITLES[field]).replace(/[()]/g, '\\$&')}`).exec(table);
      assert.ok(row, field);
      assert.equal(row[1] !== undefined, api.differing.includes(field), `${field} marked exactly when it differs`);
    }
    const processRow = table.slice(table.indexOf(`>${escapeHtml(FIELD_TITLES.process)}`)).split('</tr>')[0];
    const differingCells = (processRow.match(/<td class="[^"]*differs/g) ?? []).length;
    const first = api.runners[0].cells.process.value;
    assert.equal(differingCells, api.runners.slice(1).filter((r) => r.cells.process.value !== first).length);
  });

  it('links each value with a source to its file and line; unset values read —, inherited ones are marked', () => {
    const k8s = api.runners.find((r) => r.kind === 'kubernetes')!;
    const replicas = k8s.cells.replicas;
    assert.ok(replicas.source);
    assert.ok(html.includes(`<a href="#" data-path="${replicas.source.path}" data-line="${replicas.source.line}"`), 'replicas links to its line');
    assert.ok(html.includes(`data-path="${k8s.path}" data-line="${k8s.line}" title="${k8s.path}:${k8s.line}">${escapeHtml(k8s.name)}</a>`), 'the column header links to the runner');
    assert.match(html, /<td class="unset"><span>—<\/span><\/td>/);
    assert.match(html, /<td class="inherited[^"]*">(?:<span[^>]*>≠ <\/span>)?<a [^>]*title="inherited from the image · /);
    // Every link points at a line the comparison knows.
    const known = new Set(linkedLines(comparison).map((l) => `${l.path}:${l.line}`));
    for (const m of html.matchAll(/data-path="([^"]*)" data-line="(\d+)"/g)) assert.ok(known.has(`${m[1]}:${m[2]}`), `${m[1]}:${m[2]}`);
  });

  it('escapes every text from the workspace: image names, runner names, values, paths', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const copy: RunnerComparison = JSON.parse(JSON.stringify(comparison));
    const image = copy.images.find((i) => i.image === 'shop/api')!;
    image.image = evil;
    image.runners[1].name = evil;
    image.runners[1].path = evil;
    image.runners[1].cells.user = { value: evil, inherited: false, source: { path: evil, line: 3 } };
    const page = comparisonHtml(copy, { ...OPTIONS, displayPath: (p) => `shown:${p}` });
    assert.ok(!page.includes('<img'), 'no markup from the workspace');
    assert.ok(page.includes(escapeHtml(evil)));
    assert.equal(escapeHtml(evil), '&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    assert.ok(page.includes(`title="shown:${escapeHtml(evil)}:3"`), 'paths are shown through displayPath, escaped');
  });

  it('a strict Content-Security-Policy: nothing by default, the nonce\'d script, the extension\'s own styles', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1];
    assert.equal(csp, "default-src &#39;none&#39;; style-src vscode-webview://x; script-src &#39;nonce-n0nce&#39;");
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.deepEqual(scripts, [' nonce="n0nce" src="vscode-webview://x/compare.js"']);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=|(?:src|href)="(?!#"|vscode-webview:)/, 'no inline style, no handler attribute, nothing loaded from elsewhere');
  });

  it('scrolls to the image of the file the command ran from', () => {
    const page = comparisonHtml(comparison, { ...OPTIONS, focusPath: 'k8s/api.yaml' });
    assert.match(page, /<section class="image" id="image-\d+" aria-labelledby="image-\d+-title" data-focus>\n<h2 id="image-\d+-title">shop\/api<\/h2>/);
    assert.equal((page.match(/data-focus/g) ?? []).length, 1);
    assert.doesNotMatch(html, /data-focus/);
  });

  it('says what it compares when the workspace has no image', () => {
    assert.match(comparisonHtml({ images: [] }, OPTIONS), /<p class="empty">No image found/);
  });
});
