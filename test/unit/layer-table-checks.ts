// Checks shared by the table tests: row well-formedness, one-sentence summaries, and a reader that follows the
// shape contract of notes/tables-spec.md (used to prove where a key path lands).
import type { EntryTable, FieldRule, FileKind, Shape, ShapeTable } from '../../src/core/types';
import { COUNTERPART_PLACES, GUIDE_IDS, LAYERS, PHASES } from '../../src/core/types';

const has = (list: readonly string[], value: string) => list.includes(value);
export const MAX_SUMMARY = 200;

/** Why a text is not one sentence of at most MAX_SUMMARY characters, or undefined when it is. */
export function sentenceProblem(text: string): string | undefined {
  if (text.length === 0) return 'empty';
  if (text.length > MAX_SUMMARY) return `${text.length} chars`;
  if (!/[.]$/.test(text)) return 'does not end with a full stop';
  if (/[.!?]["')]?\s+[A-Z]/.test(text)) return 'more than one sentence';
  if (text !== text.trim() || /\s{2}/.test(text)) return 'stray whitespace';
  return undefined;
}

/** Every problem found in a table's rows; `own` is the file kind whose counterparts would point at itself. */
export function rowProblems(table: EntryTable, own: FileKind): string[] {
  const out: string[] = [];
  for (const [id, e] of Object.entries(table)) {
    if (!has(LAYERS, e.layer)) out.push(`${id}: layer ${e.layer}`);
    if (!has(PHASES, e.phase)) out.push(`${id}: phase ${e.phase}`);
    if (!has(GUIDE_IDS, e.guide)) out.push(`${id}: guide ${e.guide}`);
    const bad = sentenceProblem(e.summary);
    if (bad) out.push(`${id}: summary ${bad}`);
    if (e.layer === 'build/run' && e.orchestrator !== undefined) out.push(`${id}: build/run row names an orchestrator`);
    for (const c of e.counterparts) {
      if (!has(COUNTERPART_PLACES, c.where) || c.ref.trim() === '') out.push(`${id}: counterpart ${JSON.stringify(c)}`);
      if (c.where === own) out.push(`${id}: counterpart in its own file kind (${c.ref})`);
    }
  }
  return out;
}

/** Entry ids and shape ids a shape table refers to that do not exist. */
export function danglingRefs(shapes: ShapeTable, entries: EntryTable): string[] {
  const out: string[] = [];
  for (const [name, shape] of Object.entries(shapes)) {
    const rules = Object.entries(shape.fields);
    if (shape.otherwise) rules.push(['(otherwise)', shape.otherwise]);
    for (const [key, rule] of rules) {
      if (rule.entry !== undefined && !Object.hasOwn(entries, rule.entry)) out.push(`${name}.${key}: entry ${rule.entry}`);
      if (rule.shape !== undefined && !Object.hasOwn(shapes, rule.shape)) out.push(`${name}.${key}: shape ${rule.shape}`);
    }
  }
  return out;
}

/**
 * The entry id the contract gives a key path: numbers are list indices (the list's shape applies to each item);
 * a key a shape does not know takes `otherwise`, else inherits its parent's entry and loses its shape.
 */
export function entryAt(shapes: ShapeTable, rootShape: string, rootEntry: string, path: (string | number)[]): string {
  let entry = rootEntry;
  let shape: Shape | undefined = shapes[rootShape];
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    const rule: FieldRule | undefined = shape && (Object.hasOwn(shape.fields, seg) ? shape.fields[seg] : shape.otherwise);
    if (!rule) {
      shape = undefined;
      continue;
    }
    if (rule.entry !== undefined) entry = rule.entry;
    shape = rule.shape === undefined ? undefined : shapes[rule.shape];
  }
  return entry;
}

/** Shape ids not reachable from the root: dead data. */
export function unreachableShapes(shapes: ShapeTable, root: string): string[] {
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id) || !shapes[id]) return;
    seen.add(id);
    const s = shapes[id];
    for (const rule of [...Object.values(s.fields), ...(s.otherwise ? [s.otherwise] : [])]) if (rule.shape) visit(rule.shape);
  };
  visit(root);
  return Object.keys(shapes).filter((id) => !seen.has(id));
}
