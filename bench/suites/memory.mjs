// Memory: the heap an open document keeps, against the size of its text. The extension's cache
// (src/extension/cache.ts) keeps one analysis per open document, made by the core's `classifyFile` when the document
// is first read and brought up to date by `updateFile` after each edit; that analysis is all the state the next edit
// needs (fields, line index, the YAML documents' outline). Both records are measured: after opening, and after an
// edit. The text itself is the editor's and is not counted. Measured after a full garbage collection, over several
// copies at the small sizes so the figure rises above the heap's noise.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generated } from '../workloads.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const SIZES = [1000, 10000, 50000];

export async function memorySuite(core, rows) {
  // Compiled code and the tables' first use are paid once per process, not per document: pay them before measuring.
  kept(core, SIZES[0], 1);
  const measured = SIZES.map((lines) => kept(core, lines));
  for (const m of measured) {
    const kb = (x) => `${(x / 1024).toFixed(0)} KB`;
    console.log(
      `heap kept per document, ${m.lines} lines (${kb(m.bytes)} of text): opened ${kb(m.opened)} (${(m.opened / m.bytes).toFixed(2)}×), ` +
        `after an edit ${kb(m.edited)} (${(m.edited / m.bytes).toFixed(2)}×)`,
    );
  }
  const big = measured[measured.length - 1];
  const small = Object.fromEntries(measured.slice(0, -1).map((m) => [`ratio_${m.lines}_lines`, m.ratio]));
  rows.push({
    name: 'Heap per document, 50,000 lines',
    ours_ms: null,
    ours_kb: big.kept / 1024,
    baseline: 'the text',
    baseline_ms: null,
    baseline_kb: big.bytes / 1024,
    ratio: big.ratio,
    goal: 10,
    met: big.ratio <= 10,
    ...small,
    ratio_opened: big.opened / big.bytes,
    ratio_after_edit: big.edited / big.bytes,
  });
}

/** The record an open document keeps, per copy: after `classifyFile`, and after one keystroke through `updateFile`. */
function kept(core, lines, copies) {
  const file = generated.manifests(lines);
  const bytes = Buffer.byteLength(file.text, 'utf8');
  const n = copies ?? Math.max(1, Math.min(20, Math.round(4e6 / bytes)));
  // Distinct texts and their edited versions, built before the baseline, so only the analyses are measured.
  const texts = Array.from({ length: n }, (_, i) => `# copy ${i}\n${file.text}`);
  // The keystroke: a character typed at the end of the middle line (a hover after it re-reads one document).
  const at = texts.map((t) => t.indexOf('\n', Math.floor(t.length / 2)));
  const edited = texts.map((t, i) => t.slice(0, at[i]) + 'x' + t.slice(at[i]));
  for (const t of [...texts, ...edited]) t.indexOf('\u0001'); // flatten now, not during the measurement
  const options = { kind: file.kind };
  const opened = heapOf(() => texts.map((t, i) => core.classifyFile(`${file.path}.${i}`, t, options)));
  const after = heapOf(() =>
    texts
      .map((t, i) => core.classifyFile(`${file.path}.${i}`, t, options))
      .map((a, i) => core.updateFile(a, [{ start: at[i], end: at[i], text: 'x' }], { ...options, text: edited[i] })),
  );
  if (after.value.some((a, i) => a.text !== edited[i] || a.fields.length === 0)) throw new Error('the edit was not applied');
  const per = { opened: opened.bytes / n, edited: after.bytes / n };
  const worst = Math.max(per.opened, per.edited);
  return { lines, bytes, ...per, kept: worst, ratio: worst / bytes };
}

/** The heap `make`'s result holds once garbage is collected, and the result (kept alive until measured). */
function heapOf(make) {
  settle();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  settle();
  const bytes = process.memoryUsage().heapUsed - before;
  if (value.length === 0) throw new Error('unreachable');
  return { value, bytes };
}

function settle() {
  for (let i = 0; i < 3; i++) gc();
}
