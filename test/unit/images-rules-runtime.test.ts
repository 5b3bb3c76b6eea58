// The rules about what an image does at run time: build-at-runtime, healthcheck-ignored, non-final-stage.
// Positive and negative cases; fixes are applied (across files where they span two) and re-checked.
import * as assert from 'node:assert/strict';
import { applyFix, covered, findingsOf, workspace } from './images-helpers';

const DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nUSER app\n# start the server\nCMD ["python", "main.py"]\n';
const COMPOSE = 'services:\n  web:\n    build: ./web\n    image: acme/web:1\n';

function deployment(container: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${container}`;
}

describe('images rules: build-at-runtime', () => {
  const k8s = deployment(
    '      containers:\n      - name: web\n        image: acme/web:1\n        command: ["sh", "-c", "apt-get update && apt-get install -y curl && exec python main.py"]\n',
  );

  it('moves an install out of a container command into the Dockerfile that builds its image', () => {
    const index = workspace({ 'web/Dockerfile': DOCKERFILE, 'compose.yaml': COMPOSE, 'k8s/web.yaml': k8s });
    const [f] = findingsOf(index, 'build-at-runtime');
    assert.equal(f.path, 'k8s/web.yaml');
    assert.equal(covered(index, f), 'apt-get update && apt-get install -y curl');
    assert.match(f.message, /installs packages \(apt-get install\) every time it starts/);
    const fix = f.fixes[0];
    assert.deepEqual(fix.edits.map((e) => e.path).sort(), ['k8s/web.yaml', 'web/Dockerfile']);
    const texts = applyFix(index, fix);
    // Root is needed for apt-get: the RUN goes above USER (and above nothing else).
    assert.equal(texts.get('web/Dockerfile'), 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN apt-get update && apt-get install -y curl\nUSER app\n# start the server\nCMD ["python", "main.py"]\n');
    assert.equal(texts.get('k8s/web.yaml'), k8s.replace('apt-get update && apt-get install -y curl && ', ''));
    assert.deepEqual(findingsOf(index, 'build-at-runtime'), []);
  });

  it('reads Compose string commands with sh -c and places a non-root step right before CMD, under its comment', () => {
    const compose = 'services:\n  web:\n    build: ./web\n    command: sh -c "python main.py --migrate && pip install -r extra.txt"\n';
    const index = workspace({ 'web/Dockerfile': DOCKERFILE, 'compose.yaml': compose });
    const [f] = findingsOf(index, 'build-at-runtime');
    assert.equal(covered(index, f), 'pip install -r extra.txt');
    const texts = applyFix(index, f.fixes[0]);
    assert.equal(texts.get('compose.yaml'), compose.replace(' && pip install -r extra.txt', ''));
    assert.equal(texts.get('web/Dockerfile'), DOCKERFILE.replace('USER app\n# start', 'USER app\nRUN pip install -r extra.txt\n# start'));
    assert.deepEqual(findingsOf(index, 'build-at-runtime'), []);
  });

  it('removes an init container whose whole job is a build step, and reads literal block scripts', () => {
    const manifest = deployment(
      '      initContainers:\n      - name: deps\n        image: acme/web:1\n        command: ["npm", "ci"]\n      containers:\n      - name: web\n        image: acme/web:1\n        args:\n        - |\n          git clone https://example.com/app.git /src\n          node /src/server.js\n        command: ["/bin/bash", "-ec"]\n',
    );
    const index = workspace({ 'web/Dockerfile': DOCKERFILE, 'compose.yaml': COMPOSE, 'k8s/web.yaml': manifest });
    const found = findingsOf(index, 'build-at-runtime');
    assert.deepEqual(found.map((f) => covered(index, f)), ['npm", "ci', 'git clone https://example.com/app.git /src']);
    assert.match(found[0].message, /an init container/);
    const texts = applyFix(index, found[0].fixes[0]);
    assert.equal(texts.get('k8s/web.yaml'), manifest.replace('      initContainers:\n      - name: deps\n        image: acme/web:1\n        command: ["npm", "ci"]\n', ''));
    assert.match(texts.get('web/Dockerfile')!, /\nRUN npm ci\n# start the server\n/);
    const left = findingsOf(index, 'build-at-runtime');
    assert.equal(left.length, 1);
    const after = applyFix(index, left[0].fixes[0]).get('k8s/web.yaml')!;
    assert.match(after, /- \|\n {10}node \/src\/server\.js\n/);
    assert.deepEqual(findingsOf(index, 'build-at-runtime'), []);
  });

  it('reports without a fix when no Dockerfile in the workspace builds the image', () => {
    const index = workspace({ 'k8s/web.yaml': k8s.replace('acme/web:1', 'python:3.12') });
    const [f] = findingsOf(index, 'build-at-runtime');
    assert.ok(f);
    assert.deepEqual(f.fixes, []);
  });

  // The step moves with the folder it ran in: the script's `cd`s, the container's working directory.
  const k8sScript = (script: string, extra = '') =>
    deployment(`      containers:\n      - name: web\n        image: acme/web:1\n${extra}        command: ["sh", "-c", ${JSON.stringify(script)}]\n`);
  const moved = (files: Record<string, string>) => {
    const index = workspace({ 'compose.yaml': COMPOSE, ...files });
    return findingsOf(index, 'build-at-runtime').map((f) => f.fixes[0]?.edits.find((e) => e.path === 'web/Dockerfile')?.newText ?? null);
  };

  it('carries the cd before a step into the RUN, and the rest of the command keeps its own cd', () => {
    const manifest = k8sScript('cd /src && npm install && node app.js');
    const index = workspace({ 'web/Dockerfile': DOCKERFILE, 'compose.yaml': COMPOSE, 'k8s/web.yaml': manifest });
    const [f] = findingsOf(index, 'build-at-runtime');
    assert.equal(covered(index, f), 'npm install');
    assert.equal(f.fixes[0].title, 'Move `cd /src && npm install` into Dockerfile as a RUN step');
    const texts = applyFix(index, f.fixes[0]);
    assert.equal(texts.get('web/Dockerfile'), DOCKERFILE.replace('USER app\n# start', 'USER app\nRUN cd /src && npm install\n# start'));
    assert.equal(texts.get('k8s/web.yaml'), manifest.replace('npm install && ', ''));
    assert.deepEqual(findingsOf(index, 'build-at-runtime'), []);
  });

  it('resolves a chain of cds from the image WORKDIR, and adds none where the RUN already runs there', () => {
    // kubernetes/examples nodesjs-mongodb: clone in /home, install in the clone's subfolder.
    const script = "cd /home && git clone https://github.com/ijason/NodeJS-Sample-App.git demo && cd demo/EmployeeDB/ && npm install && sed -i -- 's/localhost/mongo/g' app.js && node app.js";
    assert.deepEqual(moved({ 'web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': k8sScript(script) }), [
      'RUN cd /home && git clone https://github.com/ijason/NodeJS-Sample-App.git demo\n',
      'RUN cd /home/demo/EmployeeDB && npm install\n',
    ]);
    // Relative cds: from WORKDIR /app, or kept relative when no WORKDIR is set (the base image's folder).
    assert.deepEqual(moved({ 'web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': k8sScript('cd demo && npm ci && node .') }), ['RUN cd /app/demo && npm ci\n']);
    assert.deepEqual(moved({ 'web/Dockerfile': 'FROM node:20\nCMD ["node", "."]\n', 'k8s/web.yaml': k8sScript('cd demo && npm ci && node .') }), ['RUN cd demo && npm ci\n']);
    assert.deepEqual(moved({ 'web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': k8sScript('cd /app && npm ci && node .') }), ['RUN npm ci\n']);
  });

  it('runs the step in the working directory of the container or service, and in the WORKDIR in effect where the RUN goes', () => {
    assert.deepEqual(moved({ 'web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': k8sScript('npm ci && node .', '        workingDir: /srv/web\n') }), ['RUN cd /srv/web && npm ci\n']);
    assert.deepEqual(moved({ 'web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': k8sScript('npm ci && node .', '        workingDir: /app\n') }), ['RUN npm ci\n']);
    const compose = (dir: string) => `services:\n  web:\n    build: ./web\n    working_dir: ${dir}\n    command: sh -c "pip install -r req.txt && python main.py"\n`;
    const viaCompose = (dir: string) => {
      const index = workspace({ 'web/Dockerfile': DOCKERFILE, 'compose.yaml': compose(dir) });
      return findingsOf(index, 'build-at-runtime')[0].fixes[0].edits[0].newText;
    };
    assert.equal(viaCompose('/app'), 'RUN pip install -r req.txt\n');
    assert.equal(viaCompose('/opt/tools'), 'RUN cd /opt/tools && pip install -r req.txt\n');
    // apt-get needs root: the RUN goes above USER, where WORKDIR is still /build, so it must cd to /app.
    const df = 'FROM debian:12\nWORKDIR /build\nUSER app\nWORKDIR /app\nCMD ["/app/run"]\n';
    assert.deepEqual(moved({ 'web/Dockerfile': df, 'k8s/web.yaml': k8sScript('apt-get install -y curl && ./run') }), ['RUN cd /app && apt-get install -y curl\n']);
  });

  it('offers no fix when the folder cannot be repeated: a variable, cd -, pushd, a conditional cd, a subshell, an unknown WORKDIR', () => {
    const noFix = (script: string, dockerfile = DOCKERFILE, extra = '') => {
      const index = workspace({ 'web/Dockerfile': dockerfile, 'compose.yaml': COMPOSE, 'k8s/web.yaml': k8sScript(script, extra) });
      const found = findingsOf(index, 'build-at-runtime');
      assert.equal(found.length, 1, script);
      assert.deepEqual(found[0].fixes, [], script);
      assert.match(found[0].message, /No automatic fix: a RUN step cannot be sure to run in the folder/);
      assert.equal(found[0].related?.[0].path, 'web/Dockerfile', 'still points at the Dockerfile');
    };
    noFix('cd $APP_HOME && npm ci && node .');
    noFix('cd /a && cd - && npm ci && node .');
    noFix('pushd /src && npm ci && node .');
    noFix('cd /src || exit 1; npm ci; node .');
    noFix('(cd /src && echo hi) && npm ci && node .');
    noFix('npm ci && node .', DOCKERFILE, '        workingDir: $(HOME)/app\n');
    noFix('cd lib && npm ci && node .', 'FROM node:20\nWORKDIR $APP\nCMD ["node", "."]\n');
    // An absolute cd does not depend on the WORKDIR: that one can move.
    assert.deepEqual(moved({ 'web/Dockerfile': 'FROM node:20\nWORKDIR $APP\nCMD ["node", "."]\n', 'k8s/web.yaml': k8sScript('cd /lib && npm ci && node .') }), [
      'RUN cd /lib && npm ci\n',
    ]);
  });

  it('is quiet for start commands that only start the program', () => {
    const index = workspace({
      'web/Dockerfile': DOCKERFILE,
      'compose.yaml': 'services:\n  web:\n    build: ./web\n    command: ["python", "main.py", "--port", "80"]\n    entrypoint: /docker-entrypoint.sh\n',
      'k8s/web.yaml': deployment('      containers:\n      - name: web\n        image: acme/web:1\n        args: ["--workers", "4"]\n        command: ["sh", "-c", "exec gunicorn app:app"]\n'),
    });
    assert.deepEqual(findingsOf(index, 'build-at-runtime'), []);
  });
});

describe('images rules: healthcheck-ignored', () => {
  const withHealthcheck = (hc: string) => `FROM node:20-slim AS base\nWORKDIR /app\nFROM base\nCOPY . .\n${hc}\nCMD ["node", "server.js"]\n`;
  const container = '      containers:\n      - name: web\n        image: acme/web:1\n        ports:\n        - containerPort: 8080\n';

  it('adds a livenessProbe from a curl HEALTHCHECK as httpGet, with the timings', () => {
    const df = withHealthcheck('HEALTHCHECK --interval=30s --timeout=5s --start-period=1m --retries=4 \\\n  CMD curl -fsS http://localhost:8080/healthz || exit 1');
    const index = workspace({ 'web/Dockerfile': df, 'compose.yaml': COMPOSE, 'k8s/web.yaml': deployment(container) });
    const [f] = findingsOf(index, 'healthcheck-ignored');
    assert.equal(f.severity, 'warning');
    assert.equal(covered(index, f), 'acme/web:1');
    assert.match(f.message, /Kubernetes ignores HEALTHCHECK/);
    assert.equal(f.related?.[0].path, 'web/Dockerfile');
    const after = applyFix(index, f.fixes[0]).get('k8s/web.yaml');
    assert.equal(
      after,
      deployment(
        container +
          '        livenessProbe:\n          httpGet:\n            path: /healthz\n            port: 8080\n          initialDelaySeconds: 60\n          periodSeconds: 30\n          timeoutSeconds: 5\n          failureThreshold: 4\n',
      ),
    );
    assert.deepEqual(findingsOf(index, 'healthcheck-ignored'), []);
    assert.ok(index.facts('k8s/web.yaml')!.runs[0].container!.keys.includes('livenessProbe'), 'the probe landed in the container');
  });

  it('carries other checks over as exec probes: shell form through sh -c, JSON form as is', () => {
    const shell = workspace({ 'web/Dockerfile': withHealthcheck('HEALTHCHECK CMD pg_isready -U "app"'), 'compose.yaml': COMPOSE, 'k8s/web.yaml': deployment(container) });
    const [a] = findingsOf(shell, 'healthcheck-ignored');
    assert.match(a.fixes[0].edits[0].newText, /exec:\n {12}command: \["sh", "-c", "pg_isready -U \\"app\\""\]\n$/);
    const json = workspace({ 'web/Dockerfile': withHealthcheck('HEALTHCHECK --interval=10s CMD ["/bin/check", "--quick"]'), 'compose.yaml': COMPOSE, 'k8s/web.yaml': deployment(container) });
    const [b] = findingsOf(json, 'healthcheck-ignored');
    assert.match(b.fixes[0].edits[0].newText, /command: \["\/bin\/check", "--quick"\]\n {10}periodSeconds: 10\n$/);
    applyFix(json, b.fixes[0]);
    assert.deepEqual(findingsOf(json, 'healthcheck-ignored'), []);
  });

  it('finds a HEALTHCHECK the final stage inherits from the stage it is built FROM', () => {
    const df = 'FROM node:20 AS base\nHEALTHCHECK CMD wget -q --spider http://localhost/\nFROM base\nCMD ["node", "s.js"]\n';
    const index = workspace({ 'web/Dockerfile': df, 'compose.yaml': COMPOSE, 'k8s/web.yaml': deployment(container) });
    const [f] = findingsOf(index, 'healthcheck-ignored');
    assert.match(f.fixes[0].edits[0].newText, /httpGet:\n {12}path: \/\n {12}port: 80\n/);
  });

  it('is a hint when a readinessProbe exists, and quiet with a livenessProbe, HEALTHCHECK NONE, or outside Kubernetes', () => {
    const df = withHealthcheck('HEALTHCHECK CMD curl -f http://localhost/');
    const ready = workspace({ 'web/Dockerfile': df, 'compose.yaml': COMPOSE, 'k8s/web.yaml': deployment(`${container}        readinessProbe:\n          tcpSocket:\n            port: 8080\n`) });
    assert.equal(findingsOf(ready, 'healthcheck-ignored')[0].severity, 'hint');
    const live = workspace({ 'web/Dockerfile': df, 'compose.yaml': COMPOSE, 'k8s/web.yaml': deployment(`${container}        livenessProbe:\n          tcpSocket:\n            port: 8080\n`) });
    assert.deepEqual(findingsOf(live, 'healthcheck-ignored'), []);
    const none = workspace({ 'web/Dockerfile': `${df}HEALTHCHECK NONE\n`, 'compose.yaml': COMPOSE, 'k8s/web.yaml': deployment(container) });
    assert.deepEqual(findingsOf(none, 'healthcheck-ignored'), []);
    const composeOnly = workspace({ 'web/Dockerfile': df, 'compose.yaml': COMPOSE });
    assert.deepEqual(findingsOf(composeOnly, 'healthcheck-ignored'), [], 'Compose and Swarm run HEALTHCHECK');
  });
});

describe('images rules: non-final-stage', () => {
  it('hints at CMD / EXPOSE / HEALTHCHECK / ENTRYPOINT in a stage that never becomes the image', () => {
    const df = 'FROM golang:1.22 AS builder\nRUN go build -o /out/app .\nEXPOSE 8080\nCMD ["/out/app"]\nFROM gcr.io/distroless/static\nCOPY --from=builder /out/app /app\nENTRYPOINT ["/app"]\n';
    const index = workspace({ 'Dockerfile': df });
    const found = findingsOf(index, 'non-final-stage');
    assert.deepEqual(found.map((f) => covered(index, f)), ['EXPOSE', 'CMD']);
    assert.equal(found[0].severity, 'hint');
    assert.match(found[1].message, /CMD in build stage 'builder' has no effect/);
    assert.deepEqual(found[1].fixes, []);
  });

  it('counts what the final stage inherits, and stages a build targets', () => {
    const inherited = 'FROM node:20 AS base\nEXPOSE 3000\nCMD ["node", "a.js"]\nFROM base AS final\nCOPY . .\n';
    assert.deepEqual(findingsOf(workspace({ 'Dockerfile': inherited }), 'non-final-stage'), []);
    // `deps` is copied from, so it is not a target by design; a build that targets it makes its CMD count.
    const targeted = 'FROM node:20 AS deps\nRUN npm ci\nCMD ["nodemon"]\nFROM node:20-slim\nCOPY --from=deps /app/node_modules ./node_modules\nCMD ["node", "a.js"]\n';
    assert.equal(findingsOf(workspace({ 'Dockerfile': targeted }), 'non-final-stage').length, 1);
    const index = workspace({ 'Dockerfile': targeted, 'compose.yaml': 'services:\n  app:\n    build:\n      context: .\n      target: deps\n' });
    assert.deepEqual(findingsOf(index, 'non-final-stage'), [], 'compose builds --target deps');
  });

  it('hints at a start command a later stage overrides', () => {
    const df = 'FROM node:20 AS base\nCMD ["node", "a.js"]\nFROM base\nCMD ["node", "b.js"]\n';
    const [f] = findingsOf(workspace({ 'Dockerfile': df }), 'non-final-stage');
    assert.match(f.message, /sets its own CMD/);
  });
});
