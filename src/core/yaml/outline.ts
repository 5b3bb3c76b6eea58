// What an analysis keeps of a parsed YAML stream once its fields are classified: each document's span and
// problems, which is all the next edit needs to re-read only the documents it touches. The node trees are not
// kept: they cost about 16 times the text, and nothing reads them after classification (bench/suites/memory.mjs).
import type { Document } from 'yaml';
import { documentProblems, type YamlFile, type YamlProblem } from './parse';

export interface YamlOutline {
  /** True when Go template actions (`{{ … }}`) were blanked out before parsing. */
  templated: boolean;
  /** One per document, as `parseAllDocuments` counts them. */
  docs: DocumentOutline[];
  /** Some problem belongs to no document (a nesting cut): the documents cannot be re-read one by one. */
  loose: boolean;
}

export interface DocumentOutline {
  /** Offset of the document's first character (its `---` when it has one). */
  start: number;
  /** Where its reach ends: its range, or beyond it an error on stream-level text (a stray quoted scalar). */
  end: number;
  /** Its parse errors, as the file's problems word them. */
  problems: YamlProblem[];
}

/** No problems: shared by every clean document (never pushed to). */
const NONE: YamlProblem[] = [];

/** The outline of a parsed stream. */
export function outlineOf(yaml: YamlFile): YamlOutline {
  const docs = yaml.docs.map(documentOutline);
  const owned = docs.reduce((n, d) => n + d.problems.length, 0);
  return { templated: yaml.templated, docs, loose: owned !== yaml.problems.length };
}

export function documentOutline(doc: Document.Parsed): DocumentOutline {
  let end = doc.range[2];
  for (const e of doc.errors) end = Math.max(end, e.pos[1]);
  const problems = doc.errors.length === 0 ? NONE : documentProblems([doc]);
  return { start: doc.range[0], end, problems };
}

/** The outline `delta` characters on, in place (the previous analysis is consumed). */
export function moveOutline(d: DocumentOutline, delta: number): DocumentOutline {
  d.start += delta;
  d.end += delta;
  if (d.problems !== NONE) d.problems = d.problems.map((p) => ({ offset: p.offset + delta, message: p.message }));
  return d;
}

/** Every document's problems, in offset order: the file's problems when none is loose. */
export function outlineProblems(docs: readonly DocumentOutline[]): YamlProblem[] {
  return docs.flatMap((d) => d.problems).sort((a, b) => a.offset - b.offset);
}
