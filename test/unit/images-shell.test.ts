// The shell reader behind script sources and build-at-runtime: words with offsets, `docker build` flags,
// variables, and the build steps of a start script with how to cut each one out.
import * as assert from 'node:assert/strict';
import { readDockerBuild } from '../../src/core/images/docker-build';
import { findBuildSteps } from '../../src/core/images/runtime-steps';
import { expandWord, tokenizeShell } from '../../src/core/images/shell';

function build(line: string) {
  const cmd = tokenizeShell(line).find((c) => readDockerBuild(c.words));
  return cmd && readDockerBuild(cmd.words);
}

describe('images: shell reader', () => {
  it('splits commands at operators and keeps word offsets', () => {
    const text = `cd app && docker build -t "acme/api:1" . ; echo 'a && b' | tee x`;
    const cmds = tokenizeShell(text);
    assert.deepEqual(cmds.map((c) => c.op), ['&&', ';', '|', '']);
    const tag = cmds[1].words[3];
    assert.equal(tag.value, 'acme/api:1');
    assert.equal(text.slice(tag.innerStart, tag.innerEnd), 'acme/api:1');
    assert.equal(cmds[2].words[1].value, 'a && b', 'quoted operators stay in the word');
  });

  it('keeps redirections, continuations and command substitutions inside commands', () => {
    const cmds = tokenizeShell('make build 2>&1 \\\n  && echo $(date +%s) > out');
    assert.equal(cmds.length, 2);
    assert.deepEqual(cmds[1].words.map((w) => w.value), ['echo', '$(date +%s)', '>', 'out']);
  });

  it('reads docker build, docker buildx build, podman build: tags, file, context, target', () => {
    const b = build('docker buildx build --platform linux/amd64 -t acme/api:1 --tag=acme/api:latest -f docker/Dockerfile --target prod --push .')!;
    assert.deepEqual(b.tags.map((t) => t.value), ['acme/api:1', 'acme/api:latest']);
    assert.equal(b.file?.value, 'docker/Dockerfile');
    assert.equal(b.context?.value, '.');
    assert.equal(b.target?.value, 'prod');
    assert.deepEqual(build('sudo podman build -tacme/x:2 ctx')!.tags.map((t) => t.value), ['acme/x:2']);
    assert.equal(build('docker image build --build-arg A=1 -t a:1 sub')!.context?.value, 'sub', '--build-arg takes a value');
    assert.equal(build('docker run -t acme/api:1'), undefined, 'docker run is not a build');
    assert.equal(build('echo "docker build -t a ."'), undefined, 'a quoted string is not a command');
  });

  it('expands simple variables and refuses anything else', () => {
    const vars = new Map([['TAG', '1.2'], ['REG', 'ghcr.io/acme']]);
    assert.equal(expandWord({ value: '$REG/api:${TAG}', expands: true }, vars), 'ghcr.io/acme/api:1.2');
    assert.equal(expandWord({ value: 'api:$(TAG)', expands: true }, vars), 'api:1.2', 'Make style');
    assert.equal(expandWord({ value: 'api:${V:-dev}', expands: true }, vars), 'api:dev', 'default value');
    assert.equal(expandWord({ value: 'api:$UNKNOWN', expands: true }, vars), undefined);
    assert.equal(expandWord({ value: 'api:$(git rev-parse HEAD)', expands: true }, vars), undefined);
  });

  it('finds build steps in a start script, joining apt-get update to its install', () => {
    const script = 'apt-get update && apt-get install -y curl && pip install -r req.txt && exec python app.py';
    const steps = findBuildSteps(script, 0);
    assert.deepEqual(steps.map((s) => s.what), ['installs packages (apt-get install)', 'installs packages (pip install)']);
    assert.equal(steps[0].text, 'apt-get update && apt-get install -y curl');
    // Cutting a step removes it and one separator; the rest of the script is untouched.
    const cut = steps[1].cut!;
    assert.equal(script.slice(0, cut.start) + script.slice(cut.end), 'apt-get update && apt-get install -y curl && exec python app.py');
  });

  it('cuts the last step with the separator before it, and refuses to cut across ||', () => {
    const last = findBuildSteps('cd /src && git clone https://x/y.git', 0)[0];
    assert.equal(last.what, 'clones source code (git clone)');
    assert.deepEqual(last.cut, { start: 'cd /src'.length, end: 'cd /src && git clone https://x/y.git'.length });
    assert.equal(findBuildSteps('npm ci || true', 0)[0].cut, undefined);
    assert.equal(findBuildSteps('npm ci', 0)[0].whole, true);
  });

  it('records the cds a step runs after, and forgets them where a RUN could not repeat them', () => {
    const cds = (s: string) => findBuildSteps(s, 0).map((x) => x.cd);
    assert.deepEqual(cds('npm ci'), [[]]);
    assert.deepEqual(cds('cd /home && git clone https://x/y.git demo && cd demo/app/ && npm install && node .'), [['/home'], ['/home', 'demo/app/']]);
    assert.deepEqual(cds('cd "/my app"\nmake'), [['/my app']]);
    assert.deepEqual(cds('echo start; cd /src; pip install -r r.txt'), [['/src']]);
    for (const s of ['cd $DIR && npm ci', 'cd && npm ci', 'cd - && npm ci', 'cd ~/app && npm ci', 'pushd /x && npm ci', 'cd -P /x && npm ci']) {
      assert.deepEqual(cds(s), [undefined], s);
    }
    for (const s of ['test -d /x || cd /x; npm ci', 'cd /x || exit 1; npm ci', 'cd /x | tee; npm ci', 'cd /x & npm ci', '(cd /x) && npm ci', 'if true; then cd /x; fi; npm ci']) {
      assert.deepEqual(cds(s), [undefined], s);
    }
    assert.deepEqual(cds('npm ci && (cd /x && echo)'), [[]], 'a later subshell does not matter');
  });

  it('recognizes curl | sh, compilers and package managers, and leaves ordinary commands alone', () => {
    const whats = (s: string) => findBuildSteps(s, 0).map((x) => x.what);
    assert.deepEqual(whats('curl -fsSL https://get.example.sh | sh'), ['runs a downloaded install script (curl | sh)']);
    assert.deepEqual(whats('go build -o /app . ; cargo build --release; mvn -q package; ./gradlew build; make; apk add git; yum install -y x'), [
      'compiles (go build)',
      'compiles (cargo build)',
      'compiles (mvn)',
      'compiles (gradle build)',
      'compiles (make)',
      'installs packages (apk add)',
      'installs packages (yum install)',
    ]);
    assert.deepEqual(whats('python app.py; node server.js; go run main.go; npm start; curl -f http://localhost/'), []);
  });
});
