// One activation, timed in a fresh process: `node bench/activation-child.cjs <bundle> [<file> <key> [<idle ms>]]` prints JSON
// {load_ms, activate_ms, total_ms, cpu_ms, registrations}. The bundle's `require('vscode')` gets the stand-in beside
// this file, which only records what is registered: this measures load and activate time, it tests nothing.
// Given a file and a key in it, it then waits <idle ms> and asks the registered hover provider about that key
// twice: first_hover_ms is the first hover after activation, next_hover_ms the same hover on the document's next
// version (a fresh analysis, the core already loaded).
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const { performance } = require('node:perf_hooks');
const path = require('node:path');

const vscode = require('./vscode-stand-in.cjs');
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
};

async function main() {
  const bundle = path.resolve(process.argv[2]);
  const root = path.resolve(path.dirname(bundle), '..');
  const memento = { get: (_k, d) => d, update: async () => {}, keys: () => [] };
  const context = {
    subscriptions: [],
    extensionPath: root,
    extensionUri: vscode.Uri.file(root),
    globalState: memento,
    workspaceState: memento,
    asAbsolutePath: (p) => path.join(root, p),
    extension: { packageJSON: {} },
    extensionMode: 1,
  };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ext = require(bundle);
  const t1 = performance.now();
  await ext.activate(context);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  const registrations = vscode.registrations.length + context.subscriptions.length;
  const result = { load_ms: t1 - t0, activate_ms: t2 - t1, total_ms: t2 - t0, cpu_ms: (cpu.user + cpu.system) / 1000, registrations };
  if (process.argv[3]) {
    // The editor is idle for a moment after activation before the first hover (a person moves the mouse).
    await new Promise((resolve) => setTimeout(resolve, Number(process.argv[5] ?? 0)));
    Object.assign(result, await hovers(process.argv[3], process.argv[4]));
  }
  process.stdout.write(JSON.stringify(result));
  process.exit(0); // timers the extension scheduled would only talk to the stand-in
}

/** The first and the next hover on `key` in `file`, through the provider the extension registered. */
async function hovers(file, key) {
  const registered = vscode.providers.find((p) => p.name === 'registerHoverProvider');
  if (!registered) throw new Error('no hover provider was registered');
  const provider = registered.args[1];
  const text = fs.readFileSync(file, 'utf8');
  const offset = text.indexOf(key) + 1; // one character into the key, as the hover workloads do
  if (offset === 0) throw new Error(`${key} is not in ${file}`);
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  // The provider answers with a promise (it may first read a kustomization): the hover is timed until it settles.
  const timed = async (version) => {
    const document = documentOf(file, text, version);
    const t = performance.now();
    const hover = await provider.provideHover(document, document.positionAt(offset), token);
    const ms = performance.now() - t;
    if (!hover) throw new Error(`no hover at ${key} in ${file}`);
    return ms;
  };
  const first = await timed(1);
  return { first_hover_ms: first, next_hover_ms: await timed(2) };
}

/** Just enough of a TextDocument for the hover provider. */
function documentOf(file, text, version) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return line;
  };
  const positionAt = (offset) => new vscode.Position(lineOf(offset), offset - starts[lineOf(offset)]);
  const offsetAt = (p) => Math.min(text.length, starts[p.line] + p.character);
  return {
    uri: vscode.Uri.file(file),
    fileName: file,
    version,
    languageId: /dockerfile|containerfile/i.test(path.basename(file)) ? 'dockerfile' : 'yaml',
    lineCount: starts.length,
    getText: () => text,
    offsetAt,
    positionAt,
    lineAt: (line) => {
      const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
      return { range: { start: positionAt(starts[line]), end: positionAt(end) } };
    },
  };
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exit(1);
});
