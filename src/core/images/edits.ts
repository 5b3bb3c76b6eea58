// Applying fixes without an editor: the tests' round trips and `layer-lens check --fix` use this.
import type { TextEdit } from './model';

/**
 * Apply edits to one text. Offsets refer to the original text; edits must not overlap (inserts at the same
 * offset keep their given order). Edits for other paths are the caller's to filter out.
 */
export function applyEdits(text: string, edits: readonly Pick<TextEdit, 'start' | 'end' | 'newText'>[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) {
      throw new Error(`overlapping or out-of-range edit at ${e.start}-${e.end}`);
    }
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Insert whole lines at a line-start offset `at`; at the end of a text without a final newline, start one. */
export function insertLines(path: string, text: string, at: number, lines: string): TextEdit {
  const lead = at === text.length && text.length > 0 && !text.endsWith('\n') ? '\n' : '';
  return { path, start: at, end: at, newText: lead + lines };
}

/** The edits of a multi-file fix grouped by path, for callers that apply them file by file. */
export function editsByPath(edits: readonly TextEdit[]): Map<string, TextEdit[]> {
  const byPath = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byPath.get(e.path) ?? [];
    list.push(e);
    byPath.set(e.path, list);
  }
  return byPath;
}
