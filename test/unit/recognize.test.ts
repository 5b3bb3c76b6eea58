// Which kind a file is: Dockerfiles by name, Compose by name or content, Kubernetes by content.
import * as assert from 'node:assert/strict';
import { baseName, kindFromName, recognize } from '../../src/core';
import { kindFromYamlContent, mayBeYaml } from '../../src/core/recognize';
import { lines } from './helpers';

const DEPLOYMENT = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web');

describe('recognize', () => {
  describe('kindFromName', () => {
    it('knows Dockerfiles and Containerfiles, with suffixes and prefixes, in any case', () => {
      for (const name of [
        'Dockerfile', 'dockerfile', 'DOCKERFILE', 'Dockerfile.dev', 'Dockerfile.prod.arm64', 'api.Dockerfile',
        'build.dockerfile', 'Containerfile', 'Containerfile.test', 'web.containerfile',
      ]) {
        assert.equal(kindFromName(name), 'dockerfile', name);
      }
    });

    it('knows compose*.y(a)ml, docker-compose*.yml and docker-stack*.yml', () => {
      for (const name of [
        'compose.yaml', 'compose.yml', 'compose.override.yaml', 'compose-dev.yml', 'docker-compose.yml',
        'docker-compose.yaml', 'docker-compose.prod.yml', 'docker-compose.override.yml', 'docker-stack.yml',
        'docker-stack.prod.yaml', 'Docker-Compose.YML',
      ]) {
        assert.equal(kindFromName(name), 'compose', name);
      }
    });

    it('leaves names the content must settle, and look-alikes, undecided', () => {
      for (const name of [
        'deployment.yaml', 'values.yml', 'Dockerfile-utils.js', 'dockerfile_old',
        'README.md', 'compose.json', 'my-compose.yaml', 'docker-compose', '.dockerignore',
      ]) {
        assert.equal(kindFromName(name), undefined, name);
      }
    });

    it('reads the last segment of POSIX, Windows and URI paths', () => {
      assert.equal(kindFromName('/repo/api/Dockerfile'), 'dockerfile');
      assert.equal(kindFromName('C:\\repo\\docker-compose.yml'), 'compose');
      assert.equal(kindFromName('file:///repo/Dockerfile.dev'), 'dockerfile');
      assert.equal(kindFromName('/repo/Dockerfile/values.yaml'), undefined, 'a folder named Dockerfile names nothing');
      assert.equal(baseName('a/b\\c/d.yaml'), 'd.yaml');
      assert.equal(baseName('plain'), 'plain');
    });

    it('treats .yaml and .yml, only, as worth sniffing', () => {
      assert.equal(mayBeYaml('x.yaml'), true);
      assert.equal(mayBeYaml('x.YML'), true);
      assert.equal(mayBeYaml('x.json'), false);
      assert.equal(mayBeYaml('yaml'), false);
    });
  });

  describe('recognize (name and content)', () => {
    it('takes a Dockerfile by name whatever it holds', () => {
      assert.equal(recognize('Dockerfile', DEPLOYMENT), 'dockerfile');
      assert.equal(recognize('x/app.Dockerfile', ''), 'dockerfile');
    });

    it('sniffs a manifest from top-level apiVersion and kind, quoted or not', () => {
      assert.equal(recognize('deploy.yaml', DEPLOYMENT), 'kubernetes');
      assert.equal(recognize('svc.yml', lines('"kind": Service', '"apiVersion": v1')), 'kubernetes');
      assert.equal(recognize('svc.yml', lines('# a comment', 'kind:   Service', 'apiVersion:')), 'kubernetes');
    });

    it('sniffs a manifest or Compose file written in flow style (JSON is YAML)', () => {
      assert.equal(recognize('cm.yaml', '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}\n'), 'kubernetes');
      assert.equal(recognize('c.yaml', '\n{services: {web: {image: nginx}}}\n'), 'compose');
      assert.equal(recognize('other.yaml', '{"name": "x", "version": 2}\n'), 'unknown');
    });

    it('does not take nested apiVersion/kind as a manifest', () => {
      assert.equal(recognize('x.yaml', lines('spec:', '  apiVersion: v1', '  kind: Pod')), 'unknown');
      assert.equal(recognize('x.yaml', lines('apiVersionX: v1', 'kinds: Pod')), 'unknown');
    });

    it('sniffs Compose from a top-level services map, block or flow', () => {
      assert.equal(recognize('app.yml', lines('services:', '  web:', '    image: nginx')), 'compose');
      assert.equal(recognize('app.yml', lines('services: {web: {image: nginx}}')), 'compose');
      assert.equal(recognize('app.yml', lines('services: &s', '  web:', '    image: nginx')), 'compose');
      assert.equal(recognize('app.yml', lines('services:  # the stack', '  web:', '    image: nginx')), 'compose');
    });

    it('does not take a scalar or list `services:` as Compose', () => {
      assert.equal(recognize('app.yml', lines('services: 3', 'name: shop')), 'unknown');
      assert.equal(recognize('app.yml', lines('services:', '- web', '- db')), 'unknown');
    });

    it('reads a multi-document stream by its top-level keys, whichever document has them', () => {
      const text = lines('# header', '---', 'apiVersion: v1', 'kind: Service', '---', 'apiVersion: apps/v1', 'kind: Deployment');
      assert.equal(recognize('all.yaml', text), 'kubernetes');
      assert.equal(recognize('all.yaml', lines('---', 'foo: 1', '---', 'kind: ConfigMap', 'apiVersion: v1')), 'kubernetes');
    });

    it('recognizes kind: List', () => {
      const list = lines('apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Service');
      assert.equal(recognize('list.yaml', list), 'kubernetes');
    });

    it('recognizes a Helm template whose apiVersion or whole lines are template actions', () => {
      const helm = lines(
        '{{- if .Values.enabled }}',
        'apiVersion: {{ include "chart.apiVersion" . }}',
        'kind: Deployment',
        'metadata:',
        '  name: {{ .Release.Name }}',
        '{{- end }}',
      );
      assert.equal(recognize('templates/deployment.yaml', helm), 'kubernetes');
      assert.equal(recognize('t.yaml', lines('kind: Service', '  apiVersion: {{ .x }}')), 'kubernetes');
    });

    it('calls plain YAML (CI workflows, Helm values, Chart.yaml, app config) unknown', () => {
      assert.equal(recognize('.github/workflows/ci.yaml', lines('name: ci', 'on: [push]', 'jobs:', '  build:', '    runs-on: x')), 'unknown');
      assert.equal(recognize('values.yaml', lines('image:', '  repository: nginx', 'replicaCount: 1')), 'unknown');
      assert.equal(recognize('Chart.yaml', lines('apiVersion: v2', 'name: shop', 'version: 0.1.0')), 'unknown');
      assert.equal(recognize('empty.yaml', ''), 'unknown');
    });

    it('reads a Compose-named file that holds a manifest as the manifest', () => {
      assert.equal(recognize('docker-compose.yml', DEPLOYMENT), 'kubernetes');
      assert.equal(recognize('docker-compose.yml', lines('version: "3"')), 'compose', 'the name decides otherwise');
    });

    it('never sniffs a name that is not YAML (the CLI sniffs explicit paths itself)', () => {
      assert.equal(recognize('deploy.txt', DEPLOYMENT), 'unknown');
      assert.equal(recognize('Makefile', DEPLOYMENT), 'unknown');
      assert.equal(kindFromYamlContent(DEPLOYMENT), 'kubernetes');
    });
  });
});
