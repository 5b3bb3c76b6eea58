// The output formats on their own (pure functions of a Report): text, Markdown and the JSON contract.
import * as assert from 'node:assert/strict';
import { classifyFile, buildReport, type Report } from '../../src/core';
import { formatJson, jsonFailure, jsonFile } from '../../src/core/format/json';
import { countsLine, layerTitle } from '../../src/core/format/labels';
import { formatMarkdown } from '../../src/core/format/markdown';
import { formatText, visible } from '../../src/core/format/text';
import { citing, lines } from './helpers';

const report = (name: string, text: string): Report => buildReport(classifyFile(name, text));

const MANIFEST = lines(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: p}',
  'spec:',
  '  nodeSelector: {disk: ssd}',
  '  containers:',
  '  - name: c',
  '    image: nginx',
  '    command: [x]',
  '---',
  'apiVersion: example.com/v1',
  'kind: Widget',
  'spec:',
  '  workers: [{name: w, image: busybox}]',
);

describe('output formats', () => {
  describe('labels', () => {
    it('names the orchestrator of the schedule/scale group by file kind and by the fields found', () => {
      const base = { kind: 'kubernetes' as const, orchestrators: [] };
      assert.equal(layerTitle('build/run', base), 'build/run · Docker layer');
      assert.equal(layerTitle('schedule/scale', base), 'schedule/scale · Kubernetes layer');
      assert.equal(layerTitle('schedule/scale', { kind: 'compose', orchestrators: [] }), 'schedule/scale · Docker Swarm');
      assert.equal(layerTitle('schedule/scale', { kind: 'compose', orchestrators: ['swarm'] }), 'schedule/scale · Docker Swarm');
      assert.equal(layerTitle('schedule/scale', { kind: 'kubernetes', orchestrators: ['kubernetes', 'swarm'] }), 'schedule/scale · Kubernetes layer / Docker Swarm');
    });

    it('counts fields, or instructions for a Dockerfile, with singular and plural', () => {
      assert.equal(countsLine({ kind: 'dockerfile', counts: { 'build/run': 1, 'schedule/scale': 0 } }), '1 instruction: 1 build/run, 0 schedule/scale');
      assert.equal(countsLine({ kind: 'compose', counts: { 'build/run': 2, 'schedule/scale': 3 } }), '5 fields: 2 build/run, 3 schedule/scale');
    });
  });

  describe('text', () => {
    const r = report('pod.yaml', MANIFEST);
    const text = formatText(r);

    it('writes each layer group with its count and every field once, under its object', () => {
      const fieldLines = text.split('\n').filter((l) => / — /.test(l) && !l.startsWith('    ' + ' '.repeat(0) + 'Notes'));
      const total = r.counts['build/run'] + r.counts['schedule/scale'];
      assert.equal(fieldLines.length, total + r.notes.length);
      assert.match(text, new RegExp(`build/run · Docker layer \\(${r.counts['build/run']}\\)`));
      assert.match(text, /^ {4}Pod\/p$/m);
      assert.match(text, /^ {4}Widget$/m);
      assert.match(text, /^ +14:3 {2}spec\.workers \(inferred\) — /m);
      assert.match(text, new RegExp(`^ {2}${total} fields: `, 'm'));
    });

    it('aligns line:col to the widest one', () => {
      const positions = text.split('\n').filter((l) => / — /.test(l)).map((l) => l.indexOf(':'));
      assert.ok(new Set(positions.map((p, i) => p - (text.split('\n').filter((l) => / — /.test(l))[i].match(/^ */)![0].length))).size <= 2);
    });

    it('colors only when asked, and only adds escape codes', () => {
      assert.doesNotMatch(text, /\x1b/);
      const colored = formatText(r, { color: true });
      assert.match(colored, /\x1b\[35mschedule\/scale · Kubernetes layer\x1b\[0m/);
      assert.equal(colored.replace(/\x1b\[\d+m/g, ''), text);
    });

    it('shows control characters from the file as \\xNN, so a key cannot drive the terminal', () => {
      const evil = report('compose\x1b[2J.yaml', lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: "p\\e[2J"}'));
      const out = formatText(evil, { color: true });
      assert.doesNotMatch(out.replace(/\x1b\[\d+m/g, ''), /\x1b/);
      assert.match(out, /^\x1b\[1mcompose\\x1b\[2J\.yaml\x1b\[0m/);
      assert.match(out, /Pod\/p\\x1b\[2J/);
      assert.equal(visible('a\tb\nc\u009b'), 'a\tb\\x0ac\\x9b');
    });

    it('says why a skipped file was skipped, and lists parse problems', () => {
      assert.match(formatText(report('x.yaml', 'apiVersion: v1\nkind: Pod\n\u0000')), /^ {2}skipped: binary file/m);
      const broken = formatText(report('x.yaml', 'apiVersion: v1\nkind: Pod\nspec: [\n'));
      assert.match(broken, /^ {2}Problems \(the fields above cover what parsed\)\n {4}\d+:\d+ {2}\S/m);
    });
  });

  describe('markdown', () => {
    it('escapes pipes and backticks from keys so rows keep their cells', () => {
      const md = formatMarkdown(report('compose.yaml', lines('services:', '  "a|b`c":', '    image: x')));
      const row = md.split('\n').find((l) => l.includes('a\\|b'))!;
      assert.ok(row, md);
      assert.match(row, /``services\.a\\\|b`c``/);
      assert.equal(row.replace(/\\\|/g, '').split('|').length, '| Line | Field | Phase | What it governs | Source |'.split('|').length);
    });

    it('has an Object column for manifests only', () => {
      assert.match(formatMarkdown(report('pod.yaml', MANIFEST)), /\| Line \| Object \| Field \|/);
      assert.doesNotMatch(formatMarkdown(report('Dockerfile', 'FROM x\n')), /Object/);
      assert.match(formatMarkdown(report('Dockerfile', 'FROM x\n')), /### schedule\/scale · Kubernetes layer \(0\)\n\nNone\./);
    });
  });

  describe('sources and feature states', () => {
    const DOCS = 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodeselector';
    const cited = buildReport(citing(classifyFile('pod.yaml', MANIFEST), 'spec.nodeSelector', { source: DOCS, state: 'beta', since: '1.33' }));

    it('text: the state after the summary, the source at the end of the line', () => {
      const line = formatText(cited).split('\n').find((l) => / spec\.nodeSelector — /.test(l))!;
      assert.ok(line.endsWith(` (beta since 1.33)  ${DOCS}`), line);
    });

    it('markdown: the state beside the phase, a Docs link in the Source column', () => {
      const row = formatMarkdown(cited).split('\n').find((l) => l.includes('`spec.nodeSelector`'))!;
      assert.match(row, / \| schedule \(beta since 1\.33\) \| /);
      assert.ok(row.endsWith(` | [Docs](${DOCS}) |`), row);
    });

    it('every field and note shows its own source, and nothing where it has none', () => {
      for (const r of [cited, report('Dockerfile', 'ARG V=1\nFROM x\nHEALTHCHECK CMD true\n'), report('compose.yaml', lines('services:', '  a:', '    image: x', '    deploy: {replicas: 2}'))]) {
        const text = formatText(r).split('\n');
        const md = formatMarkdown(r).split('\n');
        for (const f of r.fields) {
          const textLine = text.find((l) => l.includes(` ${f.line}:${f.column}  ${f.path}`))!;
          const row = md.find((l) => l.startsWith(`| ${f.line}:${f.column} |`))!;
          if (f.source) {
            assert.ok(textLine.endsWith(`  ${f.source}`), textLine);
            assert.ok(row.endsWith(` | [Docs](${f.source}) |`), row);
          } else {
            assert.doesNotMatch(textLine, /https:/);
            assert.ok(row.endsWith(' |  |'), row);
          }
        }
        for (const n of r.notes) {
          const item = md.find((l) => l.startsWith(`- ${n.line}:${n.column} `))!;
          assert.equal(item.includes('[Docs]('), n.source !== '', item);
          if (n.source) assert.ok(item.endsWith(`[Docs](${n.source})`), item);
        }
      }
    });
  });

  describe('json', () => {
    it('lists fields in document order across the layer groups, keys in contract order', () => {
      const r = report('pod.yaml', MANIFEST);
      const file = jsonFile(r);
      assert.deepEqual(Object.keys(file), ['path', 'kind', 'fields']);
      assert.equal(file.fields.length, r.counts['build/run'] + r.counts['schedule/scale']);
      assert.deepEqual(file.fields.slice(0, 3).map((f) => f.path), ['apiVersion', 'kind', 'metadata']);
      const lines = file.fields.map((f) => f.line);
      assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
      assert.deepEqual(new Set(file.fields.map((f) => f.document)), new Set([0, 1]));
      const keys = Object.keys(file.fields.find((f) => f.path === 'spec.containers[0].command')!);
      assert.deepEqual(keys, ['document', 'line', 'column', 'path', 'layer', 'phase', 'summary', 'counterparts', 'guide', 'resource', 'note', 'source', 'noteSource']);
    });

    it('puts the reason a file was not fully explained in error, caller first', () => {
      const broken = jsonFile(report('x.yaml', 'apiVersion: v1\nkind: Pod\nspec: [\n'), 'not valid UTF-8');
      assert.deepEqual(Object.keys(broken), ['path', 'kind', 'error', 'fields']);
      assert.match(broken.error!, /^not valid UTF-8; parse error at \d+:\d+: /);
      assert.equal(jsonFile(report('notes.txt', 'x')).error, 'not a Dockerfile, Compose file or Kubernetes manifest');
      assert.deepEqual(jsonFailure('gone', 'no such file or folder'), { path: 'gone', kind: 'unknown', error: 'no such file or folder', fields: [] });
    });

    it('round-trips through JSON.parse', () => {
      const files = [jsonFile(report('pod.yaml', MANIFEST)), jsonFailure('x', 'y')];
      assert.deepEqual(JSON.parse(formatJson(files)), { files });
    });
  });
});
