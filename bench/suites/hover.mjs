// Hovers against the peers, on the same files and the same positions, and the warm-hover tail at 50,000 lines.
import { compare, latencies, spread } from '../harness.mjs';
import { dockerfilePeer, TextDocument, yamlPeer } from '../peers.mjs';
import { corpus, generated, hoverPositions, PARSE_OPTIONS } from '../workloads.mjs';

/** A document as an editor holds it: URI, version, text. */
export function documentOf(file, version = 1) {
  return { uri: `file:///workspace/${file.path}`, version, path: file.path, text: file.text, kind: file.kind };
}

export async function hoverSuite(core, ours, rows) {
  const files = corpus(core);
  await dockerfileHovers(core, ours, rows, files.filter((f) => f.kind === 'dockerfile'));
  await yamlHovers(core, ours, rows, files.filter((f) => f.kind === 'kubernetes'));
  await warmTail(core, ours, rows);
}

/**
 * `work`: [{doc, positions}] with `positions` spread to at most `budget` in all (the peers take milliseconds
 * per hover, and the whole run must stay within minutes).
 */
function workFor(core, files, budget) {
  const all = files.map((f) => ({ f, positions: hoverPositions(core.classifyFile(f.path, f.text, { kind: f.kind })) }));
  const total = all.reduce((n, w) => n + w.positions.length, 0);
  const share = Math.min(1, budget / total);
  const work = all.map(({ f, positions }) => ({
    doc: documentOf(f),
    positions: spread(positions, Math.max(1, Math.round(positions.length * share))),
  }));
  return { work, total, count: work.reduce((n, w) => n + w.positions.length, 0) };
}

/** How many of the positions get a hover from each side (a hover that answers nothing costs nothing). */
async function answered(work, ask) {
  let n = 0;
  for (const w of work) for (const p of w.positions) if (await ask(w, p)) n++;
  return n;
}

async function dockerfileHovers(core, ours, rows, corpusFiles) {
  const peer = dockerfilePeer();
  const cases = [
    { name: `Dockerfile hover, corpus (${corpusFiles.length} files)`, files: corpusFiles, budget: 1200 },
    { name: 'Dockerfile hover, 2,000-line multi-stage', files: [generated.dockerfile(2000)], budget: 40 },
    { name: 'Dockerfile hover after each edit, 2,000 lines', exact: true, files: [generated.dockerfile(2000)], budget: 20, edits: true },
  ];
  for (const c of cases) {
    const { work, total, count } = workFor(core, c.files, c.budget);
    // The document is open and was hovered before: ours has its analysis cached; the peer parses per call.
    const oursAnswered = await answered(work, (w, p) => ours.hover(w.doc, p));
    const peerAnswered = await answered(work, (w, p) => peer.hover(w.doc.text, p));
    const typing = c.edits ? typist(ours, work) : undefined;
    const r = await compare(
      async () => {
        if (typing) return typing();
        for (const w of work) for (const p of w.positions) await ours.hover(w.doc, p);
        return count;
      },
      () => {
        for (const w of work) for (const p of w.positions) peer.hover(w.doc.text, p);
        return count;
      },
      { warmup: 1, minSamples: 6, budgetMs: 3000 },
    );
    rows.push({
      ...row(c.exact ? c.name : `${c.name}, ${count} of ${total} positions`, r, 'dockerfile-language-service computeHover', 0.5),
      answered: `${oursAnswered}/${peerAnswered}`,
      ...(c.exact ? { positions: `${count} of ${total}, each after an edit on its line` } : {}),
    });
  }
}

async function yamlHovers(core, ours, rows, corpusFiles) {
  const peer = yamlPeer();
  const cases = [
    { name: `Kubernetes YAML hover, corpus (${corpusFiles.length} files)`, files: corpusFiles, budget: 500 },
    { name: 'Kubernetes YAML hover, 1,000 lines', files: [generated.manifests(1000)], budget: 150 },
    { name: 'Kubernetes YAML hover, 10,000 lines', files: [generated.manifests(10000)], budget: 150 },
    { name: 'Kubernetes YAML hover after each edit, 1,000 lines', exact: true, files: [generated.manifests(1000)], budget: 30, edits: true },
  ];
  for (const c of cases) {
    const { work, total, count } = workFor(core, c.files, c.budget);
    for (const w of work) w.td = TextDocument.create(w.doc.uri, 'yaml', w.doc.version, w.doc.text);
    // Both sides have the document open: ours cached its analysis, the peer its parse and the schema.
    const oursAnswered = await answered(work, (w, p) => ours.hover(w.doc, p));
    const peerAnswered = await answered(work, (w, p) => peer.hover(w.td, p));
    const typing = c.edits ? typist(ours, work) : undefined;
    let peerVersion = 1;
    const r = await compare(
      async () => {
        if (typing) return typing();
        for (const w of work) for (const p of w.positions) await ours.hover(w.doc, p);
        return count;
      },
      async () => {
        for (const w of work) {
          for (const p of w.positions) {
            // After an edit the peer gets the document at a new version, so it parses it again.
            const td = c.edits ? TextDocument.create(w.doc.uri, 'yaml', ++peerVersion, w.doc.text) : w.td;
            await peer.hover(td, p);
          }
        }
        return count;
      },
      { warmup: 1, minSamples: 5, budgetMs: 3000 },
    );
    rows.push({
      ...row(c.exact ? c.name : `${c.name}, ${count} of ${total} positions`, r, 'yaml-language-server doHover + Kubernetes schema', 0.25),
      answered: `${oursAnswered}/${peerAnswered}`,
      ...(c.exact ? { positions: `${count} of ${total}, each after an edit on its line` } : {}),
    });
  }
  await bigEdits(core, ours, rows);
}

