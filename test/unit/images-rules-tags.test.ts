// The rules about which image runs: image-drift, mutable-tag, unnamed-build. Each with positive and negative
// cases and a fix round trip (apply, re-index, the finding is gone, every other byte unchanged).
import * as assert from 'node:assert/strict';
import { applyFix, covered, findingsOf, workspace } from './images-helpers';

const DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n';
const composeBuilding = (image: string) => `services:\n  api:\n    build: ./api\n    image: ${image}\n`;
const deployment = (image: string, name = 'api') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n      - name: ${name}\n        image: ${image}  # keep this comment\n`;

describe('images rules: image-drift', () => {
  it('flags a Deployment running another tag than the build produces, and fixes it to the built reference', () => {
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:1.4'), 'k8s/api.yaml': deployment('acme/api:1.3') });
    const [f] = findingsOf(index, 'image-drift');
    assert.equal(f.path, 'k8s/api.yaml');
    assert.equal(f.severity, 'warning');
    assert.equal(covered(index, f), 'acme/api:1.3');
    assert.match(f.message, /runs acme\/api:1\.3, but this workspace builds acme\/api:1\.4/);
    assert.match(f.message, /schedule\/scale layer/);
    assert.equal(f.related?.[0].path, 'compose.yaml');
    assert.equal(f.fixes[0].edits[0].newText, 'acme/api:1.4');
    const texts = applyFix(index, f.fixes[0]);
    assert.equal(texts.get('k8s/api.yaml'), deployment('acme/api:1.4'));
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
  });

  it('flags a registry drift and writes the built registry, keeping the value\'s quotes', () => {
    const k8s = deployment('"docker.io/acme/api:1.4"');
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('ghcr.io/acme/api:1.4'), 'k8s/api.yaml': k8s });
    const [f] = findingsOf(index, 'image-drift');
    assert.match(f.message, /registry differs/);
    assert.equal(f.fixes[0].edits[0].newText, 'ghcr.io/acme/api:1.4');
    assert.equal(applyFix(index, f.fixes[0]).get('k8s/api.yaml'), deployment('"ghcr.io/acme/api:1.4"'));
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
  });

  it('is quiet when the run is what a build produces, or not built here at all', () => {
    const index = workspace({
      'api/Dockerfile': DOCKERFILE,
      'compose.yaml': composeBuilding('acme/api:1.4'),
      'k8s/same.yaml': deployment('docker.io/acme/api:1.4'),
      'k8s/redis.yaml': deployment('redis:7', 'redis'),
      'k8s/tpl.yaml': deployment('acme/api:{{ .Values.tag }}', 'tpl'),
      'k8s/digest.yaml': deployment('acme/api@sha256:fd8d9aa63ba2f0982b5304e1ee8d3b90a210bc1ffb5314d980eb6962f1a9715d', 'digest'),
    });
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
  });

  it('accepts any tag and registry from builds that choose them at build time (skaffold, CI tag rules)', () => {
    const skaffold = 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts:\n  - image: api\n    context: api\n';
    const ci = 'jobs:\n  b:\n    steps:\n    - id: meta\n      uses: docker/metadata-action@v5\n      with:\n        images: acme/worker\n        tags: type=sha\n    - uses: docker/build-push-action@v6\n      with:\n        context: worker\n        tags: ${{ steps.meta.outputs.tags }}\n';
    const index = workspace({
      'skaffold.yaml': skaffold,
      '.github/workflows/ci.yaml': ci,
      'k8s/api.yaml': deployment('us-docker.pkg.dev/p/repo/api:3f2a1c0'),
      'k8s/worker.yaml': deployment('acme/worker:sha-3f2a1c0', 'worker'),
      'k8s/worker-bad.yaml': deployment('acme/worker:v9', 'worker-bad'),
    });
    const found = findingsOf(index, 'image-drift');
    assert.deepEqual(found.map((f) => f.path), ['k8s/worker-bad.yaml'], 'only the tag no sha rule makes');
    assert.equal(found[0].fixes.length, 0, 'no exact tag to offer');
  });

  it('never flags a Compose service for the image it builds itself', () => {
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:1.4'), 'other/compose.yaml': composeBuilding('acme/api:1.5') });
    const found = findingsOf(index, 'image-drift');
    assert.deepEqual(found, [], 'two builds of two tags are two images, not drift');
  });

  it('reads Kustomize overrides: a retag decides the tag, and a drifted newTag is fixed where it is written', () => {
    const kustomization = 'resources:\n- api.yaml\nimages:\n- name: acme/api\n  newTag: "1.4"\n';
    const index = workspace({
      'api/Dockerfile': DOCKERFILE,
      'compose.yaml': composeBuilding('acme/api:1.4'),
      'k8s/api.yaml': deployment('acme/api:0.1'),
      'k8s/kustomization.yaml': kustomization,
    });
    assert.deepEqual(findingsOf(index, 'image-drift'), [], 'the override makes the manifest run the built tag');

    index.update('k8s/kustomization.yaml', kustomization.replace('"1.4"', '"1.9"'));
    const [f] = findingsOf(index, 'image-drift');
    assert.equal(f.path, 'k8s/kustomization.yaml');
    assert.equal(covered(index, f), '1.9');
    assert.equal(f.fixes[0].edits[0].newText, '1.4');
    assert.equal(applyFix(index, f.fixes[0]).get('k8s/kustomization.yaml'), kustomization);
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
  });
});

