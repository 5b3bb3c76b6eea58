// The layer-lens CLI as a user runs it: `node out/cli.js …` in a scratch folder. Formats, exit codes, usage,
// unreadable and binary files, the folder walk, the JSON contract and color.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CORPUS, lines } from './helpers';

const CLI = path.resolve(__dirname, '../../cli.js');
const PACKAGE = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir = '';

/** Run the CLI in the scratch folder with color variables cleared unless given. */
function cli(args: string[], env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, env: { ...base, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]): { run: Run; files: Record<string, unknown>[] } {
  const run = cli(['explain', '--format', 'json', ...args]);
  return { run, files: (JSON.parse(run.stdout) as { files: Record<string, unknown>[] }).files };
}

const DOCKERFILE = lines('FROM alpine:3.20 AS base', 'RUN apk add curl', 'FROM base', 'EXPOSE 80', 'CMD ["sh"]');
const COMPOSE = lines('services:', '  web:', '    image: nginx', '    deploy:', '      replicas: 2');
const DEPLOYMENT = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web, labels: {"app.kubernetes.io/name": web}}',
  'spec:',
  '  replicas: 2',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: app',
  '        image: nginx',
  '        command: [nginx]',
);

describe('layer-lens CLI', function () {
  this.timeout(60_000);

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-cli-'));
    writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    writeFileSync(path.join(dir, 'compose.yaml'), COMPOSE);
    mkdirSync(path.join(dir, 'k8s/nested'), { recursive: true });
    writeFileSync(path.join(dir, 'k8s/deploy.yaml'), DEPLOYMENT);
    writeFileSync(path.join(dir, 'k8s/nested/values.yml'), 'replicaCount: 1\n');
    writeFileSync(path.join(dir, 'k8s/README.md'), '# not YAML\n');
    writeFileSync(path.join(dir, 'k8s/manifest.txt'), DEPLOYMENT);
    symlinkSync('..', path.join(dir, 'k8s/nested/loop')); // a folder symlink back up the tree
    mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/pkg/Dockerfile'), DOCKERFILE);
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git/compose.yaml'), COMPOSE);
    mkdirSync(path.join(dir, 'odd'));
    writeFileSync(path.join(dir, 'odd/image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x00, 0xff]));
    writeFileSync(path.join(dir, 'odd/Dockerfile.latin1'), Buffer.concat([Buffer.from('# Auteur: Jos'), Buffer.from([0xe9]), Buffer.from('\nFROM alpine\n')]));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('usage', () => {
    it('prints help on stdout with exit 0, listing the commands', () => {
      for (const args of [['--help'], ['-h']]) {
        const r = cli(args);
        assert.equal(r.status, 0);
        assert.match(r.stdout, /^Usage: layer-lens COMMAND/);
        assert.match(r.stdout, /^ {2}explain {2}/m);
        assert.equal(r.stderr, '');
      }
      const sub = cli(['explain', '--help']);
      assert.equal(sub.status, 0);
      assert.match(sub.stdout, /^Usage: layer-lens explain \[--format text\|markdown\|json\] PATH…/);
    });

    it('prints the package version', () => {
      const r = cli(['--version']);
      assert.equal(r.status, 0);
      assert.equal(r.stdout, `${PACKAGE.version}\n`);
    });

    it('exits 2 with usage on stderr for a missing or unknown command, option, format or path list', () => {
      const cases: [string[], RegExp][] = [
        [[], /no command given/],
        [['frobnicate', '.'], /unknown command 'frobnicate'/],
        [['explain'], /needs at least one PATH/],
        [['explain', '--format', 'xml', '.'], /--format must be one of text, markdown, json/],
        [['explain', '--format'], /argument missing/],
        [['explain', '--color', '.'], /Unknown option '--color'/],
      ];
      for (const [args, why] of cases) {
        const r = cli(args);
        assert.equal(r.status, 2, args.join(' '));
        assert.match(r.stderr, why, args.join(' '));
        assert.match(r.stderr, /Usage: layer-lens/, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
      }
    });

    it('takes a path after -- even when it starts with a dash', () => {
      writeFileSync(path.join(dir, '-api.Dockerfile'), DOCKERFILE);
      const r = cli(['explain', '--', '-api.Dockerfile']);
      rmSync(path.join(dir, '-api.Dockerfile'));
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^-api\.Dockerfile {2}\(Dockerfile\)/);
    });
  });

  describe('text', () => {
    it('groups a Dockerfile by layer with line:col path — summary, notes and counts', () => {
      const r = cli(['explain', 'Dockerfile']);
      assert.equal(r.status, 0);
      assert.equal(r.stderr, '');
      const out = r.stdout;
      assert.match(out, /^Dockerfile {2}\(Dockerfile\)\n {2}build\/run · Docker layer \(5\)\n/);
      assert.match(out, /^ {4}1:1 {2}FROM — \S/m);
      assert.match(out, /^ {4}4:1 {2}EXPOSE — \S/m);
      assert.match(out, /^ {2}schedule\/scale · Kubernetes layer \(0\)\n {4}\(none\)$/m);
      assert.match(out, /^ {2}Notes\n {4}4:1 {2}EXPOSE — /m);
      assert.match(out, /^ {2}5 instructions: 5 build\/run, 0 schedule\/scale$/m);
    });

    it('names Docker Swarm for Compose deploy keys and Kubernetes objects by name', () => {
      const compose = cli(['explain', 'compose.yaml']).stdout;
      assert.match(compose, /schedule\/scale · Docker Swarm \(2\)/);
      assert.match(compose, /4:5 {2}services\.web\.deploy — /);
      const k8s = cli(['explain', 'k8s/deploy.yaml']).stdout;
      assert.match(k8s, /^ {4}Deployment\/web$/m);
      assert.match(k8s, /metadata\.labels\["app\.kubernetes\.io\/name"\] — /);
      assert.match(k8s, /schedule\/scale · Kubernetes layer/);
    });

    it('is plain unless FORCE_COLOR asks; NO_COLOR and a pipe keep it plain', () => {
      assert.doesNotMatch(cli(['explain', 'Dockerfile']).stdout, /\x1b\[/);
      assert.doesNotMatch(cli(['explain', 'Dockerfile'], { NO_COLOR: '1' }).stdout, /\x1b\[/);
      assert.doesNotMatch(cli(['explain', 'Dockerfile'], { FORCE_COLOR: '0' }).stdout, /\x1b\[/);
      const forced = cli(['explain', 'Dockerfile'], { FORCE_COLOR: '1' }).stdout;
      assert.match(forced, /\x1b\[36mbuild\/run · Docker layer\x1b\[0m/);
      assert.equal(forced.replace(/\x1b\[\d+m/g, ''), cli(['explain', 'Dockerfile']).stdout, 'color adds escapes only');
      assert.doesNotMatch(cli(['explain', '--format', 'json', 'Dockerfile'], { FORCE_COLOR: '1' }).stdout, /\x1b\[/);
    });

    it('walks a folder: candidates only, sorted, node_modules, .git and symlink loops skipped, the rest reported on stderr', () => {
      const r = cli(['explain', '.']);
      assert.equal(r.status, 0, r.stderr);
      const headers = r.stdout.split('\n').filter((l) => /^\S.*\(/.test(l));
      assert.deepEqual(headers, ['Dockerfile  (Dockerfile)', 'compose.yaml  (Compose file)', 'k8s/deploy.yaml  (Kubernetes manifest)', 'odd/Dockerfile.latin1  (Dockerfile)']);
      assert.match(r.stdout, /^4 files explained: \d+ build\/run, \d+ schedule\/scale; 2 skipped$/m);
      assert.deepEqual(r.stderr.trim().split('\n').sort(), [
        'layer-lens: k8s/nested/values.yml: not a Dockerfile, Compose file or Kubernetes manifest',
        'layer-lens: odd/Dockerfile.latin1: not valid UTF-8; undecodable bytes read as U+FFFD',
        'layer-lens: odd/image.yaml: binary file; Layer Lens reads only text',
      ]);
    });

    it('reads a file named explicitly whatever its name, sniffing its content', () => {
      const r = cli(['explain', 'k8s/manifest.txt', 'k8s/README.md']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^k8s\/manifest\.txt {2}\(Kubernetes manifest\)/);
      assert.match(r.stderr, /k8s\/README\.md: not a Dockerfile, Compose file or Kubernetes manifest/);
    });

    it('exits 1 for a missing path but still explains the others', () => {
      const r = cli(['explain', 'missing.yaml', 'Dockerfile']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /^layer-lens: missing\.yaml: no such file or folder$/m);
      assert.match(r.stdout, /^Dockerfile {2}\(Dockerfile\)/);
    });

    it('exits 1 for a dangling symlink named explicitly', () => {
      symlinkSync('nowhere', path.join(dir, 'dangling.yaml'));
      const r = cli(['explain', 'dangling.yaml']);
      rmSync(path.join(dir, 'dangling.yaml'));
      assert.equal(r.status, 1);
      assert.match(r.stderr, /dangling\.yaml: no such file or folder/);
    });
  });

  describe('markdown', () => {
    it('writes a heading per file and a table per layer', () => {
      const r = cli(['explain', '-f', 'markdown', 'Dockerfile', 'k8s/deploy.yaml']);
      assert.equal(r.status, 0);
      const md = r.stdout;
      assert.match(md, /^# Layer Lens\n\n## `Dockerfile`\n\nDockerfile · 5 instructions: 5 build\/run, 0 schedule\/scale\n/);
      assert.match(md, /^### build\/run · Docker layer \(5\)\n\n\| Line \| Field \| Phase \| What it governs \| Source \|\n\| ---: \| --- \| --- \| --- \| --- \|\n\| 1:1 \| `FROM` \| build \| /m);
      assert.match(md, /^## `k8s\/deploy\.yaml`$/m);
      assert.match(md, /^\| Line \| Object \| Field \| Phase \| What it governs \| Source \|$/m);
      assert.match(md, /^\| 5:3 \| `Deployment\/web` \| `spec\.replicas` \| scale \| /m);
      assert.match(md, /^### Notes\n\n- 4:1 `EXPOSE`: /m);
      // Every table row has as many cells as its header.
      for (const table of md.split(/\n\n/).filter((b) => b.startsWith('| Line'))) {
        const rows = table.split('\n');
        const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
        assert.ok(rows.every((row) => cells(row) === cells(rows[0])), table.slice(0, 200));
      }
    });
  });

  describe('json', () => {
    it('follows the contract: files with path, kind, error?, fields in document order with exactly the ReportField keys', () => {
      const { run, files } = json(['Dockerfile', 'compose.yaml', 'k8s/deploy.yaml']);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.deepEqual(files.map((f) => [f.path, f.kind]), [['Dockerfile', 'dockerfile'], ['compose.yaml', 'compose'], ['k8s/deploy.yaml', 'kubernetes']]);
      const required = ['document', 'line', 'column', 'path', 'layer', 'phase', 'summary', 'counterparts', 'guide', 'source'];
      const optional = ['resource', 'inferred', 'note', 'state', 'since', 'noteSource'];
      for (const file of files) {
        assert.deepEqual(Object.keys(file), ['path', 'kind', 'fields']);
        const fields = file.fields as Record<string, unknown>[];
        assert.ok(fields.length > 0);
        for (const f of fields) {
          for (const key of required) assert.ok(key in f, `${String(file.path)}: ${String(f.path)} lacks ${key}`);
          for (const key of Object.keys(f)) assert.ok(required.includes(key) || optional.includes(key), `unexpected key ${key}`);
          assert.ok(f.layer === 'build/run' || f.layer === 'schedule/scale');
          assert.ok(Array.isArray(f.counterparts));
          assert.ok(Number.isInteger(f.line) && (f.line as number) >= 1 && (f.column as number) >= 1);
        }
        const order = fields.map((f) => [f.line as number, f.column as number]);
        assert.deepEqual(order, [...order].sort((x, y) => x[0] - y[0] || x[1] - y[1]), 'document order');
      }
      const deploy = files[2].fields as Record<string, unknown>[];
      assert.deepEqual(deploy[0], { ...deploy[0], document: 0, line: 1, column: 1, path: 'apiVersion', resource: 'Deployment/web' });
      assert.ok(deploy.some((f) => f.path === 'spec.template.spec.containers[0].command' && f.layer === 'build/run' && typeof f.note === 'string'));
      assert.equal(deploy.length, 14);
    });

    it('streams the same bytes JSON.stringify would write', () => {
      const { run, files } = json(['.']);
      assert.equal(run.stdout, JSON.stringify({ files }, null, 2) + '\n');
      assert.equal(cli(['explain', '--format', 'json']).status, 2);
    });

    it('reports unknown, binary, undecodable and missing files in the list, and exits 1 only for the missing one', () => {
      const { run, files } = json(['.', 'missing']);
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '', 'JSON mode keeps stderr for crashes');
      const byPath = new Map(files.map((f) => [f.path, f]));
      assert.deepEqual([...byPath.keys()], [
        'Dockerfile', 'compose.yaml', 'k8s/deploy.yaml', 'k8s/nested/values.yml', 'odd/Dockerfile.latin1', 'odd/image.yaml', 'missing',
      ]);
      assert.deepEqual(byPath.get('k8s/nested/values.yml'), { path: 'k8s/nested/values.yml', kind: 'unknown', error: 'not a Dockerfile, Compose file or Kubernetes manifest', fields: [] });
      assert.deepEqual(byPath.get('odd/image.yaml'), { path: 'odd/image.yaml', kind: 'unknown', error: 'binary file; Layer Lens reads only text', fields: [] });
      assert.deepEqual(byPath.get('missing'), { path: 'missing', kind: 'unknown', error: 'no such file or folder', fields: [] });
      const latin1 = byPath.get('odd/Dockerfile.latin1')!;
      assert.equal(latin1.kind, 'dockerfile');
      assert.match(String(latin1.error), /not valid UTF-8/);
      assert.deepEqual((latin1.fields as { path: string; line: number }[]).map((f) => [f.path, f.line]), [['FROM', 2]]);
    });

    it('reports a parse error and still lists what parsed', () => {
      writeFileSync(path.join(dir, 'broken.yaml'), lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: x', 'spec: ['));
      const { run, files } = json(['broken.yaml']);
      rmSync(path.join(dir, 'broken.yaml'));
      assert.equal(run.status, 0);
      assert.match(String(files[0].error), /^parse error at \d+:\d+: /);
      assert.ok((files[0].fields as unknown[]).length >= 2);
    });
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" explain "${CORPUS}" | head -n 2; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.stdout.split('\n').length, 4, r.stdout);
    assert.match(r.stdout, /^status 0$/m);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });
});
