// The rules that compare the runners of one image (command-not-args, entrypoint-drops-cmd, user-not-numeric,
// port-mismatch, env-drift, replicas-with-hpa, limits-drift, and healthcheck-ignored's Compose case), on the
// multi-runner fixture test/fixtures/runners where each problem is planted, and on small cases they must pass.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { allFindings, isImageSource, type Finding, type ImageIndex } from '../../src/core/images';
import { LineIndex } from '../../src/core/text';
import { applyFix, covered, findingsOf, workspace } from './images-helpers';
import { CORPUS, filesUnder, REPO } from './helpers';

const FIXTURE = path.join(REPO, 'test/fixtures/runners');

function files(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) Object.assign(out, files(p, root));
    else out[path.relative(root, p).split(path.sep).join('/')] = readFileSync(p, 'utf8');
  }
  return out;
}

function fixture(): ImageIndex {
  return workspace(files(FIXTURE));
}

/** `path:line` of a finding (1-based). */
function lineOf(index: ImageIndex, f: { path: string; start: number }): string {
  return `${f.path}:${new LineIndex(index.facts(f.path)!.text).positionAt(f.start).line + 1}`;
}

const RUNNER_RULES = ['command-not-args', 'entrypoint-drops-cmd', 'user-not-numeric', 'port-mismatch', 'env-drift', 'replicas-with-hpa', 'limits-drift'];

describe('images rules: runners of one image (test/fixtures/runners)', () => {
  it('finds every planted problem with its rule id and severity at the line to change', () => {
    const index = fixture();
    const found = allFindings(index)
      .filter((f) => RUNNER_RULES.includes(f.rule) || (f.rule === 'healthcheck-ignored' && f.path === 'k8s/worker.yaml'))
      .map((f) => `${f.rule} ${f.severity} ${lineOf(index, f)} ${covered(index, f)}`)
      .sort();
    assert.deepEqual(found, [
      'command-not-args warning k8s/api.yaml:18 command',
      'entrypoint-drops-cmd hint compose.yaml:20 entrypoint',
      'entrypoint-drops-cmd hint k8s/worker.yaml:19 command',
      'env-drift info k8s/api.yaml:25 env',
      'healthcheck-ignored warning k8s/worker.yaml:18 shop/worker:1.0',
      'limits-drift info k8s/api.yaml:30 1Gi',
      'port-mismatch warning k8s/api.yaml:24 8080',
      'port-mismatch warning k8s/api.yaml:41 http',
      'replicas-with-hpa warning k8s/api.yaml:6 3',
      'user-not-numeric error k8s/api.yaml:20 true',
      'user-not-numeric error k8s/worker.yaml:15 true',
    ]);
  });

  it('names the other runner\'s line in each finding', () => {
    const index = fixture();
    const rel = (f: Finding) => (f.related ?? []).map((r) => lineOf(index, r));
    const one = (rule: string, p: string) => findingsOf(index, rule as Finding['rule'], p)[0];
    assert.deepEqual(rel(one('command-not-args', 'k8s/api.yaml')), ['compose.yaml:5', 'api/Dockerfile:15']);
    assert.deepEqual(rel(one('user-not-numeric', 'k8s/api.yaml')), ['api/Dockerfile:13']);
    assert.deepEqual(rel(one('replicas-with-hpa', 'k8s/api.yaml')), ['k8s/api.yaml:51']);
    assert.deepEqual(rel(one('limits-drift', 'k8s/api.yaml')), ['compose.yaml:14']);
    assert.deepEqual(rel(one('entrypoint-drops-cmd', 'compose.yaml')), ['worker/Dockerfile:7']);
    assert.deepEqual(rel(findingsOf(index, 'healthcheck-ignored', 'k8s/worker.yaml')[0]), ['compose.yaml:22']);
  });

  it('says what the container starts and what it would start with the fix', () => {
    const index = fixture();
    const [f] = findingsOf(index, 'command-not-args', 'k8s/api.yaml');
    assert.match(f.message, /starts `dist\/server\.js --trace-warnings`/);
    assert.match(f.message, /As `args` it starts `node dist\/server\.js --trace-warnings`\./);
    const [u] = findingsOf(index, 'user-not-numeric', 'k8s/worker.yaml');
    assert.match(u.message, /USER is the name `worker`/);
    assert.deepEqual(u.fixes, [], 'no uid in the Dockerfile: a message, no edit');
  });

  it('renames command to args, adds runAsUser, removes spec.replicas: every other byte unchanged, finding gone', () => {
    for (const [rule, expected] of [
      ['command-not-args', (t: string) => t.replace('          command: ["dist/server.js"', '          args: ["dist/server.js"')],
      ['user-not-numeric', (t: string) => t.replace('runAsNonRoot: true\n', 'runAsNonRoot: true\n            runAsUser: 10001\n')],
      ['replicas-with-hpa', (t: string) => t.replace('  replicas: 3\n', '')],
    ] as const) {
      const index = fixture();
      const before = index.facts('k8s/api.yaml')!.text;
      const [f] = findingsOf(index, rule, 'k8s/api.yaml');
      const texts = applyFix(index, f.fixes[0]);
      assert.equal(texts.get('k8s/api.yaml'), expected(before), rule);
      assert.deepEqual(findingsOf(index, rule, 'k8s/api.yaml'), [], `${rule} is gone after its fix`);
    }
  });

  it('adds the Compose healthcheck as a livenessProbe', () => {
    const index = fixture();
    const [f] = findingsOf(index, 'healthcheck-ignored', 'k8s/worker.yaml');
    const texts = applyFix(index, f.fixes[0]);
    assert.match(texts.get('k8s/worker.yaml')!, /value: postgres:\/\/db\/shop\n {10}livenessProbe:\n {12}exec:\n {14}command: \["python", "-m", "worker.health"\]\n---/);
  });
});

