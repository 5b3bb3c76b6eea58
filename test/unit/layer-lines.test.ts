// layerLines: the line → layer map behind "Layer Lens: Show Layers". A line is marked with the layer of the first
// key starting on it; lines without a key stay unmarked.
import * as assert from 'node:assert/strict';
import { classifyFile, layerLines } from '../../src/core';
import { analyzed, lines } from './helpers';

const MANIFEST = lines(
  'apiVersion: apps/v1', //                                     0
  'kind: Deployment', //                                        1
  'metadata:', //                                               2
  '  name: web', //                                             3
  'spec:', //                                                   4
  '  replicas: 3', //                                           5
  '  template:', //                                             6
  '    spec:', //                                               7
  '      containers:', //                                       8
  '        - name: web', //                                     9
  '          image: web:1', //                                  10
  '          command:', //                                      11
  '            - /bin/sh', //                                   12  (a list value: no key)
  '          resources:', //                                    13
  '            {limits: {memory: 1Gi}, requests: {cpu: 1}}', // 14  (build/run first)
  '        - name: side', //                                    15
  '          image: side:1', //                                 16
  '          resources: {requests: {cpu: 1}, limits: {memory: 1Gi}}', // 17 (resources first)
  '          env:', //                                          18
  '            - name: NOTE', //                                19
  '              value: |', //                                  20
  '                text, not a key: here', //                   21
);

/** The layer each line is marked with, or '-' for none: one string per line, easy to read in a failure. */
function marks(text: string, name: string): string[] {
  const file = analyzed(name, text);
  const by = layerLines(file);
  return text.split('\n').map((_, i) => (by['build/run'].includes(i) ? 'B' : by['schedule/scale'].includes(i) ? 'S' : '-'));
}

describe('layerLines', () => {
  const file = analyzed('web.yaml', MANIFEST);
  const by = layerLines(file);
  const layerOf = (path: string) => file.fields.find((f) => f.path === path)!.entry.layer;

  it('marks each line holding a key with that key\'s layer, as the tables classify it', () => {
    assert.equal(layerOf('spec.replicas'), 'schedule/scale');
    assert.equal(layerOf('spec.template.spec.containers[0].image'), 'build/run');
    assert.ok(by['schedule/scale'].includes(5), 'replicas');
    assert.ok(by['build/run'].includes(10), 'image');
    assert.ok(by['build/run'].includes(11), 'command');
    for (const f of file.fields) {
      const line = file.lines.positionAt(f.keyStart).line;
      assert.ok(by['build/run'].includes(line) || by['schedule/scale'].includes(line), `${f.path} on line ${line} is marked`);
    }
  });

  it('leaves lines without a key unmarked: list values, block scalar text', () => {
    const m = marks(MANIFEST, 'web.yaml');
    assert.equal(m[12], '-');
    assert.equal(m[21], '-');
    assert.notEqual(m[20], '-', '`value: |` opens with a key');
  });

  it('a line with keys of both layers takes the layer of its first key', () => {
    assert.equal(layerOf('spec.template.spec.containers[0].resources.limits'), 'build/run');
    assert.equal(layerOf('spec.template.spec.containers[0].resources.requests'), 'schedule/scale');
    const m = marks(MANIFEST, 'web.yaml');
    assert.equal(m[14], 'B', 'limits comes first');
    const swapped = MANIFEST.replace('{limits: {memory: 1Gi}, requests: {cpu: 1}}', '{requests: {cpu: 1}, limits: {memory: 1Gi}}');
    assert.equal(marks(swapped, 'web.yaml')[14], 'S', 'requests comes first');
    // `resources` opens line 17: its own layer decides, whatever its flow map holds.
    assert.equal(marks(MANIFEST, 'web.yaml')[17], layerOf('spec.template.spec.containers[1].resources') === 'build/run' ? 'B' : 'S');
  });

  it('lists each line once, ascending, in one layer only', () => {
    const all = [...by['build/run'], ...by['schedule/scale']];
    assert.equal(new Set(all).size, all.length);
    for (const list of Object.values(by)) assert.deepEqual(list, [...list].sort((a, b) => a - b));
  });

  it('marks a Compose deploy: block as schedule/scale and the service\'s run fields as build/run', () => {
    const compose = lines('services:', '  api:', '    image: api:1', '    deploy:', '      replicas: 2', '    environment:', '      A: b');
    const m = marks(compose, 'compose.yaml');
    assert.equal(m[2], 'B');
    assert.equal(m[3], 'S');
    assert.equal(m[4], 'S');
    assert.equal(m[5], 'B');
  });

  it('marks a Dockerfile instruction\'s first line, not its continuation lines', () => {
    const dockerfile = lines('FROM alpine:3.20', 'RUN apk add \\', '    curl', 'CMD ["sh"]');
    assert.deepEqual(marks(dockerfile, 'Dockerfile'), ['B', 'B', '-', 'B', '-']);
  });

  it('marks nothing in a file Layer Lens does not read, or skips', () => {
    assert.deepEqual(layerLines(analyzed('notes.yaml', 'name: x\nitems: [1]\n')), { 'build/run': [], 'schedule/scale': [] });
    const big = classifyFile('web.yaml', MANIFEST, { maxBytes: 10 });
    assert.ok(big.skipped);
    assert.deepEqual(layerLines(big), { 'build/run': [], 'schedule/scale': [] });
  });

  it('marks what parses in broken YAML', () => {
    const broken = lines('apiVersion: v1', 'kind: Pod', 'spec:', '  nodeName: n1', '  containers: [', '    {name: a');
    const m = marks(broken, 'pod.yaml');
    assert.equal(m[3], 'S');
  });
});
