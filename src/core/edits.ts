// Text edits as an editor reports them (VS Code's `contentChanges`, in offsets), and the one span they changed.

/** Replace [start, end) of the text with `text`. Offsets are 0-based UTF-16, in the text as the edits before left it. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Where a list of edits changed a text: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface ChangedSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** New length minus old length: what every offset after the span moves by. */
  delta: number;
}

/**
 * The edits applied in order (each in the offsets its predecessors left, as VS Code and LSP give them), or
 * undefined when one does not fit the text (a stale edit list: the caller analyzes the new text in full).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string | undefined {
  let out = text;
  for (const e of edits) {
    if (!validEdit(e, out.length)) return undefined;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return out;
}

/** The smallest span covering every edit, in old and new offsets; undefined for no edits or a misfit. */
export function changedSpan(oldLength: number, edits: readonly TextEdit[]): ChangedSpan | undefined {
  let length = oldLength;
  let start = Infinity;
  let end = -Infinity; // in the current text's offsets
  let delta = 0;
  for (const e of edits) {
    if (!validEdit(e, length)) return undefined;
    const d = e.text.length - (e.end - e.start);
    // An edit before the span's end moves it; one past it widens it.
    end = Math.max(end, e.end) + d;
    start = Math.min(start, e.start);
    delta += d;
    length += d;
  }
  if (start === Infinity) return undefined;
  // As small integers (`| 0`; offsets are far below 2^31): an offset that arrives as a float-typed number (from
  // Math.max, or a caller's arithmetic) would otherwise, once added to a moved field's offsets, turn those offsets
  // into boxed doubles in every field made afterwards (16 bytes more each, bench/suites/memory.mjs).
  return { start: start | 0, oldEnd: (end - delta) | 0, newEnd: end | 0, delta: delta | 0 };
}

function validEdit(e: TextEdit, length: number): boolean {
  return Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length && typeof e.text === 'string';
}
