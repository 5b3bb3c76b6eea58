// The image index on real repositories. The acceptance case: in a copy of dockersamples/example-voting-app,
// a Kubernetes manifest is changed to run a different tag of an image the workspace builds; image-drift
// must say so and its fix must restore exactly the built reference, nothing else.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { allFindings, applyEdits, definitionAt, ImageIndex, isImageSource, lensesFor, type Finding } from '../../src/core/images';
import { CORPUS, filesUnder } from './helpers';
import { applyFix, findingsOf } from './images-helpers';

const VOTING = path.join(CORPUS, 'dockersamples__example-voting-app');
const VOTE_MANIFEST = 'k8s-specifications/vote-deployment.yaml';
const BUILT = 'dockersamples/examplevotingapp_vote';

/** Every indexable file under `dir`, as the extension would feed them. */
function load(dir: string): ImageIndex {
  const index = new ImageIndex();
  for (const p of filesUnder(dir)) if (isImageSource(p)) index.update(p, readFileSync(p, 'utf8'));
  return index;
}

describe('images: real repositories', function () {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-images-'));
    cpSync(VOTING, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('links the voting app images to their Dockerfiles and finds no drift in the original', () => {
    const index = load(dir);
    const target = index.dockerfileForImage(BUILT);
    assert.equal(target?.path, path.join(dir, 'vote/Dockerfile'));
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
    assert.deepEqual(findingsOf(index, 'mutable-tag'), [], 'the CI build pushes latest; nothing pins a version');
    const manifest = path.join(dir, VOTE_MANIFEST);
    const text = readFileSync(manifest, 'utf8');
    const def = definitionAt(index, manifest, text.indexOf(BUILT) + 5);
    assert.equal(def?.path, path.join(dir, 'vote/Dockerfile'));
  });

  it('reports image-drift when a manifest runs another tag of a built image, and the fix restores the built reference', () => {
    const manifest = path.join(dir, VOTE_MANIFEST);
    const original = readFileSync(manifest, 'utf8');
    assert.ok(original.includes(`image: ${BUILT}\n`), 'the manifest runs the image the workspace builds');
    writeFileSync(manifest, original.replace(`image: ${BUILT}\n`, `image: ${BUILT}:v2\n`));

    const index = load(dir);
    const found = findingsOf(index, 'image-drift', manifest);
    assert.equal(found.length, 1);
    const [f] = found;
    const changed = readFileSync(manifest, 'utf8');
    assert.equal(changed.slice(f.start, f.end), `${BUILT}:v2`);
    assert.match(f.message, /runs dockersamples\/examplevotingapp_vote:v2, but this workspace builds dockersamples\/examplevotingapp_vote/);
    const fix = f.fixes.find((x) => x.preferred)!;
    assert.deepEqual(fix.edits.map((e) => [e.path, e.newText]), [[manifest, BUILT]]);
    assert.equal(applyEdits(changed, fix.edits), original, 'the file equals the original except for that image value');
  });

  it('names the Compose build after the image Kubernetes runs, then reports drift against the Compose build', () => {
    const index = load(dir);
    const composePath = path.join(dir, 'docker-compose.yml');
    const unnamed = findingsOf(index, 'unnamed-build', composePath).find((f) => f.message.startsWith('Compose service vote '))!;
    assert.equal(unnamed.fixes[0].edits[0].newText, `    image: ${BUILT}\n`);
    applyFix(index, unnamed.fixes[0]);
    const compose = index.buildsOfImage(BUILT).find((b) => b.source === 'compose')!;
    assert.equal(compose.service, 'vote');
    assert.equal(index.dockerfileForBuild(compose)?.path, path.join(dir, 'vote/Dockerfile'));

    const manifest = path.join(dir, VOTE_MANIFEST);
    const original = readFileSync(manifest, 'utf8');
    index.update(manifest, original.replace(`image: ${BUILT}\n`, `image: ${BUILT}:v2\n`));
    const [f] = findingsOf(index, 'image-drift', manifest);
    assert.match(f.message, /\(Compose service vote\)/, 'the Compose build is the reference');
    assert.equal(f.fixes[0].edits[0].newText, BUILT);
    assert.equal(applyFix(index, f.fixes[0]).get(manifest), original);
    assert.deepEqual(findingsOf(index, 'image-drift'), []);
  });
});

describe('images: the whole corpus', function () {
  this.timeout(60000);
  const paths = filesUnder(CORPUS).filter(isImageSource);
  const texts = new Map(paths.map((p) => [p, readFileSync(p, 'utf8')]));
  const key = (f: Finding) => `${f.rule} ${f.path}:${f.start}-${f.end}`;

  it('indexes every file and runs every rule without throwing', () => {
    const index = new ImageIndex();
    for (const [p, t] of texts) index.update(p, t);
    const findings = allFindings(index);
    assert.ok(index.builtImages().length > 20, 'Compose, Skaffold and CI builds are found');
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.ok(f.start >= 0 && f.end >= f.start && f.end <= texts.get(f.path)!.length, key(f));
      for (const fix of f.fixes) for (const e of fix.edits) assert.ok(texts.has(e.path), `fix edits a known file: ${e.path}`);
    }
    for (const p of paths) {
      lensesFor(index, p);
      for (const run of index.facts(p)!.runs) definitionAt(index, p, run.span.start);
    }
  });

  it('gives the same findings whatever the order files arrive in, and after updates and removals', () => {
    const forward = new ImageIndex();
    for (const [p, t] of texts) forward.update(p, t);
    const backward = new ImageIndex();
    for (const p of [...paths].reverse()) backward.update(p, texts.get(p)!);
    const a = allFindings(forward).map(key).sort();
    assert.deepEqual(allFindings(backward).map(key).sort(), a);
    // Churn: blank every file, then restore it; the index must end where it started.
    for (const p of paths) forward.update(p, '');
    assert.deepEqual(allFindings(forward), []);
    for (const p of paths.slice(0, 50)) forward.remove(p);
    for (const [p, t] of texts) forward.update(p, t);
    assert.deepEqual(allFindings(forward).map(key).sort(), a);
  });
});
