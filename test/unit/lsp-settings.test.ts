// The `layerLens.*` settings in the language server (src/lsp/settings.ts): names and defaults from package.json,
// the shapes clients send them in, and, through the JSON-RPC client, rules turned off or given another severity,
// the hover settings and the size limit — pulled with `workspace/configuration`, given as initialization options,
// pushed with `workspace/didChangeConfiguration`.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { contributes } from '../../package.json';
import { hoverSettingsFrom, maxBytesFrom, maxIndexedFilesFrom, ruleSeveritiesFrom, type SettingGet } from '../../src/core/settings';
import { DEFAULTS, sectionOf, ServerSettings } from '../../src/lsp/settings';
import { initialized, nextDiagnostics, shutdown, type Diagnostic, type Peer } from './lsp-peer';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/runners');
const MANIFEST = path.join(FIXTURE, 'k8s/api.yaml');
const URI = pathToFileURL(MANIFEST).href;
const TEXT = readFileSync(MANIFEST, 'utf8');
const REPLICAS = { line: TEXT.split('\n').findIndex((l) => l.includes('replicas: 3')), character: 4 };

describe('LSP settings', () => {
  it('asks only for settings package.json declares, and takes its defaults from there', () => {
    const asked: string[] = [];
    const get: SettingGet = (name, fallback) => {
      asked.push(name);
      return fallback;
    };
    const hover = hoverSettingsFrom(get);
    for (const kind of ['dockerfile', 'compose', 'kubernetes', 'kustomization'] as const) hover.forKind(kind);
    maxBytesFrom(get);
    maxIndexedFilesFrom(get);
    ruleSeveritiesFrom(get);
    const declared = Object.keys(contributes.configuration.properties).map((k) => k.replace(/^layerLens\./, ''));
    assert.deepEqual(asked.filter((n) => !declared.includes(n)), []);
    for (const name of asked) assert.deepEqual(new ServerSettings().get(name, Symbol('unused')), DEFAULTS.get(name), name);
    const defaults = new ServerSettings();
    assert.equal(defaults.maxBytes, 4096 * 1024);
    assert.equal(defaults.maxFiles, 5000);
    assert.equal(defaults.hover.detailed, true);
    assert.equal(defaults.severityOf('mutable-tag', 'warning'), 'warning');
  });

  it('reads nested objects and dotted names; a value of the wrong type falls back to the default', () => {
    const nested = new ServerSettings({ hover: { detail: 'brief', kubernetes: false }, maxFileSizeKB: 2, rules: { 'mutable-tag': 'off', 'image-drift': 'error' } });
    assert.equal(nested.hover.detailed, false);
    assert.equal(nested.hover.forKind('kubernetes'), false);
    assert.equal(nested.hover.forKind('kustomization'), false);
    assert.equal(nested.hover.forKind('compose'), true);
    assert.equal(nested.maxBytes, 2048);
    assert.equal(nested.severityOf('mutable-tag', 'warning'), undefined);
    assert.equal(nested.severityOf('image-drift', 'hint'), 'error');
    const dotted = new ServerSettings({ 'hover.detail': 'brief', 'images.maxFiles': 7 });
    assert.equal(dotted.hover.detailed, false);
    assert.equal(dotted.maxFiles, 7);
    const wrong = new ServerSettings({ hover: 'off', maxFileSizeKB: '2', rules: ['off'], 'hover.enabled': 0 });
    assert.equal(wrong.hover.enabled, true);
    assert.equal(wrong.hover.detailed, true);
    assert.equal(wrong.maxBytes, 4096 * 1024);
    assert.equal(wrong.severityOf('mutable-tag', 'info'), 'info');
    assert.equal(new ServerSettings({ rules: { 'mutable-tag': 'loud' } }).severityOf('mutable-tag', 'info'), 'info');
    assert.equal(new ServerSettings(null).maxFiles, 5000);
  });

  it('uses the section the client sent, else initializationOptions.layerLens; the older maxFiles option still counts', () => {
    const init = { layerLens: { hover: { detail: 'brief' } }, maxFiles: 12 };
    assert.deepEqual(sectionOf(undefined, init), { hover: { detail: 'brief' }, 'images.maxFiles': 12 });
    assert.deepEqual(sectionOf({ rules: {} }, init), { rules: {}, 'images.maxFiles': 12 });
    assert.deepEqual(sectionOf({ images: { maxFiles: 3 } }, init), { images: { maxFiles: 3 } });
    assert.deepEqual(sectionOf(null, undefined), {});
  });
});

