// Every real-world file of test/fixtures/corpus through the core and the CLI: each Dockerfile, Compose file and
// manifest is recognized, EVERY key and instruction gets exactly one field with a real entry and one of the two
// layer strings, positions point at the key as written, and the files left unknown are the plain-YAML ones.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, visit, type YAMLMap } from 'yaml';
import { classifyFile, buildReport, kindFromName, type ClassifiedFile, type FileKind } from '../../src/core';
import { GUIDE_IDS, SOURCE_PREFIXES, VALUE_LAYERS } from '../../src/core/types';
import { entries } from '../../src/core/tables';
import { isTemplated, maskTemplates } from '../../src/core/yaml/templates';
import { isCandidateName } from '../../src/cli/walk';
import { CORPUS, filesUnder } from './helpers';

interface Item {
  rel: string;
  text: string;
  analysis: ClassifiedFile;
}

/** Plain YAML that is neither Compose nor a manifest: CI and bot config, Helm chart metadata, app config. */
const PLAIN_YAML = /(^|\/)\.github\/|\/\.deploystack\/|\/cloudbuild\.yaml$|\/helm-chart\/(Chart|values)\.yaml$|\/grafana\/datasource\.yml$|\/prometheus\/prometheus\.yml$|\/cassandra\.yaml$|\/newrelic-config\.yaml$/;

/** Independent count of what should become a field: YAML pairs below map roots, or Dockerfile instructions. */
function expectedFieldCount(item: Item): number {
  if (item.analysis.kind === 'dockerfile') return DockerfileParser.parse(item.text).getInstructions().length;
  let pairs = 0;
  for (const doc of parseAllDocuments(maskTemplates(item.text))) {
    if (!isMap(doc.contents)) continue;
    visit(doc.contents, { Pair: () => void pairs++ });
    if (item.analysis.kind === 'kustomization') pairs += inlinePatchFields(doc.contents);
  }
  return pairs;
}

/**
 * A kustomization's inline patches add one field per JSON 6902 operation and per key of its value, and one per key of
 * a strategic-merge patch.
 */