describe('images rules: runners that agree stay quiet', () => {
  const dockerfile = 'FROM node:20-slim\nRUN useradd -u 1001 app\nUSER 1001\nEXPOSE 3000\nENTRYPOINT ["node"]\nCMD ["server.js"]\n';
  const compose = 'services:\n  api:\n    build: .\n    image: shop/api:1\n    command: ["server.js", "--port", "3000"]\n    environment:\n      A: "1"\n    ports:\n      - "80:3000"\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n';
  const deploy = (container: string, spec = '') =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n${spec}  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: api\n          image: shop/api:1\n${container}`;

  it('args copied from Compose, a numeric USER, matching ports, env and limits: nothing to report', () => {
    const k8s =
      deploy(
        '          args: ["server.js", "--port", "3000"]\n          securityContext:\n            runAsNonRoot: true\n          ports:\n            - name: http\n              containerPort: 3000\n          env:\n            - name: A\n              value: "1"\n          resources:\n            limits:\n              memory: 512Mi\n',
      ) + '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 80\n      targetPort: http\n';
    const index = workspace({ Dockerfile: dockerfile, 'compose.yaml': compose, 'k8s/api.yaml': k8s });
    const found = allFindings(index).filter((f) => RUNNER_RULES.includes(f.rule));
    assert.deepEqual(found.map((f) => f.rule), []);
  });

  it('a Service port no container lists, beside ones they list, is not reported (containerPort is informational)', () => {
    const k8s =
      deploy('          ports:\n            - containerPort: 3000\n') +
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 80\n      targetPort: 3000\n    - port: 4369\n';
    assert.deepEqual(findingsOf(workspace({ Dockerfile: dockerfile, 'k8s/api.yaml': k8s }), 'port-mismatch'), []);
    const only = k8s.replace('      targetPort: 3000\n', '');
    assert.equal(findingsOf(workspace({ Dockerfile: dockerfile, 'k8s/api.yaml': only }), 'port-mismatch').length, 2, 'ports 80 and 4369, none listed');
  });

  it('a full command in Kubernetes for an image without ENTRYPOINT is not a mistake', () => {
    const df = 'FROM python:3.12\nCMD ["python", "app.py"]\n';
    const c = 'services:\n  app:\n    build: .\n    image: shop/app:1\n    command: ["python", "worker.py"]\n';
    const index = workspace({ Dockerfile: df, 'compose.yaml': c, 'k8s/app.yaml': deploy('          command: ["python", "worker.py"]\n').replace(/shop\/api/g, 'shop/app') });
    assert.deepEqual(allFindings(index).filter((f) => f.rule === 'command-not-args' || f.rule === 'entrypoint-drops-cmd'), []);
  });

  it('a command whose first word is a flag is reported without any Compose file', () => {
    const index = workspace({ Dockerfile: dockerfile, 'k8s/api.yaml': deploy('          command: ["--port", "3000"]\n') });
    const [f] = findingsOf(index, 'command-not-args');
    assert.match(f.message, /`--port` is a flag, not a program/);
  });

  it('runAsUser at the pod level, or a named USER with uid from adduser -u, and a HPA without replicas', () => {
    const named = dockerfile.replace('USER 1001', 'USER app');
    const pod = deploy('', '').replace('    spec:\n      containers:', '    spec:\n      securityContext:\n        runAsNonRoot: true\n        runAsUser: 1001\n      containers:');
    const hpa = '---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef:\n    kind: Deployment\n    name: api\n';
    const index = workspace({ Dockerfile: named, 'k8s/api.yaml': pod + hpa });
    assert.deepEqual(allFindings(index).filter((f) => f.rule === 'user-not-numeric' || f.rule === 'replicas-with-hpa'), []);
  });

  it('reads the uid from adduser -D -u and useradd --uid, never from USER name:group', () => {
    for (const [run, user, uid] of [
      ['RUN adduser -D -u 2000 app', 'USER app', 2000],
      ['RUN useradd --uid 3000 --create-home app', 'USER app:app', 3000],
      ['RUN true', 'USER app:4000', undefined],
    ] as const) {
      const df = `FROM alpine\n${run}\n${user}\nCMD ["/app"]\n`;
      const k8s = deploy('          securityContext:\n            runAsNonRoot: true\n');
      const [f] = findingsOf(workspace({ Dockerfile: df, 'compose.yaml': 'services:\n  api:\n    build: .\n    image: shop/api:1\n', 'k8s/api.yaml': k8s }), 'user-not-numeric');
      assert.equal(f.fixes[0]?.title.match(/runAsUser: (\d+)/)?.[1], uid === undefined ? undefined : String(uid), run);
    }
  });
});

describe('images rules: runners on the corpus', function () {
  this.timeout(120_000);

  it('stays quiet where the runners agree; reports only the real problems, each for its reason', () => {
    const index = workspace(
      Object.fromEntries(
        filesUnder(CORPUS)
          .filter((p) => isImageSource(p))
          .map((p) => [path.relative(REPO, p).split(path.sep).join('/'), readFileSync(p, 'utf8')]),
      ),
    );
    const found = allFindings(index)
      .filter((f) => RUNNER_RULES.includes(f.rule) || (f.rule === 'healthcheck-ignored' && /Compose service/.test(f.message)))
      .map((f) => `${f.rule} ${f.path.replace('test/fixtures/corpus/', '')}:${lineOf(index, f).split(':')[1]}`)
      .sort();
    assert.deepEqual(found, [
      // Compose checks db and redis with scripts (healthchecks/*.sh); their Deployments have no probe at all.
      'healthcheck-ignored dockersamples__example-voting-app/k8s-specifications/db-deployment.yaml:18',
      'healthcheck-ignored dockersamples__example-voting-app/k8s-specifications/redis-deployment.yaml:18',
      // The Service sends port 80 (targetPort defaults to port) to a Ghost container that lists only 2368.
      'port-mismatch kubernetes__examples/_archived/volumes/flocker/flocker-pod-with-rc.yml:11',
      // An HPA in hpa/ scales this Deployment, which hard-codes replicas: 1.
      'replicas-with-hpa kubernetes__examples/AI/vllm-deployment/vllm-deployment.yaml:6',
    ]);
  });
});
