// The extension's pure parts: which editor documents it reads (language id + name + content) and the text of the
// "Explain This File" report. The VS Code side is covered by test/integration.
import * as assert from 'node:assert/strict';
import { classifyFile, fieldAt, toReportField, type ClassifiedFile } from '../../src/core';
import { documentKind, isSupportedLanguage, mayBeNamedPatch } from '../../src/core/editor-language';
import { inlineCode, inlineMarkdown } from '../../src/core/format/inline';
import { badge, counterpartText, featureStateText } from '../../src/core/format/labels';
import { hoverMarkdown } from '../../src/core/format/hover';
import { FIELD_LINE, renderReport } from '../../src/core/format/report-text';
import { citing } from './helpers';

const MANIFEST = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n';
const COMPOSE = 'services:\n  web:\n    image: nginx\n';

describe('extension: document kind', () => {
  it('takes the language id first: dockerfile is a Dockerfile whatever its name', () => {
    assert.equal(documentKind('dockerfile', '/x/build.txt', 'FROM alpine\n'), 'dockerfile');
    assert.equal(documentKind('dockerfile', 'Untitled-1', ''), 'dockerfile');
  });

  it('reads dockercompose as Compose unless the content is a manifest', () => {
    assert.equal(documentKind('dockercompose', '/x/compose.yaml', COMPOSE), 'compose');
    assert.equal(documentKind('dockercompose', '/x/compose.yaml', 'services: {}\n'), 'compose');
    assert.equal(documentKind('dockercompose', '/x/docker-compose.k8s.yaml', MANIFEST), 'kubernetes');
  });

  it('sniffs yaml and helm by content; a stack file is Compose by name', () => {
    assert.equal(documentKind('yaml', '/x/k8s/app.yaml', MANIFEST), 'kubernetes');
    assert.equal(documentKind('yaml', 'Untitled-2', MANIFEST), 'kubernetes');
    assert.equal(documentKind('yaml', '/x/prod.yml', COMPOSE), 'compose');
    assert.equal(documentKind('yaml', '/x/docker-stack.yml', 'version: "3.8"\n'), 'compose');
    const helm = '{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n{{- end }}\n';
    assert.equal(documentKind('helm', '/c/templates/deployment.yaml', helm), 'kubernetes');
  });

  it('leaves plain YAML and other languages alone', () => {
    assert.equal(documentKind('yaml', '/x/config.yaml', 'name: app\nlevel: debug\n'), 'unknown');
    assert.equal(documentKind('yaml', '/x/.github/workflows/ci.yml', 'on: push\njobs:\n  b:\n    runs-on: x\n'), 'unknown');
    assert.equal(documentKind('json', '/x/Dockerfile', 'FROM alpine\n'), 'unknown');
  });

  it('reads JSON only when it is a list of JSON 6902 operations, never package.json and the like', () => {
    const patch = '[\n  {"op": "replace", "path": "/spec/replicas", "value": 3}\n]\n';
    assert.equal(documentKind('json', '/x/patches/scale.json', patch), 'json-patch');
    assert.equal(documentKind('json', 'Untitled-3', `\uFEFF${patch}`), 'json-patch');
    // As real patch.json files are written: pretty-printed with `value` first, and YAML saved under a .json name.
    const pretty = '[\n\t{\n\t\t"value": {"name": "ENV"},\n\t\t"op": "add",\n\t\t"path": "/spec/template/spec/containers/0/env/-"\n\t}\n]\n';
    assert.equal(documentKind('json', '/x/patch.json', pretty), 'json-patch');
    assert.equal(documentKind('json', '/x/patch.json', '- op: replace # or add, remove…\n  path: /spec/replicas\n  value: 3\n'), 'json-patch');
    assert.equal(documentKind('json', '/x/package.json', '{"name": "web", "scripts": {"start": "node ."}}'), 'unknown');
    assert.equal(documentKind('json', '/x/tags.json', '[{"name": "web", "path": "/srv"}]'), 'unknown');
    // jsonc (settings.json, tsconfig.json) is not read at all, whatever it holds.
    assert.equal(documentKind('jsonc', '/x/patch.json', patch), 'unknown');
    assert.equal(isSupportedLanguage('json'), true);
    assert.equal(isSupportedLanguage('jsonc'), false);
  });

  it('looks for a kustomization naming a JSON file only when its top level is a list', () => {
    assert.equal(mayBeNamedPatch('json', 'unknown', '  [ {"path": "/spec"} ]'), true);
    assert.equal(mayBeNamedPatch('json', 'unknown', '{"name": "web"}'), false);
    assert.equal(mayBeNamedPatch('json', 'json-patch', '[{"op": "remove", "path": "/spec/replicas"}]'), true);
    // YAML that is nothing else may be a patch file; a manifest or a Dockerfile is what it is.
    assert.equal(mayBeNamedPatch('yaml', 'unknown', 'name: app\n'), true);
    assert.equal(mayBeNamedPatch('yaml', 'kubernetes', MANIFEST), false);
    assert.equal(mayBeNamedPatch('dockerfile', 'dockerfile', 'FROM alpine\n'), false);
  });
});

