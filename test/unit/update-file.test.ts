// Equivalence as a property: random edit chains on corpus files (typing, deletions, document markers, block
// scalar and continuation edits, template actions, pastes, several edits at once), and after every edit the
// incremental analysis (updateFile) must equal a full one (classifyFile on the new text) in everything the hover,
// the report and the image index read. The seed is fixed; LAYER_LENS_INCREMENTAL_SEED=<n> runs another one.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyEdits, buildReport, classifyFile, recognize, updateFile, type ClassifiedFile, type TextEdit } from '../../src/core';
import { CORPUS, filesUnder, prng, seedFrom } from './helpers';

const SEED = seedFrom('LAYER_LENS_INCREMENTAL_SEED', 0x5eed1e55);

/** Everything a reader of the analysis can see, as plain data (a YAML file keeps its documents' spans and problems). */
export function observable(a: ClassifiedFile): unknown {
  return {
    kind: a.kind,
    text: a.text,
    lines: a.lines.lineCount,
    fields: a.fields,
    extras: a.extras,
    problems: a.problems,
    skipped: a.skipped,
    yaml: a.yaml,
    dockerfile: a.dockerfile,
  };
}

/** What an edit inserts: typing, structure, markers, continuations, template actions. */
const SNIPPETS = [
  'a', 'x', ' ', '  ', '\n', ':', ': ', '- ', '#', '"', "'", '[', ']', '{', '}', ',', '|', '|-\n', '>\n', '  - x\n',
  '---\n', '---', '\n---\n', '--- ', '...\n', '\n...', '- - ', 'key: value\n', '{{ .Values.x }}', '{{', '}}',
  '{{- if .Values.y }}\n', '{{ end }}\n', '%YAML 1.1\n', '&a ', '*a', '<<: *a\n', '? ', '\t', '\r\n', '\\\n', '\\',
  '`', '<<EOF\n', 'EOF\n', '# escape=`\n', '# syntax=docker/dockerfile:1\n', 'FROM alpine AS b\n', 'RUN x \\\n',
  'apiVersion: v1\nkind: Pod\n', 'kind: Deployment\n', 'services:\n  a:\n    image: x\n', '😀',
];

type Maker = (text: string, rnd: () => number) => TextEdit[];

const int = (rnd: () => number, n: number): number => Math.floor(rnd() * n);
const lineStarts = (text: string): number[] => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];

const MAKERS: Record<string, Maker> = {
  type: (t, r) => {
    const at = int(r, t.length + 1);
    return [{ start: at, end: at, text: SNIPPETS[int(r, SNIPPETS.length)] }];
  },
  delete: (t, r) => {
    const at = int(r, t.length + 1);
    return [{ start: at, end: Math.min(t.length, at + 1 + int(r, r() < 0.8 ? 4 : 200)), text: '' }];
  },
  deleteLine: (t, r) => {
    const starts = lineStarts(t);
    const i = int(r, starts.length);
    return [{ start: starts[i], end: i + 1 < starts.length ? starts[i + 1] : t.length, text: '' }];
  },
  marker: (t, r) => {
    // Add a marker at a line start, or break or remove one.
    const markers = [...t.matchAll(/^(---|\.\.\.)/gm)].map((m) => m.index!);
    if (markers.length > 0 && r() < 0.6) {
      const at = markers[int(r, markers.length)];
      const options = ['', '--', '- --', '...', '---', '---x', ' ---', '--- a: 1'];
      return [{ start: at, end: at + 3, text: options[int(r, options.length)] }];
    }
    const starts = lineStarts(t);
    const at = starts[int(r, starts.length)];
    return [{ start: at, end: at, text: r() < 0.8 ? '---\n' : '...\n' }];
  },
  indent: (t, r) => {
    // Continuation edits: indentation decides where block scalars and collections end.
    const starts = lineStarts(t);
    const at = starts[int(r, starts.length)];
    if (r() < 0.5) return [{ start: at, end: at, text: r() < 0.5 ? '  ' : ' ' }];
    const spaces = /^ */.exec(t.slice(at))![0].length;
    return [{ start: at, end: at + Math.min(spaces, 2), text: '' }];
  },
  paste: (t, r) => {
    const from = int(r, t.length + 1);
    const piece = t.slice(from, from + int(r, 600));
    const at = int(r, t.length + 1);
    const end = r() < 0.3 ? Math.min(t.length, at + int(r, 100)) : at;
    return [{ start: at, end, text: piece }];
  },
  several: (t, r) => {
    // Multi-cursor typing: VS Code reports the changes last first, each in the offsets the previous left.
    const a = int(r, t.length + 1);
    const b = int(r, t.length + 1);
    const text = SNIPPETS[int(r, SNIPPETS.length)];
    const [hi, lo] = a >= b ? [a, b] : [b, a];
    return [
      { start: hi, end: hi, text },
      { start: lo, end: lo, text },
    ];
  },
};

