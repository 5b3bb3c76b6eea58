// The floor: what Layer Lens adds on top of the one YAML parse it cannot avoid. Cold hovers (the first after
// an edit: analyze, find the field, build the hover) and Explain This File, each against the bare
// `parseAllDocuments` of the same text, with the options the core passes (so only our own work differs).
import { compare } from '../harness.mjs';
import { corpus, generated, PARSE_OPTIONS } from '../workloads.mjs';
import { row } from './hover.mjs';


export async function floorSuite(core, ours, rows) {
  const yamlCorpus = corpus(core).filter((f) => f.kind !== 'dockerfile');
  const cases = [
    { name: `Cold hover, YAML corpus (${yamlCorpus.length} files, per file)`, files: yamlCorpus },
    { name: 'Cold hover, 1,000 lines', files: [generated.manifests(1000)] },
    { name: 'Cold hover, 10,000 lines', files: [generated.manifests(10000)] },
    { name: 'Cold hover, 50,000 lines', files: [generated.manifests(50000)] },
  ];
  let version = 1;
  for (const c of cases) {
    const docs = c.files.map((f) => ({ uri: `file:///workspace/${f.path}`, path: f.path, text: f.text, kind: f.kind }));
    // A position in the middle of each file; every call is a new version, so nothing is reused.
    const at = docs.map((d) => middleOf(d.text));
    const big = c.files.length === 1 && c.files[0].text.length > 1e6;
    const r = await compare(
      async () => {
        version++;
        for (const [i, d] of docs.entries()) await ours.hover({ ...d, version }, at[i]);
        return docs.length;
      },
      () => {
        for (const d of docs) core.parseAllDocuments(d.text, PARSE_OPTIONS);
        return docs.length;
      },
      { warmup: big ? 1 : 5, minSamples: big ? 6 : 15, budgetMs: big ? 8000 : 4000 },
    );
    rows.push(row(c.name, r, 'yaml parseAllDocuments (bare parse)', 1.3));
  }

  const file = generated.manifests(10000);
  const r = await compare(
    () => {
      const analysis = core.classifyFile(file.path, file.text, { kind: file.kind });
      return ours.explain(analysis).length > 0 ? 1 : 0;
    },
    () => {
      core.parseAllDocuments(file.text, PARSE_OPTIONS);
      return 1;
    },
    { warmup: 3, minSamples: 12, budgetMs: 5000 },
  );
  rows.push(row(`Explain this file, 10,000 lines (classifyFile + report + ${ours.explainRenderer})`, r, 'yaml parseAllDocuments (bare parse)', 1.5));
}

/** The LSP position of the line in the middle of a text, two characters in (inside its key). */
function middleOf(text) {
  const lines = text.split('\n');
  const line = lines.length >> 1;
  const indent = lines[line].length - lines[line].trimStart().length;
  return { line, character: indent + 1 };
}
