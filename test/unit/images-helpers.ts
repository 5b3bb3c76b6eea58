// Helpers for the image index tests (bundled into each test; not a test itself).
import * as assert from 'node:assert/strict';
import { allFindings, applyEdits, editsByPath, findingsIn, ImageIndex, type Finding, type Fix, type RuleId } from '../../src/core/images';

/** An index fed with in-memory files. */
export function workspace(files: Record<string, string>): ImageIndex {
  const index = new ImageIndex();
  for (const [path, text] of Object.entries(files)) index.update(path, text);
  return index;
}

export function findingsOf(index: ImageIndex, rule: RuleId, path?: string): Finding[] {
  return (path ? findingsIn(index, path) : allFindings(index)).filter((f) => f.rule === rule);
}

/** The text of an indexed file at a span. */
export function textAt(index: ImageIndex, path: string, span: { start: number; end: number }): string {
  return index.facts(path)!.text.slice(span.start, span.end);
}

/** The text a finding covers. */
export function covered(index: ImageIndex, f: Finding): string {
  return textAt(index, f.path, f);
}

/**
 * Apply a fix to the index's files and re-index them; assert that outside the edited ranges every byte is
 * unchanged. Returns the new texts by path.
 */
export function applyFix(index: ImageIndex, fix: Fix): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, edits] of editsByPath(fix.edits)) {
    const before = index.facts(path)!.text;
    const after = applyEdits(before, edits);
    assertOnlyEdited(before, after, edits);
    index.update(path, after);
    out.set(path, after);
  }
  return out;
}

/** `after` equals `before` outside the edits: same bytes before, between and after them. */
export function assertOnlyEdited(before: string, after: string, edits: { start: number; end: number; newText: string }[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let delta = 0;
  let at = 0;
  for (const e of sorted) {
    assert.equal(after.slice(at + delta, e.start + delta), before.slice(at, e.start), 'bytes outside the edits changed');
    assert.equal(after.slice(e.start + delta, e.start + delta + e.newText.length), e.newText);
    delta += e.newText.length - (e.end - e.start);
    at = e.end;
  }
  assert.equal(after.slice(at + delta), before.slice(at), 'bytes after the last edit changed');
}

/** Lines of a block of YAML written with a leading newline and common indentation removed. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
