// Helm and other Go-template YAML: `{{ … }}` actions are not YAML. Blanking them keeps every offset
// where it was, so the parts around them parse and keep their exact positions.

/**
 * Replace each template action with filler of the same length: spaces when the action stands alone on
 * its lines (control flow such as `{{- if … }}`) or renders a block (`| nindent N`), otherwise a run of `_` so a templated value stays a
 * plain scalar (`image: {{ .Values.image }}` → `image: ________________`). Newlines are kept.
 *
 * An action runs from `{{` to the first `}}`. One forward scan, no regex backtracking and no look-back
 * past the previous action: linear even on a 5 MB line of actions or a file of unclosed `{{`.
 */
export function maskTemplates(text: string): string {
  let open = text.indexOf('{{');
  if (open === -1) return text;
  const parts: string[] = [];
  let copied = 0;
  while (open !== -1) {
    const close = text.indexOf('}}', open + 2);
    if (close === -1) break; // an unclosed action is left as it is
    const end = close + 2;
    const alone = blankBefore(text, open) && blankOrActionAfter(text, end);
    // `key: {{ … | nindent N }}` renders a block under the key, never a scalar: blank it like a lone action, so
    // the key's block children written on the lines below stay its children.
    const block = alone || NINDENT_END.test(text.slice(open, end));
    parts.push(text.slice(copied, open), text.slice(open, end).replace(/[^\n]/g, block ? ' ' : '_'));
    copied = end;
    open = text.indexOf('{{', end);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** An action whose pipeline ends in `nindent N`. */
const NINDENT_END = /\bnindent\s+\d+\s*\)?\s*-?\}\}$/;

/** Only whitespace between the line start and `at`. Stops at the first other character (at worst the previous action's `}`). */
function blankBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

/** Only whitespace, or another action, between `from` and the line end. */
function blankOrActionAfter(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return true;
    if (!/\s/.test(c)) return text.startsWith('{{', i);
  }
  return true;
}

/** True when the original text of [start, end) holds a template action. */
export function isTemplated(text: string, start: number, end: number): boolean {
  const i = text.indexOf('{{', start);
  return i !== -1 && i < end;
}