describe('extension: labels', () => {
  it('names each layer and orchestrator with the badge the guide uses', () => {
    assert.equal(badge('build/run'), 'build/run · Docker layer');
    assert.equal(badge('schedule/scale', 'kubernetes'), 'schedule/scale · Kubernetes layer');
    assert.equal(badge('schedule/scale', 'swarm'), 'schedule/scale · Docker Swarm');
    assert.equal(badge('schedule/scale', 'compose'), 'schedule/scale · Docker Compose');
  });

  it('writes counterparts with their place, and whole CLI commands as they are', () => {
    assert.equal(counterpartText({ where: 'dockerfile', ref: 'ENTRYPOINT', note: 'overridden by this' }), 'Dockerfile `ENTRYPOINT` (overridden by this)');
    assert.equal(counterpartText({ where: 'docker-run', ref: '--restart' }), 'docker run `--restart`');
    assert.equal(counterpartText({ where: 'docker-run', ref: 'docker build -t' }), '`docker build -t`');
  });

  it('says a feature state with the version that gave it, and nothing without one', () => {
    assert.equal(featureStateText({ state: 'beta', since: '1.33' }), 'beta since 1.33');
    assert.equal(featureStateText({ state: 'alpha' }), 'alpha');
    assert.equal(featureStateText({}), '');
  });

  it('escapes Markdown outside code spans only', () => {
    assert.equal(inlineMarkdown('a <b> *c* `d*<e>` [f]'), 'a \\<b\\> \\*c\\* `d*<e>` \\[f\\]');
  });
});

describe('inline code', () => {
  it('fences plain text with one backtick', () => {
    assert.equal(inlineCode('spec.replicas'), '`spec.replicas`');
  });

  it('fences backticks inside with a longer run than any inside', () => {
    assert.equal(inlineCode('a`b'), '``a`b``');
    assert.equal(inlineCode('a``b`c'), '```a``b`c```');
  });

  it('pads a leading or trailing backtick so it does not join the fence', () => {
    assert.equal(inlineCode('`a'), '`` `a ``');
    assert.equal(inlineCode('a`'), '`` a` ``');
    assert.equal(inlineCode('`'), '`` ` ``');
  });

  it('keeps spaces on both ends, which CommonMark would strip one of', () => {
    assert.equal(inlineCode(' a '), '`  a  `');
    // One side only, or only spaces: CommonMark keeps them as they are.
    assert.equal(inlineCode(' a'), '` a`');
    assert.equal(inlineCode('  '), '`  `');
  });

  it('writes empty text as a span holding a space, and line breaks as spaces', () => {
    assert.equal(inlineCode(''), '` `');
    assert.equal(inlineCode('a\nb\r\nc'), '`a b c`');
  });

  it('is how counterparts write their refs', () => {
    assert.equal(counterpartText({ where: 'compose', ref: 'odd`key' }), 'Compose ``odd`key``');
  });
});

