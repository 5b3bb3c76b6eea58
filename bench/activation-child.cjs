// One activation, timed in a fresh process: `node bench/activation-child.cjs <bundle>` prints JSON
// {load_ms, activate_ms, total_ms, cpu_ms, registrations}. The bundle's `require('vscode')` gets the stand-in beside
// this file, which only records what is registered: this measures load and activate time, it tests nothing.
'use strict';
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
  process.stdout.write(JSON.stringify({ load_ms: t1 - t0, activate_ms: t2 - t1, total_ms: t2 - t0, cpu_ms: (cpu.user + cpu.system) / 1000, registrations }));
  process.exit(0); // timers the extension scheduled would only talk to the stand-in
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exit(1);
});
