// The integration suite's entry inside VS Code's extension host (extensionTestsPath → out/test/suite/index.js).
// VS Code calls run(); resolving passes the run, rejecting fails it (the extension host exits 0 or 1).
// Runs every compiled *.test.js beside this file with mocha's TDD UI (suite/test) against the real `vscode` API.
import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import type MochaType from 'mocha';

/** Generous: the first test pays for the extension's activation and a cold workbench. */
const TEST_TIMEOUT_MS = 60_000;

/** Every *.test.js under dir. */
function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p);
    return name.endsWith('.test.js') ? [p] : [];
  });
}

/**
 * Where the suite's lines go. console.log reaches the terminal under @vscode/test-electron; under code-server it
 * reaches the browser mixed with the workbench's own log, so the code-server runner also asks (through
 * LAYER_LENS_SUITE_LOG, which the extension host inherits) for a copy in a file it follows.
 */
function suiteOutput(): (...args: unknown[]) => void {
  const copy = process.env.LAYER_LENS_SUITE_LOG;
  const log = console.log.bind(console);
  return (...args) => {
    const text = format(...args); // mocha passes printf-style arguments; the browser log would not apply them
    log(text);
    if (copy) appendFileSync(copy, text + '\n');
  };
}

export function run(): Promise<void> {
  // mocha 12 is an ES module: require() gives its namespace, whose default export is the Mocha class.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded in the extension host, where mocha's ESM entry is not importable
  const mochaModule = require('mocha');
  const Mocha: typeof MochaType = mochaModule.default ?? mochaModule;
  const out = suiteOutput();
  Mocha.reporters.Base.consoleLog = out;

  // Tests' own console output goes the same way while the suite runs.
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  for (const level of ['log', 'info', 'warn', 'error'] as const) console[level] = out;

  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: TEST_TIMEOUT_MS, reporter: 'spec', forbidOnly: true });
  const files = testFiles(__dirname);
  for (const file of files) mocha.addFile(file);

  return new Promise<void>((resolve, reject) => {
    const finish = (failed: number, passed: number, error?: unknown) => {
      Object.assign(console, saved);
      out(`${passed} passed, ${failed} failed`);
      if (error) reject(error);
      else if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
      else if (passed === 0) reject(new Error(`no integration test ran (looked for *.test.js in ${__dirname})`));
      else resolve();
    };
    try {
      const runner = mocha.run((failures) => finish(failures, runner.stats?.passes ?? 0));
    } catch (error) {
      // A test file that throws while loading (syntax error, missing module) lands here.
      out(format('could not load the integration tests:', error instanceof Error ? error.message : error));
      finish(1, 0, error);
    }
  });
}