describe('extension: report text', () => {
  it('summarizes the file and lists every field under its layer', () => {
    const analysis = classifyFile('/ws/k8s.yaml', MANIFEST);
    const text = renderReport(analysis, { name: 'k8s.yaml', location: '/ws/k8s.yaml' });
    assert.match(text, /^Layer Lens · Kubernetes manifest · k8s\.yaml$/m);
    assert.match(text, /^Orchestrator: +Kubernetes$/m);
    assert.match(text, /^Objects: +Pod\/p$/m);
    assert.match(text, /^━━ build\/run · Docker layer ━━ \d+ fields$/m);
    assert.match(text, /^━━ schedule\/scale · Kubernetes layer ━━ \d+ fields$/m);
    const listed = text.split('\n').filter((l) => FIELD_LINE.test(l) && / {2}\[[a-z]+\]/.test(l));
    assert.equal(listed.length, analysis.fields.length);
    assert.match(text, /^ {2}L8:7 +spec\.containers\[0\]\.image {2}\[run\]$/m);
  });

  it('says a Dockerfile has nothing for an orchestrator, and groups instructions by stage', () => {
    const df = 'FROM golang AS build\nRUN go build\nFROM alpine\nCOPY --from=build /app /app\nHEALTHCHECK CMD true\n';
    const text = renderReport(classifyFile('/ws/Dockerfile', df), { name: 'Dockerfile', location: '/ws/Dockerfile' });
    assert.match(text, /^ {2}▸ stage 1: FROM golang AS build$/m);
    assert.match(text, /^ {2}▸ stage 2: FROM alpine$/m);
    assert.match(text, /━━ 0 fields\n {2}\(none: a Dockerfile builds one image/);
    assert.match(text, /⚑ .*Kubernetes never does/, 'the HEALTHCHECK cross-layer note');
  });

  it('lists a note once for a subtree, not for every key below it', () => {
    const pod = `${MANIFEST}      env:\n        - name: A\n          value: "1"\n        - name: B\n          value: "2"\n`;
    const text = renderReport(classifyFile('/ws/p.yaml', pod), { name: 'p.yaml', location: '/ws/p.yaml' });
    const notesSection = text.split('\n━━ build/run')[0];
    assert.equal(notesSection.match(/Adds to the ENV/g)?.length, 1, notesSection);
  });

  it('explains a skipped file instead of listing nothing', () => {
    const text = renderReport(classifyFile('/ws/big.yaml', MANIFEST, { maxBytes: 10 }), { name: 'big.yaml', location: '/ws/big.yaml' });
    assert.match(text, /^Skipped: +file is larger/m);
    assert.doesNotMatch(text, /━━/);
  });
});

describe('hover Markdown', () => {
  const DOCS = 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-os';
  const LINKS = { guideTitle: 'Guide', guide: 'command:layerLens.openGuide', explain: 'command:layerLens.explainFile' };
  const all = [
    { detailed: true, links: LINKS },
    { detailed: false, links: LINKS },
    { detailed: true },
    { detailed: false },
  ];
  const hover = (file: ClassifiedFile, path: string, options: (typeof all)[number]) => {
    const f = file.fields.find((x) => x.path === path)!;
    return hoverMarkdown(file, fieldAt(file, f.keyStart)!, options);
  };

  it('links the docs the answer is written from, at every detail level and with links off', () => {
    const file = citing(classifyFile('/ws/p.yaml', MANIFEST), 'spec.containers[0].image', { source: DOCS });
    for (const options of all) {
      const md = hover(file, 'spec.containers[0].image', options);
      assert.ok(md.includes(`Docs](${DOCS})`), md);
      assert.equal(md.includes('command:'), options.links !== undefined, md);
    }
  });

  it('puts the feature state beside the phase, or beside the badge in brief hovers', () => {
    const file = citing(classifyFile('/ws/p.yaml', MANIFEST), 'spec.containers', { state: 'alpha', since: '1.35' });
    assert.match(hover(file, 'spec.containers', all[0]).split('\n')[0], /\*\* · [a-z]+ · alpha since 1\.35 · `spec\.containers`$/);
    assert.match(hover(file, 'spec.containers', all[1]).split('\n')[0], /\*\* · alpha since 1\.35$/);
  });

  it('every field: a Docs link exactly when its entry has a source, a note its own where it differs', () => {
    const files = [
      classifyFile('/ws/p.yaml', `${MANIFEST}      env:\n        - name: A\n`),
      classifyFile('/ws/Dockerfile', 'ARG V=1\nFROM x\nHEALTHCHECK CMD true\nENTRYPOINT ["a"]\n'),
      classifyFile('/ws/compose.yaml', `${COMPOSE}    deploy: {replicas: 2}\n    entrypoint: [x]\n`),
    ];
    for (const file of files) {
      for (const f of file.fields) {
        const md = hover(file, f.path, all[3]);
        const r = toReportField(file, f);
        assert.equal(md.includes(`Docs](${r.source})`), r.source !== '', `${f.path}:\n${md}`);
        const ownNote = !!r.noteSource && r.noteSource !== r.source;
        assert.equal(md.includes(`[Docs](${r.noteSource})`), ownNote, `${f.path}:\n${md}`);
      }
    }
  });

  it('writes paths with backticks as one code span', () => {
    const file = classifyFile('/ws/compose.yaml', 'services:\n  "a`b":\n    image: x\n');
    assert.match(hover(file, 'services.a`b', all[0]).split('\n')[0], / · ``services\.a`b``$/);
  });
});

describe('report text: sources and feature states', () => {
  const DOCS = 'https://kubernetes.io/docs/concepts/containers/images/';

  it('a detail line under the summary: the state, then the Docs URL', () => {
    const file = citing(classifyFile('/ws/p.yaml', MANIFEST), 'spec.containers[0].image', { source: DOCS, state: 'beta', since: '1.33' });
    const text = renderReport(file, { name: 'p.yaml', location: '/ws/p.yaml' });
    assert.match(text, new RegExp(`^ {2}L8:7 +spec\\.containers\\[0\\]\\.image {2}\\[run\\]\\n {12}.+\\.\\n {12}(?:↔ .*\\n {12})?beta since 1\\.33 · Docs: ${DOCS}$`, 'm'), text);
  });

  it('every field with a source shows it once per run of its entry; none without', () => {
    const file = classifyFile('/ws/Dockerfile', 'ARG V=1\nFROM x\nHEALTHCHECK CMD true\nENTRYPOINT ["a"]\n');
    const text = renderReport(file, { name: 'Dockerfile', location: '/ws/Dockerfile' });
    const docsLines = text.split('\n').filter((l) => / Docs: /.test(l) || /^ {12}(?:alpha|beta|GA)\b/.test(l));
    const fieldDocs = new Set(file.fields.map((f) => f.entry.source).filter(Boolean));
    for (const source of fieldDocs) assert.ok(docsLines.some((l) => l.endsWith(`Docs: ${source}`)), source);
    for (const l of docsLines) assert.match(l, /Docs: https:\/\/\S+$/);
  });
});
