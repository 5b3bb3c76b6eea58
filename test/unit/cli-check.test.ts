// `layer-lens check` as a user runs it (`node out/cli.js check …` in a scratch copy of the image fixtures, one
// example of each rule): exit codes and --fail-on, the text, JSON and SARIF formats, and JSON positions and
// fixes round-tripped against the files' text (apply every fix, check again: its finding is gone).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CheckFile, CheckOutput, CheckRange } from '../../src/core/format/findings';
import { RULE_INFO } from '../../src/core/format/rules';
import { RULE_IDS, RULES } from '../../src/core/images';

const CLI = path.resolve(__dirname, '../../cli.js');
const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/workspace/images');
/** Every rule id, from its one declaration. */
const ALL_RULES = RULE_IDS;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir = '';

function cli(args: string[], cwd = dir): Run {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[], cwd = dir): { run: Run; out: CheckOutput } {
  const run = cli(['check', '--format', 'json', ...args], cwd);
  return { run, out: JSON.parse(run.stdout) as CheckOutput };
}

/** A scratch folder holding `files` (relative path → text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(dir, 'p-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** 1-based line/column (exclusive end) → offsets in text, the way an editor reads them. */
function offsets(text: string, r: CheckRange): [number, number] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return [starts[r.line - 1] + r.column - 1, starts[r.endLine - 1] + r.endColumn - 1];
}

function covered(file: string, r: CheckRange): string {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const [start, end] = offsets(text, r);
  return text.slice(start, end);
}

function findingsByRule(files: CheckFile[]): Map<string, { file: string } & CheckFile['findings'][number]> {
  const map = new Map<string, { file: string } & CheckFile['findings'][number]>();
  for (const f of files) for (const x of f.findings) map.set(x.rule, { file: f.path, ...x });
  return map;
}

