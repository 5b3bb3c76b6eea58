// The workspace image index on each source type: what is built (from which Dockerfile and context), what
// runs, with exact positions; incremental updates; go-to-definition and CodeLens data.
import * as assert from 'node:assert/strict';
import { allFindings, applyEdits, definitionAt, findingsIn, ImageIndex, isImageSource, lensesFor, type BuildDecl } from '../../src/core/images';
import { offsetOf, widget } from './helpers';
import { textAt, workspace, yaml } from './images-helpers';

const DOCKERFILE = 'FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim AS prod\nCOPY --from=build /app /app\nCMD ["node", "/app/server.js"]\n';

/** The one build of `path` tagged `raw`, or a failure listing what was found. */
function built(index: ImageIndex, raw: string): BuildDecl {
  const b = index.builtImages().find((x) => x.ref?.raw === raw);
  if (!b) throw new Error(`no build of ${raw}; found ${index.builtImages().map((x) => x.ref?.raw ?? '(unnamed)').join(', ')}`);
  return b;
}

describe('images: workspace index', () => {
  describe('Compose and stacks', () => {
    const compose = yaml`
      services:
        api:
          build:
            context: ./api
            dockerfile: docker/Dockerfile.prod
            target: prod
          image: "ghcr.io/acme/api:1.4"
        web:
          build: ./web
        cache:
          image: redis:7
    `;
    const index = workspace({ 'app/compose.yaml': compose, 'app/docker-stack.yml': 'services:\n  api:\n    image: ghcr.io/acme/api:1.4\n' });

    it('builds `image:` from `build:` relative to the compose file, Dockerfile relative to the context', () => {
      const b = built(index, 'ghcr.io/acme/api:1.4');
      assert.equal(b.source, 'compose');
      assert.equal(b.context, 'app/api');
      assert.deepEqual(b.dockerfiles, ['app/api/docker/Dockerfile.prod']);
      assert.equal(b.target, 'prod');
      assert.equal(b.service, 'api');
      assert.equal(textAt(index, 'app/compose.yaml', b.span), 'ghcr.io/acme/api:1.4', 'the span is inside the quotes');
    });

    it('records a build without `image:` as unnamed, positioned on the build key', () => {
      const b = index.builtImages().find((x) => x.service === 'web')!;
      assert.equal(b.ref, undefined);
      assert.deepEqual(b.dockerfiles, ['app/web/Dockerfile']);
      assert.equal(textAt(index, 'app/compose.yaml', b.span), 'build');
    });

    it('runs each service image; stack files run as Swarm stack services', () => {
      const runs = index.runsOfImage('ghcr.io/acme/api');
      assert.deepEqual(runs.map((r) => [r.via, r.kind, r.owner, r.builds]), [
        ['compose', 'Compose service', 'api', true],
        ['stack', 'stack service', 'api', false],
      ]);
      assert.equal(index.runsOfImage('docker.io/library/redis')[0].owner, 'cache', 'redis ≡ docker.io/library/redis');
    });
  });

  describe('Kubernetes', () => {
    // One file, four documents: a CronJob, a List holding a Pod, a custom resource, a templated Deployment.
    const manifests = [
      yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                  - name: fetch
                    image: 'alpine/git:2.43'
                  containers:
                  - name: report
                    image: acme/report:3
      `,
      yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata:
            name: solo
          spec:
            containers:
            - {name: a, image: nginx}
      `,
      widget('workers:', '  containers:', '  - name: w', '    image: acme/widget:1'),
      yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: templated
        spec:
          template:
            spec:
              containers:
              - name: t
                image: "{{ .Values.image }}"
      `,
    ].join('---\n');
    const index = workspace({ 'k8s/all.yaml': manifests });
    const runs = index.facts('k8s/all.yaml')!.runs;

    it('finds containers in every object kind, init containers and List items included', () => {
      assert.deepEqual(
        runs.map((r) => [r.kind, r.owner, r.ref.raw, r.container!.init]),
        [
          ['CronJob', 'CronJob/nightly container fetch', 'alpine/git:2.43', true],
          ['CronJob', 'CronJob/nightly container report', 'acme/report:3', false],
          ['Pod', 'Pod/solo container a', 'nginx', false],
          ['Widget', 'Widget/w container w', 'acme/widget:1', false],
          ['Deployment', 'Deployment/templated container t', '{{ .Values.image }}', false],
        ],
      );
    });

    it('positions each image value inside its quotes', () => {
      assert.equal(textAt(index, 'k8s/all.yaml', runs[0].span), 'alpine/git:2.43');
      assert.equal(runs[0].span.start, offsetOf(manifests, 'alpine/git'));
    });

    it('keeps a templated image unknown, never matched', () => {
      assert.equal(runs[4].ref.known, false);
      assert.equal(index.runsOfImage('acme/report').length, 1);
    });
  });

  describe('Kustomize', () => {
    const index = workspace({
      'deploy/base/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: acme/app:1\n',
      'deploy/overlay/kustomization.yaml': 'resources:\n- ../base\nimages:\n- name: acme/app\n  newName: ghcr.io/acme/app\n  newTag: "2"\n',
      'deploy/other.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: p\n    image: acme/app:1\n',
    });

    it('reads images overrides with their positions', () => {
      const [o] = index.facts('deploy/overlay/kustomization.yaml')!.overrides;
      assert.equal(o.name.repo, 'docker.io/acme/app');
      assert.equal(o.newName?.repo, 'ghcr.io/acme/app');
      assert.equal(o.newTag, '2');
      assert.equal(textAt(index, o.path, o.newTagSpan!), '2');
    });

    it('applies them to the manifests of that kustomization only', () => {
      assert.equal(index.overridesForManifest('deploy/base/app.yaml').length, 1);
      assert.equal(index.overridesForManifest('deploy/other.yaml').length, 0);
    });
  });

  describe('Skaffold', () => {
    const index = workspace({
      'skaffold.yaml': yaml`
        apiVersion: skaffold/v4beta6
        kind: Config
        build:
          artifacts:
          - image: frontend
            context: src/frontend
          - image: cart
            context: src/cart
            docker:
              dockerfile: Dockerfile.debug
      `,
    });

    it('builds each artifact from its context and docker.dockerfile, any registry and tag', () => {
      const f = built(index, 'frontend');
      assert.deepEqual(f.dockerfiles, ['src/frontend/Dockerfile']);
      assert.equal(f.anyRegistry, true);
      assert.deepEqual(built(index, 'cart').dockerfiles, ['src/cart/Dockerfile.debug']);
      assert.equal(index.buildsOfImage('us-docker.pkg.dev/proj/repo/frontend:abc123').length, 1, '--default-repo prefixes match');
    });
  });

  describe('Docker Bake', () => {
    it('reads HCL targets: tags, context, dockerfile, target, ${VAR} from variable defaults', () => {
      const hcl = 'variable "TAG" {\n  default = "1.0"\n}\n\ntarget "api" {\n  context = "./api"\n  dockerfile = "Dockerfile.prod"\n  target = "prod"\n  tags = ["acme/api:${TAG}", "acme/api:latest"]\n  args = { A = "b" }\n}\n';
      const index = workspace({ 'docker-bake.hcl': hcl });
      const b = built(index, 'acme/api:1.0');
      assert.deepEqual(b.dockerfiles, ['api/Dockerfile.prod']);
      assert.equal(b.target, 'prod');
      assert.equal(b.span.start, offsetOf(hcl, 'acme/api:${TAG}'));
      assert.ok(built(index, 'acme/api:latest'));
    });

    it('reads JSON targets', () => {
      const index = workspace({ 'ci/docker-bake.json': '{"target": {"web": {"context": "web", "tags": ["acme/web:2"]}}}' });
      assert.deepEqual(built(index, 'acme/web:2').dockerfiles, ['ci/web/Dockerfile']);
    });
  });

  describe('scripts, Makefiles and package.json', () => {
    it('reads docker build in shell scripts, resolving simple variables', () => {
      const sh = '#!/bin/sh\nIMAGE=acme/tool\nVERSION="2.1"\ndocker build -t "$IMAGE:$VERSION" -f build/Dockerfile .\ndocker build -t $(git describe) .\n';
      const index = workspace({ 'scripts/release.sh': sh });
      const b = built(index, 'acme/tool:2.1');
      assert.equal(b.source, 'script');
      assert.deepEqual(b.dockerfiles, ['scripts/build/Dockerfile', 'build/Dockerfile'], 'run from its folder or the one above');
      assert.equal(sh.slice(b.span.start, b.span.end), '$IMAGE:$VERSION');
      assert.equal(index.builtImages().filter((x) => x.ref && !x.ref.known).length, 1, 'a command substitution stays unknown');
    });

    it('reads Makefile recipes with Make variables', () => {
      const mk = 'REGISTRY ?= ghcr.io/acme\nTAG := 3.0\n\nimage:\n\t@docker buildx build --target runtime -t $(REGISTRY)/svc:$(TAG) ./svc\n';
      const b = built(workspace({ Makefile: mk }), 'ghcr.io/acme/svc:3.0');
      assert.equal(b.source, 'makefile');
      assert.deepEqual(b.dockerfiles, ['svc/Dockerfile']);
      assert.equal(b.target, 'runtime');
    });

    it('reads package.json scripts, with $npm_package_version', () => {
      const pkg = '{\n  "name": "web",\n  "version": "4.2.0",\n  "scripts": {\n    "docker": "docker build -t acme/web:$npm_package_version -f ops/Dockerfile .",\n    "test": "mocha"\n  }\n}\n';
      const b = built(workspace({ 'web/package.json': pkg }), 'acme/web:4.2.0');
      assert.equal(b.label, 'npm script "docker"');
      assert.deepEqual(b.dockerfiles, ['web/ops/Dockerfile']);
      assert.equal(pkg.slice(b.span.start, b.span.end), 'acme/web:$npm_package_version');
    });
  });

  describe('CI workflows', () => {
    const workflow = yaml`
      name: ci
      env:
        IMAGE: ghcr.io/acme/api
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
          - uses: actions/checkout@v4
          - run: |
              docker build -t $IMAGE:\${{ github.sha }} .
              docker build -t $IMAGE:edge -f api/Dockerfile api
          - uses: docker/build-push-action@v6
            with:
              context: web
              file: web/Dockerfile.prod
              tags: |
                acme/web:1.0
                acme/web:latest
          - id: meta
            uses: docker/metadata-action@v5
            with:
              images: ghcr.io/acme/worker
              tags: |
                type=semver,pattern={{version}}
                type=sha
          - uses: docker/build-push-action@v6
            with:
              context: worker
              tags: \${{ steps.meta.outputs.tags }}
        reuse:
          uses: org/.github/.github/workflows/build.yaml@main
          with:
            image-names: |
              acme/batch
            context: batch
    `;
    const index = workspace({ 'repo/.github/workflows/ci.yaml': workflow });

    it('reads run: steps with env variables, from the repository root', () => {
      const b = built(index, 'ghcr.io/acme/api:edge');
      assert.deepEqual(b.dockerfiles, ['repo/api/Dockerfile']);
      assert.equal(index.builtImages().filter((x) => x.ref?.unknown === 'templated').length, 1, '${{ github.sha }} is unknown');
    });

    it('reads docker/build-push-action tags, file and context', () => {
      const b = built(index, 'acme/web:1.0');
      assert.equal(b.context, 'repo/web');
      assert.deepEqual(b.dockerfiles, ['repo/web/Dockerfile.prod'], 'file is relative to the repository');
      assert.equal(workflow.slice(b.span.start, b.span.end), 'acme/web:1.0');
      assert.ok(built(index, 'acme/web:latest'));
    });

    it('follows tags from docker/metadata-action: names from images, tags from rules', () => {
      const b = built(index, 'ghcr.io/acme/worker');
      assert.deepEqual(b.dockerfiles, ['repo/worker/Dockerfile']);
      assert.ok(b.tags);
      assert.deepEqual(b.tags!.exact, ['latest'], 'semver rules add latest (flavor latest=auto)');
      assert.ok(b.tags!.patterns.some((p) => p.test('1.2.3')) && b.tags!.patterns.some((p) => p.test('sha-0a1b2c3')));
      assert.ok(!b.tags!.patterns.some((p) => p.test('v2-broken')));
    });

    it('reads reusable build workflows given image-names and a context', () => {
      const b = built(index, 'acme/batch');
      assert.deepEqual(b.dockerfiles, ['repo/batch/Dockerfile']);
      assert.equal(b.tags?.any, true, 'no tag rules: the defaults follow branches and tags');
    });

    it('reads GitLab CI scripts and Cloud Build steps', () => {
      const gl = workspace({ '.gitlab-ci.yml': 'variables:\n  TAG: "5"\nbuild:\n  script:\n    - docker build -t registry.gitlab.com/acme/app:$TAG .\n' });
      assert.deepEqual(built(gl, 'registry.gitlab.com/acme/app:5').dockerfiles, ['Dockerfile']);
      const cb = workspace({
        'ops/cloudbuild.yaml': "substitutions:\n  _TAG: '7'\nsteps:\n- name: gcr.io/cloud-builders/docker\n  args: ['build', '-t', 'gcr.io/acme/app:${_TAG}', '-f', 'app/Dockerfile', 'app']\n- name: gcr.io/cloud-builders/docker\n  entrypoint: bash\n  args: ['-c', 'docker build -t gcr.io/acme/tool:1 tool']\n",
      });
      assert.deepEqual(built(cb, 'gcr.io/acme/app:7').dockerfiles, ['ops/app/Dockerfile']);
      assert.deepEqual(built(cb, 'gcr.io/acme/tool:1').dockerfiles, ['ops/tool/Dockerfile']);
    });
  });

  describe('queries, definition and lenses', () => {
    const compose = 'services:\n  api:\n    build: {context: ., target: build}\n    image: acme/api:2\n';
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: acme/api:2\n';
    const index = workspace({ 'svc/Dockerfile': DOCKERFILE, 'svc/compose.yaml': compose, 'k8s/api.yaml': deployment });

    it('dockerfileForImage gives the Dockerfile and the stage the build targets', () => {
      const t = index.dockerfileForImage('acme/api:2')!;
      assert.equal(t.path, 'svc/Dockerfile');
      assert.equal(t.stage.name, 'build');
      assert.equal(DOCKERFILE.slice(t.from.start, t.from.end), 'FROM node:20 AS build');
      assert.equal(index.dockerfileForImage('acme/other:1'), undefined);
    });

    it('definitionAt goes from an image value to the FROM of its stage', () => {
      const at = offsetOf(deployment, 'acme/api') + 3;
      const d = definitionAt(index, 'k8s/api.yaml', at)!;
      assert.equal(d.path, 'svc/Dockerfile');
      assert.equal(d.start, 0);
      assert.equal(deployment.slice(d.origin.start, d.origin.end), 'acme/api:2');
      assert.equal(definitionAt(index, 'k8s/api.yaml', offsetOf(deployment, 'Deployment')), undefined);
      assert.equal(definitionAt(index, 'svc/compose.yaml', offsetOf(compose, 'acme/api'))?.path, 'svc/Dockerfile');
    });

    it('lensesFor tells each image stage where its image runs', () => {
      const [lens] = lensesFor(index, 'svc/Dockerfile');
      assert.equal(lens.start, 0);
      assert.equal(lens.title, 'builds acme/api:2 · run by 1 Compose service · 1 Deployment');
      assert.deepEqual(lens.runs.map((r) => r.path), ['svc/compose.yaml', 'k8s/api.yaml']);
      assert.deepEqual(lensesFor(index, 'k8s/api.yaml'), [], 'only Dockerfiles have lenses');
    });
  });

  describe('incremental updates', () => {
    it('recomputes only the changed file and drops a removed one', () => {
      const index = workspace({ 'a/Dockerfile': DOCKERFILE, 'a/compose.yaml': 'services:\n  a:\n    build: .\n    image: acme/a:1\n' });
      assert.equal(index.buildsOfImage('acme/a').length, 1);
      const before = index.facts('a/Dockerfile');
      index.update('a/compose.yaml', 'services:\n  a:\n    build: .\n    image: acme/b:1\n');
      assert.equal(index.buildsOfImage('acme/a').length, 0);
      assert.equal(index.buildsOfImage('acme/b').length, 1);
      assert.equal(index.facts('a/Dockerfile'), before, 'other files are not re-read');
      index.remove('a/compose.yaml');
      assert.equal(index.builtImages().length, 0);
      assert.equal(index.has('a/compose.yaml'), false);
    });

    it('updates one file in under 10 ms in a 2,000-file workspace', () => {
      const index = new ImageIndex();
      for (let i = 0; i < 500; i++) {
        index.update(`s${i}/Dockerfile`, `FROM alpine:3.19\nRUN echo ${i}\nHEALTHCHECK CMD wget -q --spider http://localhost:80${i % 10}/\nCMD ["/app"]\n`);
        index.update(`s${i}/compose.yaml`, `services:\n  s${i}:\n    build: .\n    image: acme/s${i}:1.${i}\n    command: sh -c "pip install x && /app"\n`);
        index.update(`k8s/s${i}.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: s${i}\nspec:\n  template:\n    spec:\n      containers:\n      - name: s${i}\n        image: acme/s${i}:1.${i + 1}\n`);
        index.update(`s${i}/build.sh`, `docker build -t acme/s${i}:1.${i} .\n`);
      }
      assert.equal(index.paths().length, 2000);
      allFindings(index);
      const times: number[] = [];
      for (let n = 0; n < 20; n++) {
        const t = performance.now();
        index.update('k8s/s7.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: s7\nspec:\n  template:\n    spec:\n      containers:\n      - name: s7\n        image: acme/s7:2.${n}\n`);
        findingsIn(index, 'k8s/s7.yaml');
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const median = times[times.length >> 1];
      assert.ok(median < 10, `median update + findings: ${median.toFixed(2)} ms`);
    });

    it('applies edits in offset order and refuses overlapping ones', () => {
      const edits = [
        { start: 6, end: 6, newText: 'big ' },
        { start: 0, end: 5, newText: 'HELLO' },
      ];
      assert.equal(applyEdits('hello world', edits), 'HELLO big world');
      assert.throws(() => applyEdits('hello', [{ start: 0, end: 3, newText: 'x' }, { start: 2, end: 4, newText: 'y' }]), /overlapping/);
    });

    it('says which files to feed it', () => {
      for (const p of ['a/Dockerfile', 'x.dockerfile', 'k.yaml', 'c.yml', 'b.sh', 'Makefile', 'rules.mk', 'package.json', 'docker-bake.hcl']) {
        assert.equal(isImageSource(p), true, p);
      }
      for (const p of ['main.go', 'README.md', 'package-lock.json', 'x.hcl']) assert.equal(isImageSource(p), false, p);
    });
  });
});
