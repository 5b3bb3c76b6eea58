// Seeded fuzzing of the core over the corpus: thousands of mutated files (truncated, bytes flipped, lines shuffled,
// spliced) plus hostile inputs (10k-deep nesting, 5 MB files, binary data, alias bombs, Dockerfile garbage). For each:
// classifyFile + buildReport + every output format + fieldAt at random offsets must not throw, must keep the core's
// invariants, and must answer within a bound. Reproduce a run with LAYER_LENS_FUZZ_SEED=<seed shown in the title>.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classifyFile, buildReport, fieldAt, type ClassifiedFile, type FileKind } from '../../src/core';
import { jsonFile } from '../../src/core/format/json';
import { formatMarkdown } from '../../src/core/format/markdown';
import { formatText } from '../../src/core/format/text';
import { MAX_NESTING } from '../../src/core/yaml/parse';
import { maskTemplates } from '../../src/core/yaml/templates';
import { isCandidateName } from '../../src/cli/walk';
import { CORPUS, filesUnder, prng, seedFrom } from './helpers';

const SEED = seedFrom('LAYER_LENS_FUZZ_SEED', 0x1a7e5eed);
const MUTATIONS = 3000;
const MB = 1024 * 1024;
/**
 * One case (classifyFile, report, three formats, 25 lookups) must answer within 2 s plus 6× the time this machine,
 * right now, takes for a real manifest of the same size (measured in `before`; dense flow syntax costs yaml ~3× more
 * per byte). Linear work passes however loaded the 2 cores are; a quadratic or exponential path — what a hang looks
 * like — does not.
 */
let msPerMB = 1500;
const boundMs = (chars: number) => 2000 + (6 * msPerMB * chars) / MB;

const rnd = prng(SEED);
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

/** Tokens that steer YAML and Dockerfile parsers into their odd corners. */
const TOKENS = [
  '{{', '}}', '{{- if .x }}', '{{ end }}', '&a ', '*a', '<<: *a', '? ', ': ', '- ', '---\n', '...\n', '%YAML 1.2\n',
  '!!binary ', '!tag ', '|', '>-', '\t', '\r', '\r\n', '\u0000', '\ufeff', '\ud800', '\udfff', '"', "'", '[', ']', '{',
  '}', ',', '#', '\\\n', '`\n', '<<EOF\n', 'EOF\n', '# escape=`\n', '# syntax=x\n', 'ONBUILD ', '--mount=type=cache ',
  '--from=', 'FROM ', 'ARG ', '${', '}', '\u2028', '😀', 'apiVersion: v1\nkind: Pod\n', 'services:\n  a:\n',
];

type Mutator = (text: string, donor: string) => string;
const MUTATORS: Record<string, Mutator> = {
  truncate: (t) => t.slice(0, int(t.length + 1)),
  flipChars: (t) => {
    const chars = t.split('');
    for (let n = 1 + int(8); n > 0 && chars.length > 0; n--) chars[int(chars.length)] = String.fromCharCode(int(0x10000));
    return chars.join('');
  },
  flipBytes: (t) => {
    const bytes = Buffer.from(t, 'utf8');
    for (let n = 1 + int(16); n > 0 && bytes.length > 0; n--) bytes[int(bytes.length)] ^= 1 << int(8);
    return new TextDecoder().decode(bytes);
  },
  insertTokens: (t) => {
    let out = t;
    for (let n = 1 + int(6); n > 0; n--) {
      const at = int(out.length + 1);
      out = out.slice(0, at) + pick(TOKENS) + out.slice(at);
    }
    return out;
  },
  deleteRange: (t) => {
    const a = int(t.length + 1);
    return t.slice(0, a) + t.slice(Math.min(t.length, a + 1 + int(200)));
  },
  shuffleLines: (t) => {
    const ls = t.split('\n');
    for (let n = 1 + int(ls.length); n > 0; n--) {
      const i = int(ls.length);
      const j = int(ls.length);
      [ls[i], ls[j]] = [ls[j], ls[i]];
    }
    return ls.join('\n');
  },
  reindent: (t) =>
    t
      .split('\n')
      .map((l) => (rnd() < 0.2 ? ' '.repeat(int(9)) + l.trimStart() : l))
      .join('\n'),
  splice: (t, donor) => {
    const at = int(t.length + 1);
    const from = int(donor.length + 1);
    return t.slice(0, at) + donor.slice(from, from + int(2000)) + t.slice(at);
  },
};

