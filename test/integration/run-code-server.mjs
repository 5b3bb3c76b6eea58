#!/usr/bin/env node
// Runs the integration suite (out/test/suite/index.js) in a REAL VS Code: code-server + Debian's Chromium.
//
//   node test/integration/run-code-server.mjs [--workspace DIR] [--extension DIR] [--tests FILE]
//                                             [--timeout SECONDS] [--screenshot] [--verbose]
//
//   --workspace   folder VS Code opens (default test/fixtures/workspace)
//   --extension   extension under development (default: this repository)
//   --tests       the extensionTestsPath module (default out/test/suite/index.js; build first)
//   --timeout     overall limit after setup, seconds (default 600, env LAYER_LENS_IT_TIMEOUT)
//   --screenshot  on failure, save the page to test-results/ (also env LAYER_LENS_SCREENSHOT=1)
//   --verbose     also print code-server's and the workbench's own log (always saved in test-results/integration/)
//
// Exits with the suite's exit code (0 = all passed). Needs scripts/setup-integration.sh, which it runs if needed.
import {
  closeSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureSetup, openBrowser, repoRoot, session, startCodeServer, workbenchUrl } from '../ui/editor.mjs';

const { values: opt } = parseArgs({
  options: {
    workspace: { type: 'string', default: join(repoRoot, 'test/fixtures/workspace') },
    extension: { type: 'string', default: repoRoot },
    tests: { type: 'string' },
    timeout: { type: 'string', default: process.env.LAYER_LENS_IT_TIMEOUT || '600' },
    screenshot: { type: 'boolean', default: process.env.LAYER_LENS_SCREENSHOT === '1' },
    verbose: { type: 'boolean', default: false },
  },
});
const extension = resolve(opt.extension);
const tests = resolve(opt.tests ?? join(extension, 'out/test/suite/index.js'));
const workspace = resolve(opt.workspace);
const timeoutMs = Number(opt.timeout) * 1000;
const resultsDir = join(repoRoot, 'test-results');
const logsDir = join(resultsDir, 'integration');

const say = (msg) => console.log(`[integration] ${msg}`);

for (const [what, path] of [['extension', join(extension, 'package.json')], ['tests', tests], ['workspace', workspace]]) {
  if (!existsSync(path)) {
    const hint = what === 'tests' ? ' (run `node scripts/build.mjs` first)' : '';
    console.error(`[integration] ${what} not found: ${path}${hint}`);
    process.exit(2);
  }
}
if (!(timeoutMs > 0)) {
  console.error(`[integration] bad timeout: ${opt.timeout}`);
  process.exit(2);
}

ensureSetup();
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

mkdirSync(logsDir, { recursive: true });
const serverLog = createWriteStream(join(logsDir, 'code-server.log'));
const workbenchLog = createWriteStream(join(logsDir, 'workbench.log'));

// The suite copies its lines into this file (see test/integration/index.ts); we follow it and print them.
const scratch = mkdtempSync(join(tmpdir(), 'layer-lens-it-'));
const suiteLogPath = join(scratch, 'suite.log');
writeFileSync(suiteLogPath, '');
let suiteOffset = 0;
let summary; // the suite's "N passed, N failed" line
/** Prints the suite's new complete lines (all that is left when final: the suite has ended). */
function pumpSuiteLog(final = false) {
  const fd = openSync(suiteLogPath, 'r');
  try {
    const chunks = [];
    const buf = Buffer.alloc(64 * 1024);
    for (let n, at = suiteOffset; (n = readSync(fd, buf, 0, buf.length, at)) > 0; at += n) {
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    const bytes = Buffer.concat(chunks);
    // Up to the last newline only: a line still being written (or a split UTF-8 character) waits for the next read.
    const end = final ? bytes.length : bytes.lastIndexOf(0x0a) + 1;
    if (end === 0) return;
    const text = bytes.toString('utf8', 0, end);
    suiteOffset += end;
    process.stdout.write(text);
    summary = text.match(/^\d+ passed, \d+ failed.*$/gm)?.pop() ?? summary;
  } finally {
    closeSync(fd);
  }
}

const pump = setInterval(pumpSuiteLog, 200);
const run = session({
  say,
  timeout: { seconds: opt.timeout, hint: 'raise it with --timeout or LAYER_LENS_IT_TIMEOUT' },
  shotName: opt.screenshot ? 'integration-failure' : undefined,
  stop: () => {
    clearInterval(pump);
    pumpSuiteLog(true);
  },
  onFailure: () => say(`logs: ${logsDir}/code-server.log, workbench.log`),
  cleanup: () => {
    serverLog.end();
    workbenchLog.end();
    rmSync(scratch, { recursive: true, force: true });
  },
  farewell: (code) => {
    say(`exit code ${code} after ${seconds()}s`);
    // Repeat the count last, where CI reads it.
    if (summary) console.log(summary);
  },
});
const { finish } = run;

try {
  say(`extension ${extension}`);
  say(`tests     ${tests}`);
  say(`workspace ${workspace}`);
  const verbose = (prefix) => (line) => opt.verbose && console.log(prefix + line);
  run.cs = await startCodeServer({
    env: { LAYER_LENS_SUITE_LOG: suiteLogPath },
    log: (line) => {
      serverLog.write(line + '\n');
      verbose('[code-server] ')(line);
    },
  });
  say(`code-server answers on ${run.cs.url} (${seconds()}s)`);
  const { browser, page } = Object.assign(run, await openBrowser({ handleSignals: false })); // finish() closes it on a signal
  // The workbench calls these (VS Code's smoke-test driver hooks): its log lines, then the tests' exit code.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
    const line = `${type} ${text.join(' ')}`;
    workbenchLog.write(line + '\n');
    verbose('[workbench] ')(line);
  });
  // Answer the page first, then tear down (closing the browser from inside its own call would wait on itself).
  await page.exposeFunction('codeAutomationExit', (code) => {
    setImmediate(() => finish(Number(code) || 0, `the suite exited with code ${code}`));
  });
  page.on('crash', () => finish(1, 'the browser page crashed'));
  browser.on('disconnected', () => finish(1, 'the browser closed'));
  await page.goto(
    workbenchUrl(run.cs.url, { folder: workspace, extensionDevelopmentPath: extension, extensionTestsPath: tests }),
  );
  say(`workbench loaded (${seconds()}s); running the suite`);
} catch (error) {
  await finish(1, error?.stack ?? String(error));
}
