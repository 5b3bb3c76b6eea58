// The language server's view of the workspace (src/lsp/workspace.ts): the scan's file limit, and open documents
// winning over the disk when files change or go away, folders added and removed, a rescan and the size limit.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { toKey } from '../../src/cli/image-index';
import { isUnder, Workspace } from '../../src/lsp/workspace';

const RUNNERS = toKey(path.resolve(__dirname, '../../../test/fixtures/runners'));

describe('LSP workspace', () => {
  it('reads every image source of the folders, or stops at the limit and says so', () => {
    const all = new Workspace();
    const full = all.scan([RUNNERS]);
    assert.equal(full.truncated, false);
    assert.equal(full.files, all.index.paths().length);
    assert.ok(all.index.paths().includes(`${RUNNERS}/api/Dockerfile`));
    const some = new Workspace();
    assert.deepEqual(some.scan([RUNNERS], 2), { files: 2, truncated: true });
    assert.equal(some.index.paths().length, 2);
  });

  it('keeps an open document’s text through disk changes and a deleted folder, and falls back to disk on close', () => {
    const ws = new Workspace();
    ws.scan([RUNNERS]);
    const dockerfile = `${RUNNERS}/api/Dockerfile`;
    ws.opened(dockerfile, 'FROM scratch\n');
    ws.changedOnDisk(dockerfile);
    assert.equal(ws.index.facts(dockerfile)?.text, 'FROM scratch\n');
    ws.deletedOnDisk(`${RUNNERS}/api`);
    assert.equal(ws.index.facts(dockerfile)?.text, 'FROM scratch\n');
    ws.deletedOnDisk(`${RUNNERS}/k8s`);
    assert.ok(!ws.index.paths().some((p) => p.startsWith(`${RUNNERS}/k8s/`)));
    ws.closed(dockerfile);
    assert.match(ws.index.facts(dockerfile)?.text ?? '', /^FROM node:20-slim AS build/);
  });

  it('rescans from scratch keeping open documents, and leaves out files over the size limit', () => {
    const ws = new Workspace();
    ws.scan([RUNNERS]);
    const manifest = `${RUNNERS}/k8s/api.yaml`;
    const opened = `${RUNNERS}/elsewhere/Dockerfile`;
    ws.opened(opened, 'FROM scratch\n');
    assert.deepEqual(ws.rescan([`${RUNNERS}/api`]), { files: 1, truncated: false });
    assert.deepEqual(ws.index.paths().sort(), [`${RUNNERS}/api/Dockerfile`, opened]);
    ws.maxBytes = 1024;
    ws.rescan([RUNNERS]);
    assert.ok(!ws.index.paths().includes(manifest), 'k8s/api.yaml is over 1 KB');
    assert.ok(ws.index.paths().includes(`${RUNNERS}/api/Dockerfile`));
    ws.opened(opened, `FROM scratch\n${'#'.repeat(2000)}\n`);
    assert.ok(!ws.index.paths().includes(opened), 'an open document over the limit leaves the index');
  });

  it('adds folders within what is left of the file limit, and drops a removed folder but what others hold', () => {
    const ws = new Workspace();
    ws.scan([`${RUNNERS}/api`]);
    assert.deepEqual(ws.addFolders([`${RUNNERS}/k8s`], 2), { files: 1, truncated: true });
    ws.addFolders([RUNNERS]);
    const all = ws.index.paths().length;
    ws.opened(`${RUNNERS}/k8s/api.yaml`, 'kind: Pod\n');
    // The root goes; k8s stays a folder of its own, and the open document stays whatever its folder.
    ws.removeFolder(RUNNERS, [`${RUNNERS}/k8s`]);
    assert.deepEqual(ws.index.paths().sort(), [`${RUNNERS}/k8s/api.yaml`, `${RUNNERS}/k8s/worker.yaml`]);
    ws.removeFolder(`${RUNNERS}/k8s`, []);
    assert.deepEqual(ws.index.paths(), [`${RUNNERS}/k8s/api.yaml`]);
    assert.ok(all > 3);
    assert.ok(isUnder('/a/b', '/a') && isUnder('/a', '/a') && isUnder('/a/b', '/a/') && !isUnder('/ab', '/a'));
  });
});
