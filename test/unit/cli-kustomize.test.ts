// `layer-lens explain` on a kustomize overlay: the kustomization and its patch files are recognized, a patch file
// gets the target of the kustomization that names it (beside it or above it), and a JSON patch file it names is read.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { lines } from './helpers';

const CLI = path.resolve(__dirname, '../../cli.js');

interface JsonField {
  path: string;
  layer: string;
  resource?: string;
  inferred?: boolean;
}
interface JsonOut {
  files: { path: string; kind: string; fields: JsonField[] }[];
}

describe('CLI explain on kustomize overlays', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'layer-lens-kustomize-'));
    mkdirSync(path.join(dir, 'overlay/patches'), { recursive: true });
    writeFileSync(
      path.join(dir, 'overlay/kustomization.yaml'),
      lines(
        'resources: [../base]',
        'patchesJson6902:',
        '- target: {group: apps, version: v1, kind: Deployment, name: web}',
        '  path: patches/replicas.yaml',
        'patches:',
        '- path: image.json',
        '  target: {kind: StatefulSet, name: db}',
        '- path: memory.yaml',
      ),
    );
    writeFileSync(path.join(dir, 'overlay/patches/replicas.yaml'), lines('- op: replace', '  path: /spec/replicas', '  value: 4'));
    writeFileSync(path.join(dir, 'overlay/image.json'), '[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "db:2"}]\n');
    writeFileSync(path.join(dir, 'overlay/memory.yaml'), lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata: {name: web}', 'spec: {replicas: 2}'));
    writeFileSync(path.join(dir, 'overlay/other.json'), '{"not": "a patch"}\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const explain = (...args: string[]): JsonOut => {
    const run = spawnSync(process.execPath, [CLI, 'explain', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(run.stdout) as JsonOut;
  };

  it('explains the kustomization, its patch files with their targets, and leaves other JSON alone', () => {
    const files = explain('overlay').files;
    assert.deepEqual(files.map((f) => [f.path, f.kind]), [
      [path.join('overlay', 'image.json'), 'json-patch'],
      [path.join('overlay', 'kustomization.yaml'), 'kustomization'],
      [path.join('overlay', 'memory.yaml'), 'kubernetes'],
      [path.join('overlay', 'patches', 'replicas.yaml'), 'json-patch'],
    ]);
    const ops = (i: number) => files[i].fields.map((f) => [f.path, f.layer, f.resource, f.inferred]);
    assert.deepEqual(ops(0), [['/spec/template/spec/containers/0/image', 'build/run', 'StatefulSet/db', undefined]]);
    assert.deepEqual(ops(3), [['/spec/replicas', 'schedule/scale', 'Deployment/web', undefined]]);
  });

  it('reads a patch named on the command line with its target, and one no kustomization names by inference', () => {
    assert.equal(explain('overlay/patches/replicas.yaml').files[0].fields[0].resource, 'Deployment/web');
    writeFileSync(path.join(dir, 'loose.yaml'), lines('- op: add', '  path: /spec/template/spec/containers/0/command', '  value: [run]'));
    const [loose] = explain('loose.yaml').files;
    assert.equal(loose.kind, 'json-patch');
    assert.deepEqual(loose.fields.map((f) => [f.layer, f.inferred]), [['build/run', true]]);
  });
});
