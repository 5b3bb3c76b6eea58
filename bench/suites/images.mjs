// The workspace image index over a generated workspace of 2,000 files (Dockerfiles, Compose files, manifests,
// build scripts): the first full index with every file's findings, against the floor it cannot go under (the bare
// parse of the same files with the parsers the core uses: yaml's parseAllDocuments, dockerfile-ast, and a line
// split of the scripts), timed in the same run; on top of the parse come each file's facts, its runner specs and
// the 13 rules over the workspace, hence a goal of 3×. Then the update after one file changes, against a full
// re-index: what incremental indexing saves.
import { DockerfileParser } from 'dockerfile-ast';
import { compare } from '../harness.mjs';
import { generated, PARSE_OPTIONS } from '../workloads.mjs';
import { row } from './hover.mjs';

const FILES = 2000;
const FLOOR = 'the bare parse of the same files (yaml parseAllDocuments, dockerfile-ast; scripts split into lines)';

export async function imagesSuite(core, rows) {
  const { allFindings, findingsIn, ImageIndex, isImageSource } = core.images;
  const files = generated.workspace(FILES).filter((f) => isImageSource(f.path));
  const parse = bareParser(core);

  /** A fresh index fed every file, then asked for every finding (what `layer-lens check` and a first scan do). */
  function fullIndex() {
    const index = new ImageIndex();
    for (const f of files) index.update(f.path, f.text);
    return { index, findings: allFindings(index).length };
  }

  const { findings, index } = fullIndex();
  const full = await compare(
    () => void fullIndex(), // one operation: the whole workspace
    () => void files.forEach(parse),
    { warmup: 2, minSamples: 8, budgetMs: 8000 },
  );
  rows.push(row(
    `Image index, ${files.length} files: index every file + all findings (${findings} findings, ${index.builtImages().length} builds)`,
    full, FLOOR, 3,
  ));

  // One file changes (a Dockerfile, a manifest, a Compose file, a script in turn): re-index it and re-query
  // its findings, as the editor does for the open document; against indexing the workspace afresh.
  const changed = files.filter((_, i) => i % 7 === 0).slice(0, 250);
  const edited = changed.map(edit);
  let round = 0;
  const one = await compare(
    () => {
      const texts = round++ % 2 === 0 ? edited : changed.map((f) => f.text);
      for (const [i, f] of changed.entries()) {
        index.update(f.path, texts[i]);
        findingsIn(index, f.path);
      }
      return changed.length;
    },
    () => void fullIndex(),
    { warmup: 1, minSamples: 6, budgetMs: 5000 },
  );
  rows.push(row(`Image index, incremental: one file changed → update + its findings (${changed.length} edits)`, one, 'a full index of the same workspace', 0.05));
}

/** The floor for one file: the parse the core cannot avoid for its kind. */
function bareParser(core) {
  return (file) => {
    const name = file.path.split('/').pop();
    if (/(^|\.)Dockerfile$|^Dockerfile\./.test(name)) return DockerfileParser.parse(file.text).getInstructions().length;
    if (/\.ya?ml$/.test(name)) return core.parseAllDocuments(file.text, PARSE_OPTIONS).length;
    return file.text.split('\n').length;
  };
}

/** A real edit of the kind people make: a changed image tag (Dockerfile FROM, `image:`, `-t`), else a comment. */
function edit(file) {
  const bumped = file.text.replace(/(:\d+)\.(\d+)\b/, (_, major, minor) => `${major}.${Number(minor) + 1}`);
  return bumped !== file.text ? bumped : `${file.text}# edited\n`;
}