describe('LSP settings through the protocol', function () {
  this.timeout(30_000);
  const open = (peer: Peer, version = 1) => peer.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version, text: TEXT } });
  const byCode = (diagnostics: Diagnostic[]) => new Map(diagnostics.map((d) => [d.code, d.severity]));
  const hover = (peer: Peer) => peer.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI }, position: REPLICAS });

  it('pulls the layerLens section, and pulls it again when told it changed', async () => {
    let section: unknown = { rules: { 'replicas-with-hpa': 'off', 'user-not-numeric': 'hint' }, hover: { detail: 'brief' } };
    const asked: unknown[] = [];
    const peer = await initialized([FIXTURE], { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }, {
      answer: (request) => {
        if (request.method !== 'workspace/configuration') return null;
        const { items } = request.params as { items: { section?: string }[] };
        asked.push(...items.map((i) => i.section));
        return items.map(() => section);
      },
    });
    open(peer);
    const first = byCode(await nextDiagnostics(peer, URI));
    assert.equal(first.has('replicas-with-hpa'), false, 'a rule set to off is not reported');
    assert.equal(first.get('user-not-numeric'), 4, 'error → hint');
    assert.equal(first.get('healthcheck-ignored'), 2, 'a rule not named keeps its own severity');
    assert.deepEqual(asked, ['layerLens']);
    const registered = peer.requests.flatMap((r) => (r.params as { registrations?: { method: string }[] }).registrations ?? []).map((r) => r.method);
    assert.ok(registered.includes('workspace/didChangeConfiguration'), registered.join(', '));
    // Brief: the badge and the sentence, without the detailed head's field path.
    const brief = await hover(peer);
    assert.match(brief?.contents.value ?? '', /schedule\/scale/);
    assert.doesNotMatch(brief?.contents.value ?? '', /`spec\.replicas`/);

    section = { hover: { kubernetes: false } };
    peer.notify('workspace/didChangeConfiguration', { settings: null });
    const after = byCode(await nextDiagnostics(peer, URI));
    assert.equal(after.get('replicas-with-hpa'), 2);
    assert.equal(after.get('user-not-numeric'), 1);
    assert.equal(await hover(peer), null, 'hover.kubernetes off: no hover in a manifest');
    assert.equal(await shutdown(peer), 0);
  });

  it('reads initializationOptions from a client without workspace/configuration, and settings it pushes later', async () => {
    const peer = await initialized([FIXTURE], {}, { initializationOptions: { layerLens: { rules: { 'healthcheck-ignored': 'off' } } } });
    open(peer);
    const first = byCode(await nextDiagnostics(peer, URI));
    assert.equal(first.has('healthcheck-ignored'), false);
    assert.equal(first.get('replicas-with-hpa'), 2);

    // The manifest is over 1 KB: not analyzed (no hover) and not indexed (no findings).
    assert.ok(TEXT.length > 1024);
    peer.notify('workspace/didChangeConfiguration', { settings: { layerLens: { maxFileSizeKB: 1 } } });
    assert.deepEqual(await nextDiagnostics(peer, URI), []);
    assert.equal(await hover(peer), null);

    peer.notify('workspace/didChangeConfiguration', { settings: { layerLens: { rules: { 'replicas-with-hpa': 'error' } }, yaml: { other: true } } });
    const pushed = byCode(await nextDiagnostics(peer, URI));
    assert.equal(pushed.get('replicas-with-hpa'), 1);
    assert.equal(pushed.get('healthcheck-ignored'), 2, 'pushed settings replace the initial ones');
    const detailed = (await hover(peer))?.contents.value ?? '';
    assert.match(detailed, /schedule\/scale · Kubernetes layer/);
    assert.match(detailed, /`spec\.replicas`/, 'detailed by default');
    assert.equal(await shutdown(peer), 0);
  });
});
