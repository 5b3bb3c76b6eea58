// `layer-lens compare` as a separate process on the multi-runner fixture: the JSON contract of issue 10, the
// process each runner starts, and the text and Markdown forms.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { ComparisonJson } from '../../src/core/runners';
import { REPO } from './helpers';

const CLI = path.resolve(__dirname, '../../cli.js');
const FIXTURE = path.join(REPO, 'test/fixtures/runners');

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'compare', ...args], { cwd: FIXTURE, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON contract, as the core declares it. */
type Out = ComparisonJson;

describe('layer-lens compare', () => {
  it('gives each runner of the fixture the process it starts, in the JSON contract', () => {
    const r = run(['--format', 'json', '.']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Out;
    const processes = Object.fromEntries(out.images.flatMap((i) => i.runners.map((x) => [`${i.image} ${x.kind} ${x.name}`, x.process])));
    assert.deepEqual(processes, {
      'postgres compose db': null, // not built here: its ENTRYPOINT and CMD are not in these files
      'shop/api image api/Dockerfile': ['node', 'dist/server.js'],
      'shop/api compose api': ['node', 'dist/server.js', '--trace-warnings'],
      'shop/api swarm api': ['node', 'dist/server.js'],
      'shop/api kubernetes Deployment/api:api': ['dist/server.js', '--trace-warnings'],
      'shop/worker image worker/Dockerfile': ['python', '-m', 'worker', '--queue', 'default'],
      'shop/worker compose worker': ['python', '-m', 'worker', '--verbose'],
      'shop/worker kubernetes Deployment/worker:worker': ['python', '-m', 'worker'],
      'shop/worker kubernetes CronJob/nightly:worker': ['python', '-m', 'worker', '--queue', 'nightly'],
      'web/Dockerfile image web/Dockerfile': ['/docker-entrypoint.sh', '/bin/sh', '-c', 'nginx -g "daemon off;"'],
      'web/Dockerfile compose web': ['/docker-entrypoint.sh', '/bin/sh', '-c', 'nginx -g "daemon off;"'],
    });
  });

  it('has exactly the contract keys, with 1-based lines where each runner is defined', () => {
    const out = JSON.parse(run(['-f', 'json', '.']).stdout) as Out;
    const api = out.images.find((i) => i.image === 'shop/api')!;
    assert.deepEqual(api.builds, [{ path: 'compose.yaml', line: 4, target: null }]);
    for (const r of api.runners) assert.deepEqual(Object.keys(r), ['kind', 'name', 'path', 'line', 'process', 'user', 'workdir', 'env', 'ports', 'replicas']);
    const k8s = api.runners.find((r) => r.kind === 'kubernetes')!;
    assert.deepEqual(k8s, {
      kind: 'kubernetes',
      name: 'Deployment/api:api',
      path: 'k8s/api.yaml',
      line: 16,
      process: ['dist/server.js', '--trace-warnings'],
      user: 'app',
      workdir: '/app',
      env: ['DATABASE_URL', 'NODE_ENV', 'PORT'],
      ports: [8080],
      replicas: 3,
    });
    const compose = api.runners.find((r) => r.kind === 'compose')!;
    assert.deepEqual(compose.env, ['DATABASE_URL', 'DEBUG', 'LOG_LEVEL', 'NODE_ENV', 'PORT'], 'compose.override.yaml is merged');
    assert.deepEqual(compose.ports, [3000, 9229]);
    const cron = out.images.find((i) => i.image === 'shop/worker')!.runners.find((r) => r.name === 'CronJob/nightly:worker')!;
    assert.equal(cron.user, '10002', 'runAsUser replaces the image USER');
  });

  it('prints text with the differing rows marked, and a Markdown table per image', () => {
    const text = run(['.']).stdout;
    assert.match(text, /^shop\/api — built by compose\.yaml:4$/m);
    assert.match(text, /^ {3}\*process {7}dist\/server\.js --trace-warnings {2}\(k8s\/api\.yaml:18\)$/m);
    const md = run(['--format', 'markdown', '.']).stdout;
    assert.match(md, /^## `shop\/api`$/m);
    assert.match(md, /^\| \*\*process\*\* \(differs\) \| build\/run \| `node dist\/server\.js` api\/Dockerfile:16 \| /m);
  });

  it('asks for a PATH, and exits 1 when one cannot be read', () => {
    assert.equal(run([]).status, 2);
    const r = run(['no-such-folder']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no-such-folder/);
  });
});
