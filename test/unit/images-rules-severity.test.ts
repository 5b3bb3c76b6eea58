// Severity decisions: each rule tells a project's normal practice (a hint, or nothing) from a real problem (a
// warning). The normal patterns are those met on real repositories (moby/buildkit, jaegertracing/jaeger,
// grafana/loki, traefik/traefik, kubeflow/pipelines); the problems keep their severity.
import * as assert from 'node:assert/strict';
import { covered, findingsOf, workspace } from './images-helpers';

const DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n';
const composeBuilding = (image: string) => `services:\n  api:\n    build: ./api\n    image: ${image}\n`;
const composeRunning = (image: string) => `services:\n  api:\n    image: ${image}\n`;
const deployment = (image: string, name = 'api', extra = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n      - name: ${name}\n        image: ${image}\n${extra}`;

describe('images rules severity: image-drift', () => {
  it('is a hint, without a fix, when Compose builds a development tag and a manifest runs a published one', () => {
    for (const built of ['acme/api:local', 'acme/api:dev', 'acme/api', 'acme/api:master', 'acme/api:main', 'acme/api:develop']) {
      for (const runs of ['acme/api:1.3', 'acme/api:v2.0.1', 'acme/api:master', 'acme/api:master-rootless']) {
        if (runs === built) continue;
        const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding(built), 'k8s/api.yaml': deployment(runs) });
        const found = findingsOf(index, 'image-drift');
        assert.equal(found.length, 1, `${built} built, ${runs} run`);
        assert.equal(found[0].severity, 'hint', `${built} built, ${runs} run`);
        assert.deepEqual(found[0].fixes, [], 'pointing a published manifest at a working-copy tag would break it');
      }
    }
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:local'), 'k8s/api.yaml': deployment('acme/api:master') });
    const [f] = findingsOf(index, 'image-drift');
    assert.equal(covered(index, f), 'acme/api:master');
    assert.equal(
      f.message,
      'normal: Compose service api builds a development tag (acme/api:local); Kubernetes Deployment/api container api runs the published acme/api:master. ' +
        'A build for working on the code beside a run of a published release is how projects work: nothing to change.',
    );
  });

  it('is a hint when the published run is in another registry (a local build of a mirrored release)', () => {
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:latest'), 'compose.demo.yaml': composeRunning('cr.example.io/acme/api:1.51') });
    const [f] = findingsOf(index, 'image-drift');
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /^normal: Compose service api builds a development tag \(acme\/api:latest\); Compose service api runs the published cr\.example\.io\/acme\/api:1\.51\./);
  });

  it('stays a warning when the build pushes a version and the run names another, or the run names an unpublished tag', () => {
    const stale = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:1.4'), 'k8s/api.yaml': deployment('acme/api:1.3') });
    assert.deepEqual(findingsOf(stale, 'image-drift').map((f) => f.severity), ['warning']);
    // A kind cluster told to run `:local` while the only build makes `:dev` cannot find the image.
    const local = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:dev'), 'k8s/api.yaml': deployment('acme/api:local') });
    assert.deepEqual(findingsOf(local, 'image-drift').map((f) => f.severity), ['warning']);
    // CI publishes versions: a manifest naming one it never made is drift, whatever Compose builds.
    const ci = 'jobs:\n  b:\n    steps:\n    - uses: docker/build-push-action@v6\n      with:\n        context: api\n        tags: acme/api:2.0\n';
    const published = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:local'), '.github/workflows/ci.yaml': ci, 'k8s/api.yaml': deployment('acme/api:1.9') });
    assert.deepEqual(findingsOf(published, 'image-drift').map((f) => f.severity), ['warning']);
  });

  it('is a hint for a Kustomize newTag that names a release of a development build', () => {
    const kustomization = 'resources:\n- api.yaml\nimages:\n- name: acme/api\n  newTag: "1.9"\n';
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:local'), 'k8s/api.yaml': deployment('acme/api'), 'k8s/kustomization.yaml': kustomization });
    const [f] = findingsOf(index, 'image-drift');
    assert.equal(f.path, 'k8s/kustomization.yaml');
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /^normal: .* this Kustomize override runs the published acme\/api:1\.9\./);
  });

  it('never compares runs of a Docker Hub official image with a build that happens to tag one', () => {
    const makefile = 'image:\n\tdocker build -t golang:1.26.6 ./build-image\n';
    const index = workspace({ 'build-image/Dockerfile': 'FROM debian:12\n', 'Makefile': makefile, 'vendor/x/compose.yaml': composeRunning('golang:1.18') });
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
  });
});

describe('images rules severity: mutable-tag', () => {
  const files = { 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:1.4') };

  it('warns for Kubernetes, which may pull another build at every start', () => {
    const index = workspace({ ...files, 'k8s/api.yaml': deployment('acme/api:latest') });
    const [f] = findingsOf(index, 'mutable-tag');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /replicas can differ\. This workspace builds acme\/api:1\.4 \(Compose service api\): pin it\.$/);
    assert.equal(f.fixes[0].preferred, true);
  });

  it('is info for a Swarm stack, which pins one digest per deploy', () => {
    const index = workspace({ ...files, 'docker-stack.yml': composeRunning('acme/api:latest') });
    const [f] = findingsOf(index, 'mutable-tag');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /Swarm resolves it to one digest at each `docker stack deploy`/);
  });

  it('is a hint for a Compose file, where following the newest push is normal', () => {
    const index = workspace({ ...files, 'dev/compose.yaml': composeRunning('acme/api') });
    const [f] = findingsOf(index, 'mutable-tag');
    assert.equal(f.severity, 'hint');
    assert.equal(
      f.message,
      'Compose service api runs acme/api without a tag (:latest), which moves with every push: normal for a Compose file run on one host for development, ' +
        'where following the newest push is the point; pin it only if this file deploys a release. This workspace builds acme/api:1.4 (Compose service api).',
    );
    assert.equal(f.fixes[0].preferred, false, 'offered, not preferred');
  });
});

describe('images rules severity: unnamed-build', () => {
  const compose = 'services:\n  web:\n    build: ./web\n';

  it('is a hint saying an unnamed build is normal when no other layer names it', () => {
    const index = workspace({ 'compose.yaml': compose, 'web/Dockerfile': DOCKERFILE });
    const [f] = findingsOf(index, 'unnamed-build');
    assert.equal(f.severity, 'hint');
    assert.equal(
      f.message,
      'Compose service web builds an image without naming it (no `image:`): normal for a build used only on this host, where Compose tags it <project>-web. ' +
        'Add `image:` if a registry, Swarm stack or Kubernetes cluster (the schedule/scale layer) should run this build.',
    );
  });

  it('is a hint with the fix when only another Compose file runs the name, info when a cluster runs it', () => {
    const byCompose = workspace({ 'compose.yaml': compose, 'web/Dockerfile': DOCKERFILE, 'compose.prod.yaml': 'services:\n  web:\n    image: acme/web:1\n' });
    const [a] = findingsOf(byCompose, 'unnamed-build', 'compose.yaml');
    assert.equal(a.severity, 'hint');
    assert.equal(a.fixes[0].edits[0].newText.trim(), 'image: acme/web:1');
    const byCluster = workspace({ 'compose.yaml': compose, 'web/Dockerfile': DOCKERFILE, 'k8s/web.yaml': deployment('acme/web:1', 'web') });
    const [b] = findingsOf(byCluster, 'unnamed-build');
    assert.equal(b.severity, 'info');
  });

  it('is a hint without a fix when the name others use carries a release version (podinfo: CI pushes 6.14.1)', () => {
    const ci = 'jobs:\n  release:\n    steps:\n    - uses: docker/build-push-action@v6\n      with:\n        context: web\n        tags: ghcr.io/acme/web:6.14.1\n';
    const index = workspace({ 'compose.yaml': compose, 'web/Dockerfile': DOCKERFILE, '.github/workflows/release.yaml': ci });
    const [f] = findingsOf(index, 'unnamed-build');
    assert.equal(f.severity, 'hint');
    assert.deepEqual(f.fixes, [], 'a working-copy build must not take a release name');
    assert.match(f.message, /normal for a build of the working copy, .* naming this build ghcr\.io\/acme\/web:6\.14\.1 would put a local build under a release's name\.$/);
  });
});

describe('images rules severity: build-at-runtime', () => {
  const install = '        command: ["sh", "-c", "pip install -r requirements.txt && exec python main.py"]\n';

  it('warns for a Kubernetes container whose image is built here (the fix moves the step)', () => {
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:1'), 'k8s/api.yaml': deployment('acme/api:1', 'api', install) });
    const [f] = findingsOf(index, 'build-at-runtime');
    assert.equal(f.severity, 'warning');
    assert.ok(f.fixes.length > 0);
  });

  it('is info for a Kubernetes container of an image built elsewhere, and says why', () => {
    const index = workspace({ 'k8s/load.yaml': deployment('python:3.12', 'load', install) });
    const [f] = findingsOf(index, 'build-at-runtime');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /no Dockerfile here builds this image, so that means building one of your own\.$/);
  });

  it('is a hint for a Compose service, where installing at start is a normal development setup', () => {
    const compose = 'services:\n  api:\n    build: ./api\n    command: sh -c "pip install -r requirements.txt && python main.py"\n';
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': compose });
    const [f] = findingsOf(index, 'build-at-runtime');
    assert.equal(f.severity, 'hint');
    assert.equal(
      f.message,
      'Compose service api installs packages (pip install) every time it starts: normal in a Compose file started on one host for development or tests. ' +
        'Where this file runs anything that ships, move the step into the image as a RUN step, so starts need neither the network nor build tools.',
    );
  });

  it('warns for a Swarm stack service of an image built here', () => {
    const stack = 'services:\n  api:\n    image: acme/api:1\n    command: sh -c "pip install -r requirements.txt && python main.py"\n    deploy:\n      replicas: 3\n';
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:1'), 'docker-stack.yml': stack });
    assert.deepEqual(findingsOf(index, 'build-at-runtime', 'docker-stack.yml').map((f) => f.severity), ['warning']);
  });
});

describe('images rules severity: healthcheck-ignored', () => {
  const df = 'FROM node:20-slim\nCOPY . .\nHEALTHCHECK CMD curl -f http://localhost:8080/\nCMD ["node", "server.js"]\n';
  const files = { 'api/Dockerfile': df, 'compose.yaml': composeBuilding('acme/api:1') };
  const probe = (key: string) => `        ${key}:\n          tcpSocket:\n            port: 8080\n`;

  it('warns when the container has no probe at all: the image\'s only health check is lost', () => {
    const index = workspace({ ...files, 'k8s/api.yaml': deployment('acme/api:1') });
    const [f] = findingsOf(index, 'healthcheck-ignored');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /This container has no probe, so when that check fails nothing happens/);
  });

  it('warns when only a startupProbe exists, since it stops checking after the start', () => {
    const index = workspace({ ...files, 'k8s/api.yaml': deployment('acme/api:1', 'api', probe('startupProbe')) });
    const [f] = findingsOf(index, 'healthcheck-ignored');
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Past its startupProbe, this container has no probe/);
  });

  it('is a hint when a readinessProbe exists: leaving out liveness is a deliberate choice', () => {
    const index = workspace({ ...files, 'k8s/api.yaml': deployment('acme/api:1', 'api', probe('readinessProbe')) });
    const [f] = findingsOf(index, 'healthcheck-ignored');
    assert.equal(f.severity, 'hint');
    assert.match(f.message, /It has readinessProbe but no livenessProbe, .*add one only if a restart is what the HEALTHCHECK is for\.$/);
  });
});

describe('images rules severity: non-final-stage', () => {
  it('is quiet for stages no other stage uses: they exist to be built with --target (debug, rootless)', () => {
    const df = 'FROM alpine AS release\nEXPOSE 8080\nENTRYPOINT ["/app"]\nFROM alpine AS debug\nEXPOSE 8080\nENTRYPOINT ["/dlv", "/app"]\n';
    assert.deepEqual(findingsOf(workspace({ 'Dockerfile': df }), 'non-final-stage'), []);
  });

  it('is quiet for a stage a FROM may name through a variable', () => {
    const df = 'FROM alpine AS app-linux\nENTRYPOINT ["/app"]\nFROM app-linux AS app-linux-debug\nENTRYPOINT ["/dlv"]\nFROM app-$TARGETOS${DEBUG:+-debug} AS app\n';
    assert.deepEqual(findingsOf(workspace({ 'Dockerfile': df }), 'non-final-stage'), []);
  });

  it('still hints at run settings in a builder stage the image only copies from', () => {
    const df = 'FROM golang:1.22 AS build\nEXPOSE 8080\nFROM $BASE_IMAGE AS unrelated\nFROM alpine\nCOPY --from=build /app /app\nCMD ["/app"]\n';
    const index = workspace({ 'Dockerfile': df });
    const found = findingsOf(index, 'non-final-stage');
    assert.deepEqual(found.map((f) => [covered(index, f), f.severity]), [['EXPOSE', 'hint']]);
  });
});