interface Stats {
  cases: number;
  slowestMs: number;
  slowest: string;
}
const stats: Stats = { cases: 0, slowestMs: 0, slowest: '' };

/** The core's promises about any analysis; returns what is broken. */
function invariantProblems(a: ClassifiedFile): string[] {
  const out: string[] = [];
  const n = a.text.length;
  for (const f of [...a.fields, ...a.extras]) {
    if (!(f.keyStart >= 0 && f.keyStart <= f.keyEnd && f.keyEnd <= n)) out.push(`${f.path}: key ${f.keyStart}-${f.keyEnd} of ${n}`);
    if (f.valueStart !== undefined && !(f.valueStart >= 0 && f.valueStart <= (f.valueEnd ?? f.valueStart) && (f.valueEnd ?? 0) <= n)) {
      out.push(`${f.path}: value ${f.valueStart}-${f.valueEnd} of ${n}`);
    }
    if (!f.entry) out.push(`${f.path}: no entry for ${f.entryId}`);
    else if (f.entry.layer !== 'build/run' && f.entry.layer !== 'schedule/scale') out.push(`${f.path}: layer ${String(f.entry.layer)}`);
  }
  return out;
}

/** One case: everything a user or the editor could do with the text; throws with the case name on any failure. */
function exercise(label: string, name: string, text: string, kind?: FileKind): void {
  // Drawn once, before timing, so a retry neither changes what is run nor shifts the cases after it.
  const offsets = [-1, 0, text.length, text.length + 1, ...Array.from({ length: 21 }, () => int(text.length + 1))];
  let ms: number;
  try {
    ms = timedRun(name, text, kind, offsets);
    // A neighbour's job can stall these 2 cores for seconds: over the bound, re-measure the machine and the case,
    // and keep the better time. A real hang is slow both times, whatever the machine's speed.
    if (ms >= boundMs(text.length)) {
      msPerMB = Math.max(msPerMB, calibrate());
      ms = Math.min(ms, timedRun(name, text, kind, offsets));
    }
  } catch (err) {
    throw new Error(`${label} (${name}, ${text.length} chars, seed 0x${SEED.toString(16)}): ${(err as Error).stack ?? String(err)}`, { cause: err });
  }
  stats.cases++;
  if (ms > stats.slowestMs) Object.assign(stats, { slowestMs: ms, slowest: `${label} (${text.length} chars)` });
  assert.ok(ms < boundMs(text.length), `${label}: ${ms.toFixed(0)} ms (bound ${boundMs(text.length).toFixed(0)} ms)`);
}

/** classifyFile + report + the three formats + fieldAt at each offset, checking the invariants; returns milliseconds. */
function timedRun(name: string, text: string, kind: FileKind | undefined, offsets: number[]): number {
  const start = performance.now();
  const a = classifyFile(name, text, kind ? { kind } : {});
  const report = buildReport(a);
  jsonFile(report);
  formatText(report, { color: true });
  formatMarkdown(report);
  const total = report.counts['build/run'] + report.counts['schedule/scale'];
  if (total !== a.fields.length) throw new Error(`counts ${total} ≠ ${a.fields.length} fields`);
  const broken = invariantProblems(a);
  if (broken.length > 0) throw new Error(broken.slice(0, 3).join('; '));
  for (const offset of offsets) {
    const hit = fieldAt(a, offset);
    // A hit covers the offset: its key, its value, or the rest of the key's line (`key:  ` before the value).
    const lineEnd = a.text.indexOf('\n', hit?.field.keyEnd ?? 0) >>> 0;
    if (hit && !(offset >= hit.field.keyStart && offset < Math.max(hit.field.keyEnd, hit.field.valueEnd ?? 0, lineEnd))) {
      throw new Error(`fieldAt(${offset}) → ${hit.field.path} ${hit.field.keyStart}-${hit.field.valueEnd}`);
    }
  }
  return performance.now() - start;
}

/** 1 MB of the corpus's manifests, set in `before`. */
let oneMB = '';

