// The workspace image index over a generated workspace of 2,000 files (Dockerfiles, Compose files, manifests,
// build scripts): the first full index with every file's findings, and the update after one file changes.
import { performance } from 'node:perf_hooks';
import { sample, stats } from '../harness.mjs';
import { generated } from '../workloads.mjs';
import { budgetRow } from './budget.mjs';

const FILES = 2000;

export async function imagesSuite(core, rows) {
  const { allFindings, findingsIn, ImageIndex, isImageSource } = core.images;
  const files = generated.workspace(FILES).filter((f) => isImageSource(f.path));

  /** A fresh index fed every file, then asked for every finding (what `layer-lens check` and a first scan do). */
  function fullIndex() {
    const index = new ImageIndex();
    for (const f of files) index.update(f.path, f.text);
    return { index, findings: allFindings(index).length };
  }

  const { findings, index } = fullIndex();
  const full = await sample(() => void fullIndex(), { warmup: 2, minSamples: 8, budgetMs: 6000 });
  rows.push(budgetRow(
    `Image index, ${files.length} files: index every file + all findings (${findings} findings, ${index.builtImages().length} builds)`,
    full, 1000,
  ));

  // One file changes (a Dockerfile, a manifest, a Compose file, a script in turn): re-index it and re-query
  // its findings, as the editor does for the open document.
  const changed = files.filter((_, i) => i % 7 === 0).slice(0, 250);
  const times = [];
  for (let round = 0; round < 2; round++) {
    for (const f of changed) {
      const text = round % 2 === 0 ? edit(f) : f.text;
      const t0 = performance.now();
      index.update(f.path, text);
      findingsIn(index, f.path);
      times.push(performance.now() - t0);
    }
  }
  const s = stats(times.slice(changed.length)); // the first round warms up
  rows.push(budgetRow(
    `Image index, incremental: one file changed → update + its findings (${s.n} edits)`,
    s, 10, 'p95',
  ));
}

/** A real edit of the kind people make: a changed image tag (Dockerfile FROM, `image:`, `-t`), else a comment. */
function edit(file) {
  const bumped = file.text.replace(/(:\d+)\.(\d+)\b/, (_, major, minor) => `${major}.${Number(minor) + 1}`);
  return bumped !== file.text ? bumped : `${file.text}# edited\n`;
}
