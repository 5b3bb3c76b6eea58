// A patch written as a string inside YAML: its text and, for each character, its place in the file.
import * as assert from 'node:assert/strict';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import { embeddedText } from '../../src/core/kustomize/embedded';
import { lines } from './helpers';

/** The scalar under `patch:` in `source`, and what embeddedText makes of it. */
function embed(source: string) {
  const doc = parseDocument(source);
  const node = isMap(doc.contents) ? doc.contents.get('patch', true) : undefined;
  assert.ok(isScalar(node));
  const embedded = embeddedText(node as Scalar, source);
  assert.ok(embedded);
  return embedded;
}

/** Every character of the decoded text sits at a file offset holding that character (escapes aside). */
function assertMapsBack(source: string, e: ReturnType<typeof embed>, skip: RegExp = /\s/) {
  for (let i = 0; i < e.text.length; i++) {
    if (skip.test(e.text[i])) continue;
    assert.equal(source[e.offsetAt(i)], e.text[i], `char ${i} '${e.text[i]}'`);
  }
}

describe('kustomize embedded patch text', () => {
  it('maps a literal block line by line, indentation removed', () => {
    const source = lines('patch: |-', '  - op: replace', '    path: /spec/replicas', '    value: 3');
    const e = embed(source);
    assert.equal(e.exact, true);
    assert.equal(e.text.trimEnd(), lines('- op: replace', '  path: /spec/replicas', '  value: 3').trimEnd());
    assertMapsBack(source, e);
    assert.equal(e.offsetAt(e.text.indexOf('/spec')), source.indexOf('/spec'));
  });

  it('honors an indentation indicator and blank lines', () => {
    const source = lines('patch: |2', '    - op: add', '', '      path: /x');
    const e = embed(source);
    assert.equal(e.exact, true);
    assert.equal(e.text.split('\n')[0], '  - op: add');
    assertMapsBack(source, e);
  });

  it('maps single- and double-quoted JSON through their escapes', () => {
    const single = `patch: '[{"op": "remove", "path": "/it''s"}]'\n`;
    const s = embed(single);
    assert.equal(s.exact, true);
    assert.equal(s.text, `[{"op": "remove", "path": "/it's"}]`);
    assertMapsBack(single, s, /['\s]/);
    const double = 'patch: "[{\\"op\\": \\"remove\\", \\"path\\": \\"/a\\"}]"\n';
    const d = embed(double);
    assert.equal(d.exact, true);
    assert.equal(d.text, '[{"op": "remove", "path": "/a"}]');
    assert.equal(d.offsetAt(d.text.indexOf('/a')), double.indexOf('/a'));
    assert.equal(double[d.offsetAt(d.text.indexOf('"op'))], '\\');
  });

  it('folds a multi-line quoted string as YAML does', () => {
    const source = lines(`patch: '[{"op": "remove",`, `  "path": "/a"}]'`);
    const e = embed(source);
    assert.equal(e.exact, true);
    assert.equal(e.text, '[{"op": "remove", "path": "/a"}]');
    assert.equal(e.offsetAt(e.text.indexOf('/a')), source.indexOf('/a'));
  });

  it('falls back to the scalar start when it cannot reproduce the value', () => {
    const source = 'patch: "\\N[]"\n'; // \N (next line) is an escape this decoder does not know
    const e = embed(source);
    assert.equal(e.exact, false);
    assert.equal(e.offsetAt(3), source.indexOf('"'));
  });
});