describe('images rules: mutable-tag', () => {
  it('flags :latest / no tag on an image the workspace builds with a pinned tag, and pins it', () => {
    const index = workspace({ 'api/Dockerfile': DOCKERFILE, 'compose.yaml': composeBuilding('acme/api:1.4'), 'k8s/api.yaml': deployment('acme/api') });
    const [f] = findingsOf(index, 'mutable-tag');
    assert.equal(covered(index, f), 'acme/api');
    assert.match(f.message, /without a tag \(:latest\)/);
    assert.deepEqual(findingsOf(index, 'image-drift'), [], 'one finding, not two');
    assert.equal(f.fixes[0].edits[0].newText, 'acme/api:1.4');
    assert.equal(applyFix(index, f.fixes[0]).get('k8s/api.yaml'), deployment('acme/api:1.4'));
    assert.deepEqual(findingsOf(index, 'mutable-tag'), []);
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
  });

  it('uses a tag pinned by another run when the build itself only pushes latest', () => {
    const index = workspace({
      'api/Dockerfile': DOCKERFILE,
      'compose.yaml': composeBuilding('acme/api'),
      'k8s/a.yaml': deployment('acme/api:latest', 'a'),
      'k8s/b.yaml': deployment('acme/api:2.0', 'b'),
    });
    const [f] = findingsOf(index, 'mutable-tag');
    assert.equal(f.path, 'k8s/a.yaml');
    assert.match(f.message, /already runs :2\.0/);
    assert.equal(f.fixes[0].edits[0].newText, 'acme/api:2.0');
    applyFix(index, f.fixes[0]);
    assert.deepEqual(findingsOf(index, 'mutable-tag'), []);
  });

  it('is quiet for images not built here, for latest nobody pins, and for channel tags that are not pins', () => {
    const ci = 'jobs:\n  build:\n    uses: org/.github/.github/workflows/build.yaml@main\n    with:\n      image-names: acme/vote\n      context: vote\n      tag-rules: |\n        type=raw,value=latest\n        type=raw,value=before\n';
    const index = workspace({
      'api/Dockerfile': DOCKERFILE,
      'compose.yaml': composeBuilding('acme/api'),
      '.github/workflows/vote.yaml': ci,
      'k8s/nginx.yaml': deployment('nginx', 'nginx'),
      'k8s/api.yaml': deployment('acme/api:latest'),
      'k8s/vote.yaml': deployment('acme/vote', 'vote'),
    });
    assert.deepEqual(findingsOf(index, 'mutable-tag'), []);
  });
});

