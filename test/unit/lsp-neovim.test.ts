// A real client that is not VS Code: Debian's Neovim (`nvim --headless`, its built-in LSP client) runs
// test/nvim/hover-fix.lua against `layer-lens lsp --stdio` over a scratch copy of the runner fixtures. Neovim is
// required, not optional: scripts/setup-integration.sh installs it, and without it this test fails saying so.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(REPO, 'test/nvim/hover-fix.lua');

interface Seen {
  errors: string[];
  codes?: string[];
  hover?: string;
  action?: string;
  text?: string;
}

describe('layer-lens lsp in Neovim', function () {
  this.timeout(90_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-nvim-'));
    cpSync(path.join(REPO, 'test/fixtures/runners'), dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a manifest, gets the diagnostics as its settings say and a hover carrying the layer, and applies a quick fix', () => {
    const out = path.join(dir, 'seen.json');
    const env = { ...process.env, LL_CLI: path.join(REPO, 'out/cli.js'), LL_ROOT: dir, LL_FILE: path.join(dir, 'k8s/api.yaml'), LL_OUT: out, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir };
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-c', `luafile ${SCRIPT}`], { env, encoding: 'utf8', timeout: 60_000 });
    assert.ifError(run.error && new Error(`nvim could not run (${run.error.message}): install Debian's neovim (bash scripts/setup-integration.sh)`));
    assert.equal(run.status, 0, run.stderr);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
    assert.deepEqual(seen.errors, []);
    assert.ok(seen.codes?.includes('replicas-with-hpa') && seen.codes.includes('user-not-numeric'), JSON.stringify(seen.codes));
    // The settings Neovim answers for `layerLens` turned port-mismatch off (`layer-lens check` reports it here twice).
    assert.ok(!seen.codes?.includes('port-mismatch'), JSON.stringify(seen.codes));
    assert.match(seen.hover ?? '', /^\*\*schedule\/scale · Kubernetes layer\*\*/);
    assert.match(seen.hover ?? '', /\[Docs\]\(https:\/\/kubernetes\.io\/docs\/concepts\/workloads\/controllers\/deployment\/#replicas\)/);
    assert.match(seen.action ?? '', /^Remove `spec.replicas`/);
    // The fix was applied to Neovim's buffer: the hard-coded count is gone, the autoscaler's bounds stay.
    assert.doesNotMatch(seen.text ?? '', /^ {2}replicas: 3$/m);
    assert.match(seen.text ?? '', /minReplicas: 2/);
  });
});
