// Memory: the heap an open document keeps (its cached analysis: fields, line index, parsed documents), against the
// size of its text. The text itself is the editor's and is not counted. Measured after a full garbage collection,
// over several copies at the small sizes so the figure rises above the heap's noise.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generated } from '../workloads.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const SIZES = [1000, 10000, 50000];

export async function memorySuite(core, rows) {
  const measured = SIZES.map((lines) => keptPerDocument(core, lines));
  for (const m of measured) console.log(`heap kept per document, ${m.lines} lines: ${(m.kept / 1024).toFixed(0)} KB for ${(m.bytes / 1024).toFixed(0)} KB of text (${m.ratio.toFixed(2)}×)`);
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
  });
}

function keptPerDocument(core, lines) {
  const file = generated.manifests(lines);
  const bytes = Buffer.byteLength(file.text, 'utf8');
  const copies = Math.max(1, Math.min(20, Math.round(4e6 / bytes)));
  // Distinct texts, built before the baseline, so only the analyses are measured.
  const texts = Array.from({ length: copies }, (_, i) => `# copy ${i}\n${file.text}`);
  for (const t of texts) t.indexOf('\u0001'); // flatten now, not during the measurement
  settle();
  const before = process.memoryUsage().heapUsed;
  const kept = texts.map((t, i) => core.classifyFile(`${file.path}.${i}`, t, { kind: file.kind }));
  settle();
  const after = process.memoryUsage().heapUsed;
  const per = (after - before) / copies;
  if (kept.length !== copies) throw new Error('unreachable');
  return { lines, bytes, kept: per, ratio: per / bytes };
}

function settle() {
  for (let i = 0; i < 3; i++) gc();
}