describe('images rules: unnamed-build', () => {
  const compose = 'services:\n  vote:\n    build:\n      context: ./vote\n      target: dev\n    ports:\n      - "8080:80"\n  db:\n    image: postgres:15\n';

  it('names the build after the image other layers run, inserted at the service indentation', () => {
    const index = workspace({ 'compose.yaml': compose, 'k8s/vote.yaml': deployment('acme/examplevotingapp_vote:2', 'vote'), 'vote/Dockerfile': DOCKERFILE });
    const [f] = findingsOf(index, 'unnamed-build');
    assert.equal(covered(index, f), 'build');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /Kubernetes Deployment\/vote container vote runs acme\/examplevotingapp_vote:2/);
    const after = applyFix(index, f.fixes[0]).get('compose.yaml');
    assert.equal(after, compose.replace('      target: dev\n', '      target: dev\n    image: acme/examplevotingapp_vote:2\n'));
    assert.deepEqual(findingsOf(index, 'unnamed-build'), []);
    assert.equal(index.dockerfileForImage('acme/examplevotingapp_vote:2')?.path, 'vote/Dockerfile', 'now the build is named, its image has a Dockerfile');
  });

  it('still reports a build nothing else names, as a hint without a fix', () => {
    const index = workspace({ 'compose.yaml': compose });
    const [f] = findingsOf(index, 'unnamed-build');
    assert.equal(f.severity, 'hint');
    assert.deepEqual(f.fixes, []);
  });

  it('is quiet for services that name their image or do not build', () => {
    const index = workspace({ 'compose.yaml': 'services:\n  a:\n    build: .\n    image: acme/a:1\n  b:\n    image: redis\n' });
    assert.deepEqual(findingsOf(index, 'unnamed-build'), []);
  });

  // Unnamed builds and the names that must not be offered for them; `fixed` says which services get a name.
  const sample = 'services:\n  backend:\n    build: backend\n  proxy:\n    build: proxy\n  db:\n    image: mariadb:11\n';
  const names = (index: ReturnType<typeof workspace>) =>
    findingsOf(index, 'unnamed-build').map((f) => [f.path, f.severity, f.fixes[0]?.edits[0].newText.trim() ?? null]);

  it('never takes a name from another project, nor a name that only contains the service name (awesome-compose beside kubernetes/examples)', () => {
    const index = workspace({
      'awesome-compose/nginx-golang/compose.yaml': sample,
      'awesome-compose/react-nginx/compose.yaml': 'services:\n  frontend:\n    build: frontend\n',
      'examples/staging/cluster-dns/dns-backend-rc.yaml': deployment('registry.k8s.io/example-dns-backend:v2', 'dns-backend'),
      'examples/staging/spark/spark-ui-proxy-controller.yaml': deployment('elsonrodriguez/spark-ui-proxy:1.0', 'spark-ui-proxy'),
      'examples/guestbook/frontend-deployment.yaml': deployment('gcr.io/google-samples/gb-frontend:v5', 'frontend'),
    });
    assert.deepEqual(names(index), [
      ['awesome-compose/nginx-golang/compose.yaml', 'hint', null],
      ['awesome-compose/nginx-golang/compose.yaml', 'hint', null],
      ['awesome-compose/react-nginx/compose.yaml', 'hint', null],
    ]);
    // Inside the project too, `dns-backend` is not `backend`: the last path segment must equal the name.
    const same = workspace({ 'app/compose.yaml': sample, 'app/k8s/dns.yaml': deployment('acme/dns-backend:2', 'dns-backend') });
    assert.deepEqual(names(same), [
      ['app/compose.yaml', 'hint', null],
      ['app/compose.yaml', 'hint', null],
    ]);
  });

  it('never names a build after an official image, a base image, or an image another project runs as is', () => {
    const compose = 'services:\n  nginx:\n    build: ./nginx\n  grafana:\n    build: ./grafana\n  worker:\n    build: ./worker\n';
    const index = workspace({
      'shop/compose.yaml': compose,
      'shop/grafana/Dockerfile': 'FROM grafana/grafana:10.4\nCOPY dashboards /etc/grafana/dashboards\n',
      'shop/k8s/nginx.yaml': deployment('nginx:1.27', 'nginx'),
      'shop/k8s/grafana.yaml': deployment('grafana/grafana:10.4', 'grafana'),
      'shop/k8s/worker.yaml': deployment('jobs/worker:2', 'worker'),
      'tools/queue/compose.yaml': 'services:\n  queue:\n    image: jobs/worker:2\n',
    });
    assert.deepEqual(names(index), [
      ['shop/compose.yaml', 'hint', null],
      ['shop/compose.yaml', 'hint', null],
      ['shop/compose.yaml', 'hint', null],
    ]);
    // The same project with its own images: each service gets the name its manifest runs.
    const own = workspace({
      'shop/compose.yaml': compose,
      'shop/k8s/nginx.yaml': deployment('acme/nginx:1.27', 'edge'),
      'shop/k8s/grafana.yaml': deployment('acme/dashboards:10.4', 'grafana'),
      'shop/k8s/worker.yaml': deployment('jobs/worker:2', 'worker'),
    });
    assert.deepEqual(names(own), [
      ['shop/compose.yaml', 'info', 'image: acme/nginx:1.27'],
      ['shop/compose.yaml', 'info', 'image: acme/dashboards:10.4'],
      ['shop/compose.yaml', 'info', 'image: jobs/worker:2'],
    ]);
  });

  it('takes names from folders beside the Compose folder, by service or context folder name, unless the parent holds other projects', () => {
    const compose = 'services:\n  web:\n    build:\n      context: ../../api\n';
    const files = { 'repo/deploy/compose/compose.yaml': compose, 'repo/deploy/k8s/api.yaml': deployment('acme/api:1.4', 'api-server') };
    const [f] = findingsOf(workspace(files), 'unnamed-build');
    assert.match(f.message, /Kubernetes Deployment\/api-server container api-server runs acme\/api:1\.4/);
    assert.equal(f.fixes[0].edits[0].newText, '    image: acme/api:1.4\n');
    // Another Compose project under deploy/ makes deploy/ a collection: k8s/ is no longer this project's.
    const collection = workspace({ ...files, 'repo/deploy/tools/compose.yaml': 'services:\n  t:\n    image: busybox\n' });
    assert.deepEqual(findingsOf(collection, 'unnamed-build')[0].fixes, []);
  });

  it('counts manifests a kustomization of the project renders, wherever they are', () => {
    const files = {
      'repos/app/compose.yaml': 'services:\n  api:\n    build: ./api\n',
      'repos/tools/compose.yaml': 'services:\n  t:\n    image: busybox\n',
      'repos/infra/api.yaml': deployment('acme/api:3'),
    };
    assert.deepEqual(findingsOf(workspace(files), 'unnamed-build', 'repos/app/compose.yaml')[0].fixes, [], 'repos/ is a collection: infra/ is not app\'s');
    const index = workspace({ ...files, 'repos/app/k8s/kustomization.yaml': 'resources:\n  - ../../infra/api.yaml\n' });
    const [f] = findingsOf(index, 'unnamed-build', 'repos/app/compose.yaml');
    assert.equal(f.fixes[0].edits[0].newText, '    image: acme/api:3\n');
    applyFix(index, f.fixes[0]);
    assert.deepEqual(findingsOf(index, 'unnamed-build', 'repos/app/compose.yaml'), []);
  });
});