describe('layer-lens check', function () {
  this.timeout(60_000);

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-check-'));
    cpSync(FIXTURE, path.join(dir, 'images'), { recursive: true });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('describes every rule the core has, once', () => {
    assert.deepEqual(RULE_INFO.map((r) => r.id), RULES.map((r) => r.id));
    assert.deepEqual([...RULE_INFO.map((r) => r.id)].sort(), [...ALL_RULES].sort());
  });

  it('prints one path:line:column line per finding, its fixes and related places, and a count; warnings exit 1', () => {
    const run = cli(['check', 'images']);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[lines.length - 1], /^6 findings \(4 warnings, 1 info, 1 hint\) in 5 of 6 files checked\.$/);
    assert.ok(lines.includes('images/k8s/drift.yaml:10:18: warning image-drift: Kubernetes Deployment/drift container api runs lens-fixture/api:1.1, but this workspace builds lens-fixture/api:1.2 (Compose service api). The tag differs, so the schedule/scale layer is not running the image the build/run layer produces.'));
    assert.ok(lines.includes('    fix: Run the built image lens-fixture/api:1.2'));
    assert.ok(lines.includes('    see: images/compose.yaml:4:12 built here: Compose service api'));
    assert.ok(lines.some((l) => /^ {4}fix: Move .* as a RUN step \(also edits images\/api\/Dockerfile\)$/.test(l)), 'a multi-file fix names the other file');
    // The images fixture plants the first six rules; test/fixtures/runners plants the runner rules.
    for (const rule of ALL_RULES.slice(0, 6)) assert.ok(lines.some((l) => l.includes(` ${rule}: `)), rule);
  });

  it('--fail-on: warning by default, error and info on request; hints never fail', () => {
    assert.equal(cli(['check', '--fail-on', 'error', 'images']).status, 0, 'no rule reports errors');
    const infoOnly = project({ 'compose.yaml': 'services:\n  vote:\n    build: ./vote\n', 'k8s/vote.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: vote\nspec:\n  containers:\n  - name: vote\n    image: acme/vote:2\n' });
    assert.deepEqual(json([infoOnly]).out.summary.bySeverity, { error: 0, warning: 0, info: 1, hint: 0 });
    assert.equal(cli(['check', infoOnly]).status, 0, 'info is under the default bar');
    assert.equal(cli(['check', '--fail-on', 'info', infoOnly]).status, 1);
    const hintOnly = project({ Dockerfile: 'FROM golang:1.22 AS build\nEXPOSE 8080\nFROM scratch\nCOPY --from=build /app /app\n' });
    assert.deepEqual(json([hintOnly]).out.summary.bySeverity, { error: 0, warning: 0, info: 0, hint: 1 });
    assert.equal(cli(['check', '--fail-on', 'info', hintOnly]).status, 0, 'hints never fail');
  });

  it('exits 2 on usage errors, with the usage', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'images'], ['check', '--fail-on', 'hint', 'images'], ['check', '--fix', 'images']]) {
      const run = cli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, /^layer-lens check: .+\n\nUsage: layer-lens check /, args.join(' '));
      assert.equal(run.stdout, '');
    }
    const help = cli(['check', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--fail-on LEVEL/);
    assert.match(cli(['--help']).stdout, /^ {2}check +report images/m);
  });

  it('exits 1 for a path it cannot read, and still reports the rest', () => {
    const clean = project({ Dockerfile: 'FROM alpine\n' });
    const run = cli(['check', 'missing', clean]);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, 'layer-lens: missing: no such file or folder\n');
    assert.match(run.stdout, /^No findings in 1 file checked\.$/m);
    assert.equal(cli(['check', clean]).status, 0);
  });

  it('reads build scripts and skips node_modules in folders', () => {
    const root = project({
      'build.sh': '#!/bin/sh\ndocker build -t acme/tool:1.0 .\n',
      Dockerfile: 'FROM alpine\nCMD ["tool"]\n',
      'k8s/tool.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: tool\nspec:\n  containers:\n  - name: tool\n    image: acme/tool:0.9\n',
      'node_modules/x/k8s.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: x\n    image: acme/tool:0.8\n',
    });
    const { out } = json([root]);
    assert.deepEqual(out.files.map((f) => path.relative(root, f.path)), [path.join('k8s', 'tool.yaml')]);
    assert.equal(out.files[0].findings[0].rule, 'image-drift');
    assert.equal(out.summary.checked, 3);
  });

  it('JSON: 1-based positions with an exclusive end that cover the reported text', () => {
    const { run, out } = json(['images']);
    assert.equal(run.status, 1);
    assert.deepEqual(Object.keys(out), ['files', 'summary']);
    assert.deepEqual(out.summary, {
      checked: 6,
      findings: 6,
      bySeverity: { error: 0, warning: 4, info: 1, hint: 1 },
      byRule: { 'non-final-stage': 1, 'unnamed-build': 1, 'healthcheck-ignored': 1, 'build-at-runtime': 1, 'image-drift': 1, 'mutable-tag': 1 },
    });
    const first = out.files[0].findings[0];
    assert.deepEqual(Object.keys(first), ['rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'fixes']);
    const byRule = findingsByRule(out.files);
    const expected: Record<string, string> = {
      'image-drift': 'lens-fixture/api:1.1',
      'mutable-tag': 'lens-fixture/api:latest',
      'unnamed-build': 'build',
      'build-at-runtime': 'apt-get update && apt-get install -y curl',
      'healthcheck-ignored': 'lens-fixture/api:1.2',
      'non-final-stage': 'EXPOSE',
    };
    for (const [rule, text] of Object.entries(expected)) {
      const f = byRule.get(rule)!;
      assert.equal(covered(f.file, f), text, rule);
    }
    const drift = byRule.get('image-drift')!;
    assert.deepEqual([drift.line, drift.column, drift.endLine, drift.endColumn], [10, 18, 10, 38]);
    const [related] = drift.related!;
    assert.equal(covered(related.path, related), 'lens-fixture/api:1.2');
  });

  it('JSON: applying each fix at its reported positions removes its finding and leaves the others', () => {
    const { out } = json(['images']);
    const fixable = [...findingsByRule(out.files).values()].filter((f) => f.fixes.length > 0);
    assert.deepEqual(fixable.map((f) => f.rule).sort(), ['build-at-runtime', 'healthcheck-ignored', 'image-drift', 'mutable-tag', 'unnamed-build']);
    for (const finding of fixable) {
      const saved = new Map<string, string>();
      const [fix] = finding.fixes;
      const paths = [...new Set(fix.edits.map((e) => e.path))];
      for (const p of paths) {
        const text = readFileSync(path.join(dir, p), 'utf8');
        saved.set(p, text);
        // Later edits first, so earlier offsets stay valid.
        const edits = fix.edits.filter((e) => e.path === p).map((e) => ({ e, at: offsets(text, e) })).sort((a, b) => b.at[0] - a.at[0]);
        let next = text;
        for (const { e, at } of edits) next = next.slice(0, at[0]) + e.newText + next.slice(at[1]);
        writeFileSync(path.join(dir, p), next);
      }
      const after = json(['images']).out;
      assert.equal(findingsByRule(after.files).has(finding.rule), false, `${finding.rule} fixed by "${fix.title}"`);
      assert.equal(after.summary.findings, 5, `${finding.rule}: the other findings remain`);
      for (const [p, text] of saved) writeFileSync(path.join(dir, p), text);
    }
  });

  it('SARIF 2.1.0: rules, levels, relative locations, related locations and fixes', () => {
    const run = cli(['check', '--format', 'sarif', 'images']);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(sarif.runs.length, 1);
    const [r] = sarif.runs;
    assert.equal(r.tool.driver.name, 'Layer Lens');
    assert.match(r.tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(r.tool.driver.rules.map((x: { id: string }) => x.id), RULE_INFO.map((x) => x.id));
    for (const rule of r.tool.driver.rules) assert.ok(rule.shortDescription.text.length > 20, rule.id);
    assert.equal(r.columnKind, 'utf16CodeUnits');
    assert.match(r.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);

    const { out } = json(['images']);
    const located = findingsByRule(out.files);
    assert.equal(r.results.length, 6);
    const levels: Record<string, string> = {};
    for (const result of r.results) {
      levels[result.ruleId] = result.level;
      assert.equal(r.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const f = located.get(result.ruleId)!;
      const [loc] = result.locations;
      assert.equal(loc.physicalLocation.artifactLocation.uri, f.file, 'relative to the working folder');
      assert.equal(loc.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(loc.physicalLocation.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
      assert.equal(result.message.text, f.message);
      assert.equal(result.fixes?.length ?? 0, f.fixes.length);
    }
    assert.deepEqual(levels, {
      'image-drift': 'warning',
      'mutable-tag': 'warning',
      'build-at-runtime': 'warning',
      'healthcheck-ignored': 'warning',
      'unnamed-build': 'note',
      'non-final-stage': 'note',
    });
    const runtime = r.results.find((x: { ruleId: string }) => x.ruleId === 'build-at-runtime');
    const changes = runtime.fixes[0].artifactChanges;
    assert.deepEqual(changes.map((c: { artifactLocation: { uri: string } }) => c.artifactLocation.uri).sort(), ['images/api/Dockerfile', 'images/k8s/api.yaml']);
    const dockerfile = changes.find((c: { artifactLocation: { uri: string } }) => c.artifactLocation.uri === 'images/api/Dockerfile');
    assert.deepEqual(dockerfile.replacements, [
      { deletedRegion: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 1 }, insertedContent: { text: 'RUN apt-get update && apt-get install -y curl\n' } },
    ]);
    assert.equal(runtime.relatedLocations[0].physicalLocation.artifactLocation.uri, 'images/api/Dockerfile');
  });

  it('SARIF paths are relative to the working folder even when the path given is absolute', () => {
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', path.join(dir, 'images')]).stdout);
    const uris = sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri);
    assert.ok(uris.length > 0 && uris.every((u: string) => u.startsWith('images/')), uris.join(', '));
  });
});
