// Image references: registry/host:port, repository path, tag, digest, Docker Hub normalization, templates.
import * as assert from 'node:assert/strict';
import { displayRef, effectiveTag, isMutable, parseImageRef } from '../../src/core/images';
import { leafOf, withTag, withoutTag } from '../../src/core/images/ref';

const DIGEST = 'sha256:fd8d9aa63ba2f0982b5304e1ee8d3b90a210bc1ffb5314d980eb6962f1a9715d';

describe('images: image references', () => {
  it('normalizes Docker Hub names: nginx ≡ docker.io/library/nginx ≡ index.docker.io/library/nginx', () => {
    const forms = ['nginx', 'docker.io/nginx', 'docker.io/library/nginx', 'index.docker.io/library/nginx:latest'];
    const repos = forms.map((f) => parseImageRef(f).repo);
    assert.deepEqual(new Set(repos), new Set(['docker.io/library/nginx']));
    assert.equal(parseImageRef('nginx').name, 'nginx');
    assert.equal(parseImageRef('acme/api').repo, 'docker.io/acme/api');
  });

  it('reads registry host and port, repository path, tag and digest', () => {
    const r = parseImageRef(`registry.example.com:5000/team/sub/api:1.2.3@${DIGEST}`);
    assert.equal(r.known, true);
    assert.equal(r.registry, 'registry.example.com:5000');
    assert.equal(r.path, 'team/sub/api');
    assert.equal(r.tag, '1.2.3');
    assert.equal(r.digest, DIGEST);
    assert.equal(leafOf(r), 'api');
    const local = parseImageRef('localhost/app');
    assert.equal(local.registry, 'localhost');
    assert.equal(local.path, 'app');
    const port = parseImageRef('localhost:5000/app');
    assert.equal(port.registry, 'localhost:5000');
    assert.equal(port.tag, undefined, 'the port is not a tag');
  });

  it('tells a tag from a port and a registry from a namespace', () => {
    assert.equal(parseImageRef('myhost:5000/app:2').tag, '2');
    assert.equal(parseImageRef('acme/app:2').registry, 'docker.io');
    assert.equal(parseImageRef('gcr.io/proj/app').registry, 'gcr.io');
  });

  it('marks templated references unknown, never matched', () => {
    for (const t of ['${REGISTRY}/app:1', '{{ .Values.image.repository }}:{{ .Values.image.tag }}', 'app:$(VERSION)', 'ghcr.io/${{ github.repository }}', '$IMAGE']) {
      const r = parseImageRef(t);
      assert.equal(r.known, false, t);
      assert.equal(r.unknown, 'templated', t);
      assert.equal(r.repo, '', t);
    }
  });

  it('rejects what the reference grammar rejects (upper case paths, bad tags, placeholders)', () => {
    for (const t of ['CONTAINER_IMAGES_REGISTRY/frontend', 'app:bad tag', 'app:', 'App', 'a//b', 'app@sha256:short']) {
      assert.equal(parseImageRef(t).known, false, t);
    }
    assert.equal(parseImageRef('').unknown, 'empty');
  });

  it('knows what a reference pulls and whether it can move', () => {
    assert.equal(effectiveTag(parseImageRef('nginx')), 'latest');
    assert.equal(effectiveTag(parseImageRef(`nginx@${DIGEST}`)), undefined);
    assert.equal(isMutable(parseImageRef('nginx')), true);
    assert.equal(isMutable(parseImageRef('nginx:latest')), true);
    assert.equal(isMutable(parseImageRef('nginx:1.25')), false);
    assert.equal(isMutable(parseImageRef(`nginx@${DIGEST}`)), false);
  });

  it('rewrites the tag in the writer\'s own spelling', () => {
    const r = parseImageRef('docker.io/library/nginx:1.24');
    assert.equal(withoutTag(r), 'docker.io/library/nginx');
    assert.equal(withTag(r, '1.25'), 'docker.io/library/nginx:1.25');
    assert.equal(withTag(parseImageRef('localhost:5000/app'), '3'), 'localhost:5000/app:3');
    assert.equal(displayRef(parseImageRef('index.docker.io/library/redis:7')), 'redis:7');
  });
});