/** Dockerfile edits: continuations added or removed at a line's end, heredocs opened, instructions typed. */
const DOCKERFILE_MAKERS: Record<string, Maker> = {
  continuation: (t, r) => {
    const ends = [...t.matchAll(/\n/g)].map((m) => m.index!);
    if (ends.length === 0) return [{ start: t.length, end: t.length, text: ' \\\n' }];
    const at = ends[int(r, ends.length)];
    if (t[at - 1] === '\\') return [{ start: at - 1, end: at, text: '' }];
    return [{ start: at, end: at, text: r() < 0.5 ? ' \\' : ' \\\n  && y' }];
  },
  instruction: (t, r) => {
    const starts = lineStarts(t);
    const at = starts[int(r, starts.length)];
    const options = ['RUN a \\\n  b\n', 'COPY <<EOF /x\nline\nEOF\n', 'ENV A=1\n', '# note\n', '\n', 'FROM b AS c\n', 'EXPOSE 80\n', 'ONBUILD RUN x\n'];
    return [{ start: at, end: at, text: options[int(r, options.length)] }];
  },
};

const MAKER_NAMES = Object.keys(MAKERS);
const DOCKERFILE_MAKER_NAMES = [...MAKER_NAMES, ...Object.keys(DOCKERFILE_MAKERS), 'type', 'continuation', 'deleteLine'];

interface Chain {
  name: string;
  text: string;
  edits: number;
  /** Draw Dockerfile edits (continuations, instructions) too. */
  dockerfile?: boolean;
}

/** Runs `edits` random edits on `text`, checking after each that the incremental analysis equals the full one. */
function runChain(chain: Chain, rnd: () => number): { incremental: number } {
  let text = chain.text;
  let analysis = classifyFile(chain.name, text);
  let reused = 0;
  for (let i = 0; i < chain.edits; i++) {
    const names = chain.dockerfile ? DOCKERFILE_MAKER_NAMES : MAKER_NAMES;
    const maker = names[int(rnd, names.length)];
    const edits = (MAKERS[maker] ?? DOCKERFILE_MAKERS[maker])(text, rnd);
    const next = applyEdits(text, edits)!;
    const before = text;
    const fieldsBefore = analysis.fields;
    const instructionBefore = analysis.dockerfile?.instructions[0];
    const updated = updateFile(analysis, edits);
    const full = classifyFile(chain.name, next);
    const context = () =>
      `seed ${SEED}, ${chain.name}, edit ${i} (${maker}: ${JSON.stringify(edits)}) on text:\n${JSON.stringify(before.length > 4000 ? '(long) ' + before.slice(0, 4000) : before)}`;
    assert.deepStrictEqual(observable(updated), observable(full), context());
    if (i % 50 === 0) assert.deepStrictEqual(buildReport(updated), buildReport(full), context());
    if (updated.fields !== fieldsBefore && updated.fields.length > 0 && updated.fields[0] === fieldsBefore[0]) reused++;
    else if (instructionBefore && updated.dockerfile?.instructions[0] === instructionBefore) reused++;
    text = next;
    analysis = updated;
  }
  return { incremental: reused };
}