function inlinePatchFields(root: YAMLMap): number {
  const patches: unknown[] = [];
  for (const key of ['patches', 'patchesJson6902']) {
    const list = root.get(key, true);
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) patches.push(item.get('patch', true));
  }
  const strategic = root.get('patchesStrategicMerge', true);
  if (isSeq(strategic)) patches.push(...strategic.items);
  let n = 0;
  for (const node of patches) {
    const value = isScalar(node) && typeof node.value === 'string' && /[\n[{]/.test(node.value) ? parseDocument(node.value).contents : node;
    if (isSeq(value)) {
      for (const op of value.items) {
        if (!isMap(op) || !isScalar(op.get('path', true))) continue;
        n++;
        const opValue = op.get('value', true);
        if (isMap(opValue) || isSeq(opValue)) visit(opValue, { Pair: () => void n++ });
      }
    }
    else if (isMap(value) && value.has('kind')) visit(value, { Pair: () => void n++ });
  }
  return n;
}

/** Top-level shape of each document: does any have apiVersion + kind, or a services map? */
function contentSays(text: string): { manifest: boolean; compose: boolean; kustomization: boolean } {
  let kustomization = false;
  let manifest = false;
  let compose = false;
  for (const doc of parseAllDocuments(maskTemplates(text))) {
    if (!isMap(doc.contents)) continue;
    if (doc.contents.has('apiVersion') && doc.contents.has('kind')) manifest = true;
    if (/^kustomize\.config\.k8s\.io\//.test(String(doc.contents.get('apiVersion')))) kustomization = true;
    if (isMap(doc.contents.get('services', true))) compose = true;
  }
  return { manifest, compose, kustomization };
}

describe('corpus', function () {
  this.timeout(120_000);
  let items: Item[] = [];
  const ofKind = (kind: FileKind) => items.filter((i) => i.analysis.kind === kind);

  before(() => {
    const all = filesUnder(CORPUS).filter((p) => isCandidateName(path.basename(p)));
    items = all.map((p) => {
      const text = readFileSync(p, 'utf8');
      return { rel: path.relative(CORPUS, p), text, analysis: classifyFile(p, text) };
    });
  });

  /** Files of each kind, counted from the core's answers (each answer is checked file by file below). */
  const countKinds = (kinds: FileKind[]) => {
    const counts: Record<FileKind, number> = { dockerfile: 0, compose: 0, kubernetes: 0, kustomization: 0, 'json-patch': 0, 'helm-values': 0, unknown: 0 };
    for (const k of kinds) counts[k]++;
    return counts;
  };

  it('recognizes every file the way its name and content say', () => {
    const counts = countKinds(items.map((i) => i.analysis.kind));
    // Every kind is represented, so no check below passes for want of files.
    // The corpus' kustomizations write their JSON 6902 patches inline; standalone patch files are tested apart.
    // helm-values needs the chart beside the file, which only the CLI and the extension read: checked below.
    for (const kind of Object.keys(counts) as FileKind[]) if (kind !== 'json-patch' && kind !== 'helm-values') assert.ok(counts[kind] > 0, `no ${kind} file in the corpus`);
    for (const { rel, text, analysis } of items) {
      const byName = kindFromName(rel);
      if (byName === 'dockerfile') {
        assert.equal(analysis.kind, 'dockerfile', rel);
        continue;
      }
      const says = contentSays(text);
      const expected = byName === 'kustomization' || says.kustomization ? 'kustomization' : says.manifest ? 'kubernetes' : byName === 'compose' || says.compose ? 'compose' : 'unknown';
      assert.equal(analysis.kind, expected, rel);
    }
  });

  it('leaves only plain YAML unknown (CI, bots, Helm chart metadata, app config)', () => {
    const unknown = ofKind('unknown').map((i) => i.rel);
    assert.deepEqual(unknown.filter((rel) => !PLAIN_YAML.test(rel)), []);
  });

  it('parses every file without a problem and skips none', () => {
    assert.deepEqual(items.filter((i) => i.analysis.problems.length > 0 || i.analysis.skipped).map((i) => i.rel), []);
  });

  it('gives EVERY key and instruction exactly one field', () => {
    let total = 0;
    for (const item of items) {
      if (item.analysis.kind === 'unknown') continue;
      assert.equal(item.analysis.fields.length, expectedFieldCount(item), item.rel);
      assert.ok(item.analysis.fields.length > 0, `${item.rel} has no fields`);
      total += item.analysis.fields.length;
    }
    assert.ok(total > 10_000, `${total} fields`);
  });

  it('answers every field with an entry that exists, exactly one of the two layers, a guide and a summary', () => {
    const perLayer = { 'build/run': 0, 'schedule/scale': 0 };
    for (const { rel, analysis } of items) {
      for (const f of analysis.fields) {
        const where = `${rel}: ${f.path}`;
        assert.ok(Object.hasOwn(entries, f.entryId), `${where}: no entry '${f.entryId}'`);
        assert.equal(f.entry, entries[f.entryId], where);
        assert.ok(f.entry.layer === 'build/run' || f.entry.layer === 'schedule/scale', `${where}: layer ${f.entry.layer}`);
        assert.ok(GUIDE_IDS.includes(f.entry.guide), `${where}: guide ${f.entry.guide}`);
        assert.ok(f.entry.summary.length > 0, where);
        assert.ok(SOURCE_PREFIXES.some((p) => f.entry.source.startsWith(p)), `${where}: source '${f.entry.source}'`);
        perLayer[f.entry.layer]++;
      }
    }
    // Both layers are well represented: manifests are mostly orchestration, Dockerfiles entirely build/run.
    assert.ok(perLayer['build/run'] > 3000 && perLayer['schedule/scale'] > 5000, JSON.stringify(perLayer));
    assert.ok(ofKind('dockerfile').every((i) => i.analysis.fields.every((f) => f.entry.layer === 'build/run')));
  });

  it('points every field at its key or keyword as written, in document order', () => {
    for (const { rel, text, analysis } of items) {
      let previous = -1;
      for (const f of analysis.fields) {
        assert.ok(f.keyStart > previous, `${rel}: ${f.path} out of order`);
        previous = f.keyStart;
        const written = text.slice(f.keyStart, f.keyEnd);
        if (analysis.kind === 'dockerfile') assert.equal(written.toUpperCase(), f.path, rel);
        else if (!isTemplated(text, f.keyStart, f.keyEnd)) assert.equal(written.replace(/^(["'])(.*)\1$/s, '$2'), f.key, `${rel}: ${f.path}`);
      }
    }
  });

  it('has a FROM in every Dockerfile and Kubernetes resource names on manifest fields', () => {
    for (const { rel, analysis } of ofKind('dockerfile')) assert.ok(analysis.fields.some((f) => f.path === 'FROM'), rel);
    const manifestFields = ofKind('kubernetes').flatMap((i) => i.analysis.fields);
    assert.ok(manifestFields.filter((f) => f.resource).length / manifestFields.length > 0.99);
  });

  it('answers Helm templates for everything that parses once actions are masked', () => {
    const templated = items.filter((i) => i.text.includes('{{') && i.analysis.kind !== 'unknown');
    assert.ok(templated.length > 0, 'the corpus holds Helm templates');
    for (const item of templated) {
      assert.equal(item.analysis.kind, 'kubernetes', item.rel);
      assert.equal(item.analysis.yaml?.templated, true, item.rel);
      assert.ok(item.analysis.fields.length >= 5, `${item.rel}: ${item.analysis.fields.length} fields`);
      const containers = item.analysis.fields.filter((f) => /containers\[\d+\]\.image$/.test(f.path));
      if (/image:/.test(item.text)) assert.ok(containers.length > 0 && containers.every((f) => f.entryId === 'k8s.container.image'), item.rel);
    }
  });

  it('builds a report for every file whose counts add up to its fields', () => {
    for (const { rel, analysis } of items) {
      const r = buildReport(analysis);
      assert.equal(r.counts['build/run'] + r.counts['schedule/scale'], analysis.fields.length, rel);
      assert.equal(r.groups[0].fields.length + r.groups[1].fields.length, analysis.fields.length, rel);
    }
  });

  it('gives the same figures through `layer-lens explain --format json` over the whole corpus', () => {
    const cli = path.resolve(__dirname, '../../cli.js');
    const run = spawnSync(process.execPath, [cli, 'explain', '--format', 'json', CORPUS], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 100_000 });
    assert.equal(run.status, 0, run.stderr);
    const all = (JSON.parse(run.stdout) as { files: { path: string; kind: FileKind; fields: { source: string; layer: unknown }[] }[] }).files;
    // The CLI reads a chart's values.yaml through its templates (the core alone, without the chart, leaves it
    // plain YAML): it is counted as unknown here and checked on its own.
    const values = all.filter((f) => f.kind === 'helm-values');
    assert.deepEqual(values.map((f) => path.relative(CORPUS, f.path)), ['GoogleCloudPlatform__microservices-demo/helm-chart/values.yaml']);
    assert.ok(values[0].fields.length > 50 && values[0].fields.every((f) => f.layer === null || (VALUE_LAYERS as readonly unknown[]).includes(f.layer)));
    const files = all.map((f) => (f.kind === 'helm-values' ? { ...f, kind: 'unknown' as const, fields: [] } : f));
    const unsourced = files.flatMap((f) => f.fields.filter((x) => !SOURCE_PREFIXES.some((p) => x.source.startsWith(p))));
    assert.equal(unsourced.length, 0, 'every field of the JSON carries a primary source');
    assert.equal(files.length, items.length);
    const kinds: Record<FileKind, number> = { dockerfile: 0, compose: 0, kubernetes: 0, kustomization: 0, 'json-patch': 0, 'helm-values': 0, unknown: 0 };
    for (const f of files) kinds[f.kind]++;
    assert.deepEqual(kinds, countKinds(items.map((i) => i.analysis.kind)));
    const fields = (list: { fields: unknown[] }[]) => list.reduce((n, f) => n + f.fields.length, 0);
    assert.equal(fields(files), fields(items.map((i) => i.analysis)));
  });
});