/**
 * Typing as a person does, then hovering: one call types one character at the end of each hovered line and hovers
 * there (the next call deletes them again, so the text stays the same size). Lines are edited bottom to top, so
 * the line ends computed once stay right. Returns a function for compare() that does one round and returns its
 * hover count. The character is `x` after a word and a space elsewhere (after `:`, `\\`, quotes), so every edit
 * keeps the file's structure and the hover keeps its answer.
 */
function typist(ours, work) {
  const plans = work.map((w) => {
    const ends = lineEnds(w.doc.text);
    const byLine = new Map();
    for (const p of w.positions) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
    const lines = [...byLine.keys()].sort((a, b) => b - a);
    return lines.map((line) => {
      const at = ends[line];
      const before = w.doc.text[at - 1] ?? '';
      const char = /\w/.test(before) ? 'x' : ' ';
      return { at: before === '\\' ? at - 1 : at, char, positions: byLine.get(line) };
    });
  });
  let typed = false;
  return async () => {
    let n = 0;
    for (const [i, w] of work.entries()) {
      for (const { at, char, positions } of plans[i]) {
        if (typed) ours.edit(w.doc, at, at + 1, '');
        else ours.edit(w.doc, at, at, char);
        for (const p of positions) {
          await ours.hover(w.doc, p);
          n++;
        }
      }
    }
    typed = !typed;
    return n;
  };
}

/** Offset of each line's end (its '\n', or the text's end). */
function lineEnds(text) {
  const ends = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) ends.push(i);
  ends.push(text.length);
  return ends;
}

/**
 * A 50,000-line stream, typed in at a few lines spread over it, each edit followed by a hover on its line, against
 * the bare `parseAllDocuments` of the same text per edit (what any tool that re-parses the whole file pays).
 */
async function bigEdits(core, ours, rows) {
  const file = generated.manifests(50000);
  const doc = documentOf(file);
  const positions = spread(hoverPositions(core.classifyFile(file.path, file.text, { kind: file.kind })), 4);
  const work = [{ doc, positions }];
  await ours.hover(doc, positions[0]); // the document is open and analyzed once
  const typing = typist(ours, work);
  const r = await compare(typing, () => {
    for (let i = 0; i < positions.length; i++) core.parseAllDocuments(doc.text, PARSE_OPTIONS);
    return positions.length;
  }, { warmup: 1, minSamples: 4, budgetMs: 5000 });
  rows.push({
    ...row('Kubernetes YAML hover after each edit, 50,000 lines', r, 'yaml parseAllDocuments (bare parse) of the same text', 0.1),
    positions: `${positions.length} lines spread over the file, each typed in, then hovered`,
  });
}

/** Hovers on an unchanged 50,000-line document: each one timed alone, for the tail. */
async function warmTail(core, ours, rows) {
  const file = generated.manifests(50000);
  const doc = documentOf(file);
  const positions = spread(hoverPositions(core.classifyFile(file.path, file.text, { kind: file.kind })), 5000);
  let hits = 0; // the first pass also opens the document: analyzed once
  for (const p of positions) if (await ours.hover(doc, p)) hits++;
  await latencies((p) => ours.hover(doc, p), positions); // warm-up pass
  const s = await latencies((p) => ours.hover(doc, p), positions, 3);
  rows.push({
    name: `Warm hover, 50,000 lines (${s.n} hovers on an unchanged document)`,
    ours_ms: s.median,
    ours_p95_ms: s.p95,
    baseline: 'budget: p95 0.5 ms',
    baseline_ms: 0.5,
    ratio: s.p95 / 0.5,
    goal: 1,
    met: s.p95 < 0.5 && hits === positions.length,
    answered: `${hits}/${positions.length}`,
  });
}

export function row(name, r, baseline, goalRatio) {
  const ratio = r.ours.median / r.base.median;
  return {
    name,
    ours_ms: r.ours.median,
    ours_p95_ms: r.ours.p95,
    baseline,
    baseline_ms: r.base.median,
    baseline_p95_ms: r.base.p95,
    ratio,
    cpu_ratio: r.cpuRatio,
    samples: r.ours.n,
    goal: goalRatio ?? null,
    met: goalRatio === undefined ? null : ratio <= goalRatio,
  };
}
