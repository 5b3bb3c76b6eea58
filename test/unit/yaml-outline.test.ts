// What an analysis keeps of a YAML stream: each document's span and problems as plain data, no node trees; the
// outline moves with an edit and tells when documents cannot be re-read one by one.
import * as assert from 'node:assert/strict';
import { classifyFile } from '../../src/core';
import { MAX_NESTING, parseYaml } from '../../src/core/yaml/parse';
import { moveOutline, outlineOf, outlineProblems } from '../../src/core/yaml/outline';
import { lines, offsetOf } from './helpers';

describe('YAML outline', () => {
  it('keeps each document as its span and problems, in plain data', () => {
    const text = lines('a: 1', '---', 'b: c: d', '---', 'c: 3');
    const yaml = parseYaml(text);
    const outline = outlineOf(yaml);
    assert.equal(outline.docs.length, 3);
    assert.deepEqual(
      outline.docs.map((d) => d.start),
      yaml.docs.map((d) => d.range[0]),
    );
    assert.equal(outline.docs[1].start, offsetOf(text, '---'));
    assert.ok(outline.docs[1].end >= offsetOf(text, 'c: d'));
    assert.equal(outline.docs[0].problems.length, 0);
    assert.ok(outline.docs[1].problems.length > 0, 'the compact nested map is the second document’s error');
    assert.deepEqual(outlineProblems(outline.docs), yaml.problems);
    assert.equal(outline.loose, false);
    assert.deepEqual(JSON.parse(JSON.stringify(outline)), outline, 'numbers, strings and booleans only');
  });

  it('an analysis keeps the outline, not the parsed documents', () => {
    const a = classifyFile('s.yaml', lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '---', 'apiVersion: v1', 'kind: Pod'));
    assert.deepEqual(JSON.parse(JSON.stringify(a.yaml)), a.yaml);
    assert.equal(a.yaml!.docs.length, 2);
    assert.equal(a.yaml!.templated, false);
    assert.equal(classifyFile('t.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n').yaml!.templated, true);
  });

  it('is loose when a problem belongs to no document (a nesting cut)', () => {
    const yaml = parseYaml('a: ' + '['.repeat(MAX_NESTING + 5) + '\n');
    assert.equal(outlineOf(yaml).loose, true);
  });

  it('moves a document and its problems, leaving clean documents’ shared empty list alone', () => {
    const outline = outlineOf(parseYaml(lines('a: 1', '---', 'b: c: d', '---', 'c: 3')));
    const [clean, broken] = outline.docs;
    const offsets = broken.problems.map((p) => p.offset);
    moveOutline(clean, 5);
    moveOutline(broken, 5);
    assert.equal(clean.problems.length, 0);
    assert.equal(outline.docs[2].problems.length, 0);
    assert.deepEqual(broken.problems.map((p) => p.offset), offsets.map((o) => o + 5));
  });
});