/** The whole pipeline over 1 MB of real manifests, in ms (best of two, so a GC pause does not inflate it). */
function calibrate(): number {
  const times = [0, 1].map(() => {
    const start = performance.now();
    const report = buildReport(classifyFile('all.yaml', oneMB));
    formatText(report);
    formatMarkdown(report);
    jsonFile(report);
    return performance.now() - start;
  });
  return Math.min(...times);
}

const NAMES = ['Dockerfile', 'compose.yaml', 'deploy.yaml', 'notes.txt'];

describe(`fuzz (seed 0x${SEED.toString(16)})`, function () {
  this.timeout(120_000);
  let corpus: { name: string; text: string }[] = [];

  before(() => {
    corpus = filesUnder(CORPUS)
      .filter((p) => isCandidateName(path.basename(p)))
      .map((p) => ({ name: path.basename(p), text: readFileSync(p, 'utf8') }));
    const manifests = corpus.filter((c) => /^kind: /m.test(c.text) && c.name.endsWith('.yaml')).map((c) => c.text).join('\n---\n');
    oneMB = manifests.repeat(Math.ceil(MB / manifests.length)).slice(0, MB);
    msPerMB = calibrate();
  });

  after(() => {
    // One line for the log: how much ran and what was slowest.
    console.log(`      fuzz: ${stats.cases} cases, slowest ${stats.slowestMs.toFixed(0)} ms: ${stats.slowest}; 1 MB manifest ${msPerMB.toFixed(0)} ms`);
  });

  it(`survives ${MUTATIONS} random mutations of corpus files`, () => {
    const used = new Set<string>();
    for (let i = 0; i < MUTATIONS; i++) {
      const base = pick(corpus);
      let text = base.text;
      const applied: string[] = [];
      for (let n = 1 + int(3); n > 0; n--) {
        const m = pick(Object.keys(MUTATORS));
        applied.push(m);
        text = MUTATORS[m](text, pick(corpus).text);
      }
      applied.forEach((m) => used.add(m));
      // Mostly under its own name, sometimes read as another kind (an editor's language id can say anything).
      const kind = rnd() < 0.2 ? pick<FileKind>(['dockerfile', 'compose', 'kubernetes']) : undefined;
      exercise(`mutation #${i} ${applied.join('+')} of ${base.name}${kind ? ` as ${kind}` : ''}`, base.name, text, kind);
    }
    assert.equal(used.size, Object.keys(MUTATORS).length, 'every mutator ran');
  });

  it('survives 10k levels of nesting in every YAML style', () => {
    const header = 'apiVersion: v1\nkind: ConfigMap\ndata:\n';
    const deep = [
      '- '.repeat(10_000) + 'x',
      '['.repeat(10_000),
      '['.repeat(10_000) + ']'.repeat(10_000),
      '{'.repeat(10_000),
      '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000),
      'k: '.repeat(10_000) + 'v',
      Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
      Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i % 40)}- `).join('\n'),
    ];
    for (const [i, body] of deep.entries()) {
      exercise(`nesting #${i}`, 'deploy.yaml', header + '  x: ' + body);
      exercise(`nesting #${i} bare`, 'compose.yaml', body);
    }
    exercise('nesting in a Dockerfile', 'Dockerfile', 'FROM x\nRUN ' + '\\\n'.repeat(10_000) + 'echo\n');
    // The cut is reported, and what sits above it, and the documents after it, are still read.
    const a = classifyFile('deploy.yaml', header + '  x: ' + '['.repeat(10_000) + '\n---\napiVersion: v1\nkind: Pod\n');
    assert.ok(a.problems.some((p) => p.message.includes(`nested more than ${MAX_NESTING} levels`)));
    assert.deepEqual(a.fields.map((f) => `${f.document}:${f.path}`), ['0:apiVersion', '0:kind', '0:data', '0:data.x', '1:apiVersion', '1:kind']);
  });

  it('survives 5 MB files', () => {
    const manifest = corpus.find((c) => c.name.endsWith('.yaml') && /kind: Deployment/.test(c.text))!.text;
    const repeat = (unit: string) => unit.repeat(Math.ceil((5 * MB) / unit.length)).slice(0, 5 * MB);
    exercise('5 MB of manifests', 'all.yaml', repeat(manifest + '\n---\n'));
    exercise('5 MB Dockerfile', 'Dockerfile', 'FROM alpine\n' + repeat('RUN --mount=type=cache,target=/x echo hi \\\n  && true\n'));
    exercise('5 MB single line', 'deploy.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  k: ' + 'x'.repeat(5 * MB));
    exercise('5 MB of template actions on one line', 'deploy.yaml', 'apiVersion: v1\nkind: Pod\nx: ' + repeat('{{ .x }} '));
    exercise('5 MB of newlines', 'Dockerfile', '\n'.repeat(5 * MB));
    // Dense flow syntax costs yaml's own parser a few µs a token: 1 MB of it keeps the test short, and the
    // masker (which was quadratic on these) is timed on the full 5 MB by itself.
    exercise('1 MB of keys in one flow map', 'deploy.yaml', 'apiVersion: v1\nkind: Pod\nm: {' + 'k: v, '.repeat(MB / 6) + '}');
    exercise('256 KB of unclosed {{', 'deploy.yaml', 'apiVersion: v1\nkind: Pod\n' + '{{'.repeat(MB / 8));
    for (const unit of ['{{', '{{x}} ', '{{- if x }}\n']) {
      const start = performance.now();
      assert.equal(maskTemplates(repeat(unit)).length, 5 * MB);
      assert.ok(performance.now() - start < boundMs(MB), `masking 5 MB of ${JSON.stringify(unit)} is one linear pass`);
    }
  });

  it('survives binary data', () => {
    for (let i = 0; i < 40; i++) {
      const bytes = Buffer.from(Array.from({ length: 1 + int(64 * 1024) }, () => int(256)));
      if (i % 2 === 1) bytes.forEach((b, j) => (bytes[j] = b === 0 ? 1 : b)); // no NUL: must be parsed, not skipped
      exercise(`binary #${i} latin1`, pick(NAMES), bytes.toString('latin1'));
      exercise(`binary #${i} utf8`, pick(NAMES), new TextDecoder().decode(bytes));
    }
  });

  it('survives YAML alias bombs ("billion laughs") without expanding them', () => {
    const levels = Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i));
    const bomb = levels.map((l, i) => (i === 0 ? `${l}: &${l} ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]` : `${l}: &${l} [${Array(10).fill('*' + levels[i - 1]).join(',')}]`));
    exercise('alias bomb in a manifest', 'deploy.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n' + bomb.map((l) => '  ' + l).join('\n'));
    exercise('alias bomb in Compose', 'compose.yaml', 'services:\n  web:\n' + bomb.map((l) => '    ' + l).join('\n'));
    const merges = levels.map((l, i) => (i === 0 ? `x-${l}: &${l} {image: x}` : `x-${l}: &${l}\n  <<: [${Array(10).fill('*' + levels[i - 1]).join(', ')}]`));
    exercise('merge-key bomb in Compose', 'compose.yaml', merges.join('\n') + '\nservices:\n  web:\n    <<: *l\n');
    exercise('100k aliases of one anchor', 'deploy.yaml', 'apiVersion: v1\nkind: Pod\na: &a x\nb: [' + Array(100_000).fill('*a').join(',') + ']');
  });

  it('survives random Dockerfile garbage', () => {
    const keywords = ['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'MAINTAINER', 'from', 'Xyz', ''];
    const bits = ['--from=a', '--mount=type=secret,id=x', '--platform=$P', '--chmod=7', '--', '-', '=', '[', ']', '"', '\\', '`', '<<EOF', '<<-"X"', 'EOF', 'X', 'AS', 'as b', '${A:-b}', '$', '#', '\t', ' '];
    for (let i = 0; i < 500; i++) {
      const ls: string[] = [];
      if (rnd() < 0.3) ls.push(pick(['# escape=`', '# escape=\\', '# syntax=docker/dockerfile:1', '# check=error=true', '#escape=x']));
      for (let n = int(60); n > 0; n--) {
        const words = Array.from({ length: int(6) }, () => (rnd() < 0.5 ? pick(bits) : String.fromCharCode(32 + int(95)).repeat(1 + int(4))));
        ls.push(`${' '.repeat(int(3))}${pick(keywords)} ${words.join(rnd() < 0.8 ? ' ' : '')}${rnd() < 0.1 ? ' \\' : ''}`);
      }
      exercise(`Dockerfile garbage #${i}`, 'Dockerfile', ls.join(pick(['\n', '\r\n', '\r'])));
    }
  });
});