function corpusYaml(): { name: string; text: string }[] {
  return filesUnder(CORPUS)
    .filter((p) => /\.ya?ml$/.test(p))
    .map((p) => ({ name: path.relative(CORPUS, p), text: readFileSync(p, 'utf8') }))
    .filter((f) => recognize(f.name, f.text) !== 'unknown' && f.text.length < 30000);
}

describe(`updateFile: incremental analysis equals a full one after every edit (seed ${SEED}; LAYER_LENS_INCREMENTAL_SEED to change)`, function () {
  this.timeout(120000);
  console.log(`    update-file property test seed: ${SEED}`);
  const files = corpusYaml();

  it('YAML: multi-document streams, Helm templates and single documents from the corpus', () => {
    const rnd = prng(SEED);
    // Multi-document streams without template actions (those are parsed in full, and have chains of their own), so
    // every seed gives the count of plain edits below.
    const multi = files.filter((f) => (f.text.match(/^---/gm) ?? []).length >= 2 && !f.text.includes('{{'));
    const templated = files.filter((f) => f.text.includes('{{'));
    assert.ok(multi.length >= 5 && templated.length >= 5, 'the corpus holds multi-document and templated files');
    // A long stream of corpus documents, as rendered Helm output or an install.yaml would be.
    const stream = { name: 'stream/all.yaml', text: multi.slice(0, 6).map((f) => f.text.replace(/\n?$/, '\n')).join('---\n') };
    const chains: Chain[] = [{ ...stream, edits: 150 }];
    for (let i = 0; i < 20; i++) chains.push({ ...multi[int(rnd, multi.length)], edits: 60 });
    for (let i = 0; i < 10; i++) chains.push({ ...templated[int(rnd, templated.length)], edits: 50 });
    for (let i = 0; i < 10; i++) chains.push({ ...files[int(rnd, files.length)], edits: 30 });
    let edits = 0;
    let plainEdits = 0;
    let incremental = 0;
    for (const c of chains) {
      const reused = runChain(c, rnd).incremental;
      edits += c.edits;
      // A templated stream is always parsed in full (see yaml/incremental.ts): count reuse over the plain ones.
      if (!c.text.includes('{{')) {
        plainEdits += c.edits;
        incremental += reused;
      }
    }
    assert.ok(edits >= 2000 && plainEdits >= 1000, `${edits} edits, ${plainEdits} on plain YAML`);
    // Many edits of plain YAML must really be incremental (documents before the edit reused), or the test proves little.
    // By design an edit in the first document, one that inserts template text, or one after a document whose last line has errors
    // re-reads from the start, and random edits rarely repair what they break: so 1 in 15, not more.
    assert.ok(incremental > plainEdits / 15, `${incremental} of ${plainEdits} edits of plain YAML reused the documents before the edit`);
  });

  it('Dockerfiles: typing, continuations, heredocs and instructions in corpus Dockerfiles', () => {
    const rnd = prng(SEED ^ 0xd0c);
    const dockerfiles = filesUnder(CORPUS)
      .map((p) => ({ name: path.relative(CORPUS, p), text: readFileSync(p, 'utf8') }))
      .filter((f) => recognize(f.name, f.text) === 'dockerfile' && f.text.length < 30000);
    assert.ok(dockerfiles.length >= 10, `${dockerfiles.length} corpus Dockerfiles`);
    const chains: Chain[] = [];
    for (let i = 0; i < 40; i++) chains.push({ ...dockerfiles[int(rnd, dockerfiles.length)], edits: 50, dockerfile: true });
    // The same files with a backtick escape directive (as Windows Dockerfiles declare), continuations rewritten to it.
    for (let i = 0; i < 6; i++) {
      const f = dockerfiles[int(rnd, dockerfiles.length)];
      chains.push({ name: f.name, text: '# escape=`\n' + f.text.replace(/\\\n/g, '`\n'), edits: 40, dockerfile: true });
    }
    let edits = 0;
    let incremental = 0;
    for (const c of chains) {
      incremental += runChain(c, rnd).incremental;
      edits += c.edits;
    }
    assert.ok(edits >= 2000, `${edits} edits`);
    assert.ok(incremental > edits / 3, `${incremental} of ${edits} edits reused the fields before the edit`);
  });

  it('re-reads only the document an edit touched: the documents before are kept, those after moved', () => {
    const doc = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
    const text = [doc('a'), doc('b'), doc('c')].join('---\n');
    const before = classifyFile('s.yaml', text);
    const [first, , third] = before.yaml!.docs;
    const firstField = before.fields.find((f) => f.document === 0)!;
    const thirdField = before.fields.find((f) => f.document === 2)!;
    const at = text.indexOf('name: b') + 'name: b'.length;
    const after = updateFile(before, [{ start: at, end: at, text: 'bb' }]);
    assert.equal(after.yaml!.docs[0], first, 'the first document is the same outline');
    assert.equal(after.yaml!.docs[2], third, 'the third document is moved, not parsed again');
    assert.equal(after.fields.find((f) => f.document === 0), firstField, 'the first document keeps its fields');
    assert.equal(after.fields.find((f) => f.document === 2), thirdField, 'the third document moves its fields');
    assert.deepStrictEqual(observable(after), observable(classifyFile('s.yaml', applyEdits(text, [{ start: at, end: at, text: 'bb' }])!)));
    assert.equal(after.fields.find((f) => f.path === 'metadata.name' && f.document === 2)!.keyStart, text.lastIndexOf('name: c') + 2);
  });

  it('Dockerfile: re-parses only the instructions an edit touched; a FROM edit rebuilds the stage graph', () => {
    const text = 'FROM alpine AS build\nRUN make \\\n  all\nCMD ["a"]\n\nFROM build AS final\nEXPOSE 80\n';
    const before = classifyFile('Dockerfile', text);
    const [from, , , from2, expose] = before.dockerfile!.instructions;
    const at = text.indexOf('  all') + 5;
    const typed = applyEdits(text, [{ start: at, end: at, text: ' install' }])!;
    const after = updateFile(before, [{ start: at, end: at, text: ' install' }]);
    assert.equal(after.dockerfile!.instructions[0], from, 'the instruction before is the same object');
    assert.equal(after.dockerfile!.instructions[4], expose, 'the instruction after is moved, not parsed again');
    assert.equal(after.dockerfile!.instructions[3], from2);
    assert.deepStrictEqual(observable(after), observable(classifyFile('Dockerfile', typed)));
    // `FROM build` becomes `FROM alpine`: the first stage no longer reaches the image, and its CMD says so.
    const b = typed.indexOf('FROM build') + 5;
    const renamed = applyEdits(typed, [{ start: b, end: b + 5, text: 'alpine' }])!;
    const again = updateFile(after, [{ start: b, end: b + 5, text: 'alpine' }]);
    assert.equal(again.dockerfile!.instructions[0], from);
    assert.deepStrictEqual(observable(again), observable(classifyFile('Dockerfile', renamed)));
    assert.ok(again.fields.find((f) => f.key === 'CMD')!.note, 'CMD in a stage the image does not build on has a note');
  });

  it('falls back to a full analysis for edits that do not fit the text', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n';
    const before = classifyFile('pod.yaml', text);
    const after = updateFile(before, [{ start: 5, end: 500, text: 'x' }], { text: 'apiVersion: v2\nkind: Pod\n' });
    assert.deepStrictEqual(observable(after), observable(classifyFile('pod.yaml', 'apiVersion: v2\nkind: Pod\n')));
  });
});
