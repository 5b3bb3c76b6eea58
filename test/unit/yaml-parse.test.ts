// YAML with exact positions: Helm masking keeps offsets, broken YAML still answers, and the odd corners of YAML
// (anchors, aliases, flow maps, complex and quoted keys, many documents) come out as the JSON contract writes them.
import * as assert from 'node:assert/strict';
import { MAX_NESTING, parseYaml } from '../../src/core/yaml/parse';
import { appendIndex, appendKey, appendKeyAfter, keyPrefix } from '../../src/core/yaml/path';
import { isTemplated, maskTemplates } from '../../src/core/yaml/templates';
import { analyzed, field, lines, offsetOf } from './helpers';

describe('YAML parsing', () => {
  describe('Helm template masking', () => {
    const helm = lines(
      '{{- if .Values.enabled }}',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "chart.fullname" . }}',
      '  labels:',
      '    {{- include "chart.labels" . | nindent 4 }}',
      'spec:',
      '  replicas: {{ .Values.replicas }}',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: app',
      '        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
      '{{- end }}',
    );

    it('keeps the length and every newline where it was', () => {
      const masked = maskTemplates(helm);
      assert.equal(masked.length, helm.length);
      for (let i = 0; i < helm.length; i++) if (helm[i] === '\n') assert.equal(masked[i], '\n', `newline at ${i}`);
      assert.ok(!masked.includes('{{') && !masked.includes('}}'));
    });

    it('blanks lone control actions with spaces and inline values with a plain scalar', () => {
      const masked = maskTemplates(helm);
      assert.equal(masked.split('\n')[0], ' '.repeat('{{- if .Values.enabled }}'.length));
      assert.match(masked, /^ {2}replicas: _+$/m);
      assert.match(masked, /^ {4} +$/m, 'the include line becomes blank');
    });

    it('spans multi-line actions, keeping their newlines', () => {
      const text = 'a: {{ if\n  .x }}1{{ end }}\nb: 2\n';
      const masked = maskTemplates(text);
      assert.equal(masked, 'a: _____\n_______1_________\nb: 2\n');
    });

    it('leaves text without actions, and an unclosed action, untouched', () => {
      const plain = 'a: 1\n';
      assert.equal(maskTemplates(plain), plain);
      assert.equal(maskTemplates('a: {{ oops\nb: 1\n'), 'a: {{ oops\nb: 1\n');
      assert.equal(maskTemplates('a: {{x}} {{ oops'), 'a: _____ {{ oops');
    });

    it('gives template fields the offsets of the original text', () => {
      const a = analyzed('templates/deployment.yaml', helm);
      assert.equal(a.kind, 'kubernetes');
      assert.equal(a.yaml?.templated, true);
      assert.equal(field(a, 'spec.replicas').keyStart, offsetOf(helm, 'replicas'));
      const image = field(a, 'spec.template.spec.containers[0].image');
      assert.equal(image.keyStart, offsetOf(helm, 'image:'));
      assert.equal(helm.slice(image.valueStart, image.valueEnd), '"{{ .Values.image.repository }}:{{ .Values.image.tag }}"');
      assert.ok(isTemplated(helm, image.valueStart!, image.valueEnd!));
      assert.ok(!isTemplated(helm, image.keyStart, image.keyEnd));
    });
  });

  describe('broken YAML', () => {
    it('still yields the fields before and around the error, with the problem located', () => {
      const text = lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: x', 'spec:', '  containers: [', '  - name: a', 'status: {');
      const a = analyzed('pod.yaml', text);
      assert.ok(a.problems.length > 0, 'the error is reported');
      for (const p of a.problems) assert.ok(p.offset >= 0 && p.offset <= text.length, `offset ${p.offset} inside the text`);
      for (const path of ['apiVersion', 'kind', 'metadata', 'metadata.name', 'spec']) field(a, path);
    });

    it('keeps every document of a stream, broken ones too, with document indices', () => {
      const text = lines('apiVersion: v1', 'kind: Service', '---', 'apiVersion: v1', 'kind: [unclosed', '---', 'apiVersion: v1', 'kind: ConfigMap', 'data:', '  k: v');
      const a = analyzed('all.yaml', text);
      const y = parseYaml(text);
      assert.equal(y.docs.length, 3);
      assert.ok(y.problems.length > 0);
      assert.deepEqual([...new Set(a.fields.map((f) => f.document))], [0, 1, 2]);
      assert.equal(field(a, 'data.k').document, 2);
      assert.equal(field(a, 'data.k').resource, 'ConfigMap');
    });

    it('reports a tab-indented or duplicate-key file without losing it', () => {
      const dup = analyzed('d.yaml', lines('apiVersion: v1', 'kind: Pod', 'kind: Pod'));
      assert.equal(dup.fields.filter((f) => f.path === 'kind').length, 2, 'both duplicate keys are listed');
      const tabs = analyzed('t.yaml', 'apiVersion: v1\nkind: Pod\nspec:\n\tx: 1\n');
      assert.ok(tabs.problems.length > 0);
      field(tabs, 'kind');
    });
  });

  describe('anchors and aliases', () => {
    const text = lines(
      'x-defaults: &defaults',
      '  restart: always',
      '  environment:',
      '    A: "1"',
      'services:',
      '  web:',
      '    <<: *defaults',
      '    image: nginx',
      '  db:',
      '    environment: *env',
      '    image: &img postgres',
    );

    it('lists an anchored map once, where it is written, and an alias as its key only', () => {
      const a = analyzed('compose.yaml', text);
      assert.equal(a.fields.filter((f) => f.key === 'restart').length, 1, 'the alias is not expanded');
      assert.equal(field(a, 'services.web.<<').valueStart, offsetOf(text, '*defaults'));
      assert.equal(field(a, 'services.db.image').valueStart, offsetOf(text, 'postgres'), 'the value starts after its anchor');
      assert.equal(a.fields.length, 11);
    });

    it('does not expand a billion-laughs alias bomb', () => {
      const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
      const text = lines('services:', '  web:', ...bomb.map((l) => '    ' + l));
      const start = Date.now();
      const a = analyzed('compose.yaml', text);
      assert.ok(Date.now() - start < 1000);
      assert.equal(a.fields.length, 2 + 12);
    });
  });

  describe('flow maps and odd keys', () => {
    it('reads flow maps and sequences with exact key offsets', () => {
      const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web, tier: "front"}}\nspec: {containers: [{name: a, image: "nginx"}]}\n';
      const a = analyzed('pod.yaml', text);
      assert.equal(field(a, 'metadata.labels.tier').keyStart, offsetOf(text, 'tier'));
      const image = field(a, 'spec.containers[0].image');
      assert.equal(image.keyStart, offsetOf(text, 'image'));
      assert.equal(text.slice(image.valueStart, image.valueEnd), '"nginx"');
    });

    it('writes quoted keys holding dots or slashes in brackets', () => {
      const text = lines('apiVersion: v1', 'kind: Pod', 'metadata:', '  labels:', '    "app.kubernetes.io/name": web', "    'with space': x", '    plain-key: y');
      const a = analyzed('pod.yaml', text);
      const dotted = field(a, 'metadata.labels["app.kubernetes.io/name"]');
      assert.equal(dotted.key, 'app.kubernetes.io/name');
      assert.equal(dotted.keyStart, offsetOf(text, '"app.kubernetes.io/name"'));
      field(a, 'metadata.labels["with space"]');
      field(a, 'metadata.labels.plain-key');
      assert.equal(appendKey('a', 'b[0]'), 'a["b[0]"]');
      assert.equal(appendKey('', 'x'), 'x');
      assert.equal(appendIndex('c', 3), 'c[3]');
      assert.equal(appendKeyAfter(keyPrefix('a'), 'a', 'b'), 'a.b');
      assert.equal(appendKeyAfter(keyPrefix('a'), 'a', 'b.c'), 'a["b.c"]');
      assert.equal(appendKeyAfter(keyPrefix(''), '', 'x'), 'x');
    });

    it('answers for complex keys (? [a, b]) at the key, with a bracketed path', () => {
      const text = lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  ? [a, b]', '  : both', '  ? {x: 1}', '  : map');
      const a = analyzed('cm.yaml', text);
      const seqKey = a.fields.find((f) => f.keyStart === offsetOf(text, '[a, b]'));
      const mapKey = a.fields.find((f) => f.keyStart === offsetOf(text, '{x: 1}'));
      assert.ok(seqKey && mapKey, 'both complex keys are fields');
      assert.equal(seqKey.key, '[a, b]', 'named by their source text');
      assert.equal(seqKey.path, 'data["[a, b]"]');
      assert.equal(mapKey.key, '{x: 1}');
      assert.ok(a.fields.every((f) => f.entry !== undefined));
    });

    it('names a deeply nested complex key by its first 120 characters, quickly', () => {
      const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ' + '{'.repeat(60) + ': v\n';
      const start = Date.now();
      const a = analyzed('cm.yaml', text);
      assert.ok(Date.now() - start < 1000, 'yaml would stringify such a key in time doubling per level');
      assert.ok(a.fields.length >= 3);
    });

    it('cuts collections nested past MAX_NESTING, keeping offsets, the document count and the keys above', () => {
      const text = 'a: 1\n---\nb: ' + '['.repeat(MAX_NESTING + 50) + '\n---\nc: 2\n...\nd: 3\n';
      const y = parseYaml(text);
      assert.equal(y.docs.length, 4);
      assert.equal(y.problems[0].message, `YAML nested more than ${MAX_NESTING} levels deep; the rest of this document is not read`);
      assert.equal(y.problems[0].offset, offsetOf(text, '[') + MAX_NESTING - 1, 'the root map is the first level');
      assert.deepEqual(y.docs.map((d) => d.contents && (d.contents as { items: { key: { value: string } }[] }).items[0].key.value), ['a', 'b', 'c', 'd']);
      assert.equal(parseYaml('x: ' + '['.repeat(MAX_NESTING - 1)).problems.some((p) => p.message.includes('nested')), false);
    });

    it('skips documents whose root is not a map, and empty documents', () => {
      const a = analyzed('x.yaml', lines('apiVersion: v1', 'kind: Pod', '---', '- a', '- b', '---', '---', 'plain scalar', '---', 'apiVersion: v1', 'kind: Service'));
      assert.deepEqual(a.fields.map((f) => `${f.document}:${f.path}`), ['0:apiVersion', '0:kind', '4:apiVersion', '4:kind']);
    });

    it('emits fields in document order (ascending key offsets)', () => {
      const text = lines('apiVersion: v1', 'kind: List', 'items:', '- kind: Service', '  metadata: {name: a}', '- kind: Pod', '  spec: {containers: [{name: c, image: i}]}', 'metadata: {}');
      const a = analyzed('l.yaml', text);
      const starts = a.fields.map((f) => f.keyStart);
      assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
      assert.equal(a.fields.length, 12);
    });
  });
});
