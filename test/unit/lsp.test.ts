// `layer-lens lsp --stdio` as an editor other than VS Code meets it: a separate process spoken to in plain JSON-RPC
// with Content-Length framing, written here by hand (no LSP client library), over a scratch copy of the runner
// fixtures. Hover, the check rules as diagnostics and their refresh on edits and on watched-file changes, the
// quick fix, Go to Definition, the layer outline, and a clean shutdown.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Failure, initialized, nextDiagnostics, shutdown, startServer, type Diagnostic, type Peer, type Position, type Range, type TextEdit } from './lsp-peer';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/runners');

/** Applies LSP edits to text (bottom-up, so earlier ranges stay valid). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return sorted.reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('layer-lens lsp --stdio', function () {
  this.timeout(30_000);
  let dir = '';
  let peer: Peer;
  let manifest = '';
  let uri = '';
  let text = '';
  /** The manifest's version the client last sent: diagnostics name it. */
  let version = 1;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-lsp-'));
    cpSync(FIXTURE, dir, { recursive: true });
    manifest = path.join(dir, 'k8s/api.yaml');
    uri = pathToFileURL(manifest).href;
    text = readFileSync(manifest, 'utf8');
    peer = startServer();
    const init = await peer.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true } },
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'runners' }],
    });
    for (const provider of ['hoverProvider', 'codeActionProvider', 'definitionProvider', 'documentSymbolProvider']) {
      assert.ok(init.capabilities[provider], `${provider} announced`);
    }
    peer.notify('initialized', {});
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  const diagnosticsOf = async (): Promise<Diagnostic[]> => {
    const m = await peer.notification((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri);
    assert.equal((m.params as { version?: number }).version, version);
    return (m.params as { diagnostics: Diagnostic[] }).diagnostics;
  };
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

  let diagnostics: Diagnostic[] = [];

  it('publishes the check rules for an opened manifest, read against the workspace folder', async () => {
    peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    diagnostics = await diagnosticsOf();
    const hpa = diagnostics.find((d) => d.code === 'replicas-with-hpa');
    assert.ok(hpa, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(hpa.severity, 2);
    assert.equal(hpa.source, 'Layer Lens');
    assert.equal(hpa.range.start.line, lineOf('replicas: 3'));
    // user-not-numeric reads the USER of api/Dockerfile, a file the client never opened.
    const user = diagnostics.find((d) => d.code === 'user-not-numeric');
    assert.ok(user);
    assert.equal(user.severity, 1);
    assert.match(user.message, /runAsUser: 10001/);
  });

  it('hovers with the layer as Markdown, https links only, no VS Code icons', async () => {
    const at = (needle: string) => ({ line: lineOf(needle), character: text.split('\n')[lineOf(needle)].indexOf(needle.trim()) + 1 });
    const replicas = await peer.request<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: at('replicas: 3') });
    assert.equal(replicas.contents.kind, 'markdown');
    assert.match(replicas.contents.value, /schedule\/scale/);
    assert.match(replicas.contents.value, /\]\(https:\/\/kubernetes\.io\//);
    assert.doesNotMatch(replicas.contents.value, /command:|\$\(/);
    const image = await peer.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: at('image: shop/api') });
    assert.match(image.contents.value, /build\/run/);
    // Over a command, what the container actually starts follows the layer, read from api/Dockerfile's ENTRYPOINT.
    const command = await peer.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: at('command: [') });
    assert.match(command.contents.value, /build\/run[\s\S]*\*\*starts\*\* `dist\/server\.js --trace-warnings`: ENTRYPOINT replaced by `command`/);
    assert.doesNotMatch(command.contents.value, /\$\(/);
    const nothing = await peer.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: lineOf('---'), character: 1 } });
    assert.equal(nothing, null);
  });

  it('offers the finding’s fix as a code action whose edit removes the line', async () => {
    const found = diagnostics.find((d) => d.code === 'replicas-with-hpa')!;
    // Keys in another order, as clients without ordered maps send them (Neovim's Lua tables).
    const flip = (p: Position) => ({ character: p.character, line: p.line });
    const hpa = { ...found, range: { end: flip(found.range.end), start: flip(found.range.start) } };
    const actions = await peer.request<{ title: string; kind: string; edit: { changes: Record<string, TextEdit[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: hpa.range,
      context: { diagnostics: [hpa] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'quickfix');
    assert.match(actions[0].title, /Remove `spec.replicas`/);
    const fixed = applyEdits(text, actions[0].edit.changes[uri]);
    assert.doesNotMatch(fixed, /replicas: 3/);
    assert.match(fixed, /minReplicas: 2/);
  });

  it('refreshes the diagnostics on an edit', async () => {
    const line = lineOf('replicas: 3');
    peer.notify('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }],
    });
    const after = await diagnosticsOf();
    assert.ok(!after.some((d) => d.code === 'replicas-with-hpa'));
    assert.ok(after.some((d) => d.code === 'user-not-numeric'));
    text = text.split('\n').filter((_, i) => i !== line).join('\n');
  });

  it('re-reads a file changed on disk when told through workspace/didChangeWatchedFiles', async () => {
    const dockerfile = path.join(dir, 'api/Dockerfile');
    writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').replace('USER app', 'USER 10001'));
    peer.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(dockerfile).href, type: 2 }] });
    const after = await diagnosticsOf();
    assert.ok(!after.some((d) => d.code === 'user-not-numeric'), JSON.stringify(after.map((d) => d.code)));
    assert.ok(after.some((d) => d.code === 'port-mismatch'));
  });

  it('asked the client to watch the workspace files', () => {
    const registration = peer.requests.find((r) => r.method === 'client/registerCapability');
    const registrations = (registration?.params as { registrations: { method: string }[] } | undefined)?.registrations ?? [];
    assert.deepEqual(registrations.map((r) => r.method), ['workspace/didChangeWatchedFiles']);
  });

  it('drops the files of a deleted folder, reported as the folder alone', async () => {
    const copy = path.join(dir, 'api-copy');
    cpSync(path.join(dir, 'api'), copy, { recursive: true });
    rmSync(path.join(dir, 'api'), { recursive: true });
    peer.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'api')).href, type: 3 }] });
    const gone = await diagnosticsOf();
    // healthcheck-ignored read the HEALTHCHECK of api/Dockerfile, built by compose.yaml's `build: ./api`.
    assert.ok(!gone.some((d) => d.code === 'healthcheck-ignored'), JSON.stringify(gone.map((d) => d.code)));
    // The folder moved back in is read whole, though only the folder is reported.
    cpSync(copy, path.join(dir, 'api'), { recursive: true });
    peer.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, 'api')).href, type: 1 }] });
    const back = await diagnosticsOf();
    assert.ok(back.some((d) => d.code === 'healthcheck-ignored'), JSON.stringify(back.map((d) => d.code)));
  });

  it('goes from an image value to the FROM of the stage that builds it', async () => {
    const line = lineOf('image: shop/api');
    const character = text.split('\n')[line].indexOf('shop/api') + 2;
    const loc = await peer.request<{ uri: string; range: Range }>('textDocument/definition', { textDocument: { uri }, position: { line, character } });
    assert.equal(loc.uri, pathToFileURL(path.join(dir, 'api/Dockerfile')).href);
    assert.equal(loc.range.start.line, 5); // the second, final FROM (0-based line 5)
  });

  it('lists the document symbols grouped by layer', async () => {
    const symbols = await peer.request<{ name: string; children: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['build/run', 'schedule/scale']);
    const names = (layer: number) => symbols[layer].children.map((c) => c.name);
    assert.ok(names(0).includes('spec.template.spec.containers[0].image'), names(0).join(', '));
    assert.ok(names(1).includes('spec.maxReplicas'), names(1).join(', '));
  });

  it('reads a buffer with no file name by its language id', async () => {
    const untitled = 'untitled:Untitled-1';
    peer.notify('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'dockerfile', version: 1, text: 'FROM alpine\nHEALTHCHECK CMD true\n' } });
    const healthcheck = await peer.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: untitled }, position: { line: 1, character: 2 } });
    assert.match(healthcheck.contents.value, /build\/run/);
    peer.notify('textDocument/didClose', { textDocument: { uri: untitled } });
  });

  it('reads a workspace folder added later, and lets it go when it is removed', async () => {
    // A second project outside the first folder: Kubernetes runs the image its Compose file builds from a Dockerfile
    // whose USER is a name, which only reading that Dockerfile from disk can tell.
    const later = mkdtempSync(path.join(tmpdir(), 'layer-lens-lsp-later-'));
    try {
      const files: Record<string, string> = {
        'api/Dockerfile': 'FROM node:20-slim\nRUN useradd -u 10001 app\nUSER app\nCMD ["node", "server.js"]\n',
        'compose.yaml': 'services:\n  api:\n    build: ./api\n    image: later/api:1.0\n',
        'k8s/api.yaml': [
          'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  selector:', '    matchLabels: {app: api}',
          '  template:', '    metadata:', '      labels: {app: api}', '    spec:', '      securityContext:', '        runAsNonRoot: true',
          '      containers:', '        - name: api', '          image: later/api:1.0', '',
        ].join('\n'),
      };
      for (const [name, body] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(later, name)), { recursive: true });
        writeFileSync(path.join(later, name), body);
      }
      const laterUri = pathToFileURL(path.join(later, 'k8s/api.yaml')).href;
      const codes = async () => (await nextDiagnostics(peer, laterUri)).map((d) => d.code);
      peer.notify('textDocument/didOpen', { textDocument: { uri: laterUri, languageId: 'yaml', version: 1, text: files['k8s/api.yaml'] } });
      assert.ok(!(await codes()).includes('user-not-numeric'));
      const folder = { uri: pathToFileURL(later).href, name: 'later' };
      peer.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      const added = await codes();
      assert.ok(added.includes('user-not-numeric'), added.join(', '));
      peer.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      assert.ok(!(await codes()).includes('user-not-numeric'));
      peer.notify('textDocument/didClose', { textDocument: { uri: laterUri } });
    } finally {
      rmSync(later, { recursive: true, force: true });
    }
  });

  it('shuts down and exits with 0', async () => {
    assert.equal(await peer.request('shutdown', null), null);
    peer.notify('exit', null);
    assert.equal(await peer.exited, 0);
  });
});

describe('layer-lens lsp --stdio, with a client that fails the server’s requests', function () {
  this.timeout(30_000);

  it('goes on when the client answers registrations and settings requests with an error (as Eglot 1.9 does)', async () => {
    const manifest = path.join(FIXTURE, 'k8s/api.yaml');
    const uri = pathToFileURL(manifest).href;
    const text = readFileSync(manifest, 'utf8');
    const capabilities = {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    };
    const peer = await initialized([FIXTURE], capabilities, { answer: () => new Failure(-32603, 'Internal error') });
    peer.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const diagnostics = await nextDiagnostics(peer, uri);
    assert.ok(diagnostics.length > 0, 'the check rules still run');
    const failed = peer.requests.map((r) => r.method);
    assert.ok(failed.includes('client/registerCapability') && failed.includes('workspace/configuration'), `every request failed: ${failed.join(', ')}`);
    const line = text.split('\n').findIndex((l) => l.includes('replicas:'));
    const hover = await peer.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line, character: 3 } });
    assert.match(hover.contents.value, /schedule\/scale/);
    assert.equal(await shutdown(peer), 0, peer.stderr);
  });
});
