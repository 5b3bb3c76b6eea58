// A manifest's image facts after an edit, re-reading only the documents it touched (sources/kubernetes-stream.ts):
// after random edit chains on the corpus' multi-document manifests, the facts and the runner specs the runner
// model reads must equal a full read, and the documents before the edit keep their runs.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { recognize } from '../../src/core';
import { extractFacts } from '../../src/core/images/extract';
import type { FileFacts } from '../../src/core/images/model';
import { kubeFileOf } from '../../src/core/runners/file-specs';
import { kubeFile } from '../../src/core/runners/kube-specs';
import { parseYaml } from '../../src/core/yaml/parse';
import { CORPUS, filesUnder, prng, seedFrom } from './helpers';

const SEED = seedFrom('LAYER_LENS_INCREMENTAL_SEED', 0x5eed1e55);

/** What an edit types: characters, structure, markers, images, commands. */
const PIECES = [
  'a', ' ', '\n', ':', '- ', '"', '#', '---\n', '\n---\n', '...\n', 'image: busybox:1.36\n', '  image: x\n',
  '        command: ["sh", "-c"]\n', '- name: side\n  image: envoy:v1\n', '\t', '    ',
];
/** Rarer, as each sends the rest of a chain to full extraction: a template action, a directive, other documents. */
const RARE = ['{{ .Values.tag }}', '%YAML 1.2\n', 'kind: Kustomization\n', 'apiVersion: skaffold/v4beta6\n'];

/** Multi-document manifests that only run images (Helm templates and skaffold configs are always read in full). */
function manifests(): { rel: string; text: string }[] {
  return filesUnder(CORPUS)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ rel: path.relative(CORPUS, f), text: readFileSync(f, 'utf8') }))
    .filter(({ rel, text }) => recognize(rel, text) === 'kubernetes' && text.includes('\n---') && text.includes('image:') && !text.includes('{{'))
    .filter(({ rel, text }) => extractFacts(rel, text).kind === 'kubernetes');
}

function edit(text: string, rnd: () => number, rare: number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const roll = rnd();
  if (roll < 0.2) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 40)));
  if (roll < 0.3) {
    const from = Math.floor(rnd() * text.length);
    return text.slice(0, at) + text.slice(from, from + Math.floor(rnd() * 400)) + text.slice(at);
  }
  // At a line start half the time: markers and keys mean most there.
  const lineStart = rnd() < 0.5 ? text.lastIndexOf('\n', at - 1) + 1 : at;
  const pieces = rnd() < rare ? RARE : PIECES;
  return text.slice(0, lineStart) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(lineStart);
}

describe('image facts of a manifest after an edit', () => {
  /** Random edits from `text` on, each checked against a full extraction; how many updates reused runs. */
  function chain(rel: string, text: string, length: number, rnd: () => number, rare: number): number {
    let facts: FileFacts = extractFacts(rel, text);
    let reused = 0;
    for (let i = 0; i < length; i++) {
      const next = edit(text, rnd, rare);
      const runsBefore = facts.runs;
      const updated = extractFacts(rel, next, undefined, facts);
      assert.deepEqual(updated, extractFacts(rel, next), `${rel}, edit ${i} (seed ${SEED})`);
      if (updated.kind === 'kubernetes') {
        assert.deepEqual(kubeFileOf(updated), kubeFile(rel, next, parseYaml(next).docs), `${rel}, runner specs after edit ${i} (seed ${SEED})`);
      }
      if (updated.runs.some((r) => runsBefore.includes(r))) reused++;
      text = next;
      facts = updated;
    }
    return reused;
  }

  it('equal a full extraction after every edit of random chains', () => {
    const rnd = prng(SEED);
    const files = manifests();
    assert.ok(files.length >= 10, `${files.length} multi-document manifests in the corpus`);
    for (const { rel, text } of files.slice(0, 30)) chain(rel, text, 15, rnd, 0.02);
  });

  it('keep the runs of the documents an edit did not touch, in a long stream', () => {
    const rnd = prng(SEED + 1);
    const stream = manifests()
      .map((m) => (m.text.endsWith('\n') ? m.text : `${m.text}\n`))
      .join('---\n');
    const edits = 120;
    // No rare pieces here: one would send the rest of the chain to full extraction.
    const reused = chain('k8s/all.yaml', stream, edits, rnd, 0);
    assert.ok(reused > edits / 2, `${reused} of ${edits} updates kept runs`);
  });

  it('moves the runs after the edit to their new offsets', () => {
    const doc = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: app\n    image: acme/${name}:1\n    command: ["run", "${name}"]\n`;
    const text = [doc('a'), doc('b'), doc('c')].join('---\n');
    const before = extractFacts('k8s/pods.yaml', text);
    const at = text.indexOf('name: b') + 'name: b'.length;
    const next = `${text.slice(0, at)}bb${text.slice(at)}`;
    const after = extractFacts('k8s/pods.yaml', next, undefined, before);
    assert.equal(after.runs[0], before.runs[0], 'the first document is not read again');
    assert.match(after.runs[1].owner, /^Pod\/bbb\b/);
    const c = after.runs[2];
    assert.equal(next.slice(c.span.start, c.span.end), 'acme/c:1');
    assert.equal(next.slice(c.container!.command!.span.start, c.container!.command!.span.end), '["run", "c"]');
    assert.deepEqual(after, extractFacts('k8s/pods.yaml', next));
    // The runner specs too: the first document's kept, the last one's moved.
    assert.equal(kubeFileOf(after).runners[0], kubeFileOf(before).runners[0]);
    const command = kubeFileOf(after).runners[2].command!;
    assert.equal(next.slice(command.span.start, command.span.end), '["run", "c"]');
    assert.deepEqual(kubeFileOf(after), kubeFile('k8s/pods.yaml', next, parseYaml(next).docs));
  });
});
