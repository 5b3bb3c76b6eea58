// Helm and other Go-template YAML: `{{ … }}` actions are not YAML. Blanking them keeps every offset
// where it was, so the parts around them parse and keep their exact positions.

const ACTION = /\{\{-?[\s\S]*?-?\}\}/g;

/**
 * Replace each template action with filler of the same length: spaces when the action stands alone on
 * its lines (control flow such as `{{- if … }}`), otherwise a run of `_` so a templated value stays a
 * plain scalar (`image: {{ .Values.image }}` → `image: ________________`). Newlines are kept.
 */
export function maskTemplates(text: string): string {
  if (!text.includes('{{')) return text;
  return text.replace(ACTION, (action, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let lineEnd = text.indexOf('\n', offset + action.length);
    if (lineEnd === -1) lineEnd = text.length;
    const before = text.slice(lineStart, offset);
    const after = text.slice(offset + action.length, lineEnd);
    const alone = before.trim() === '' && (after.trim() === '' || after.trim().startsWith('{{'));
    const fill = alone ? ' ' : '_';
    return action.replace(/[^\n]/g, fill);
  });
}

/** True when the original text of [start, end) holds a template action. */
export function isTemplated(text: string, start: number, end: number): boolean {
  const i = text.indexOf('{{', start);
  return i !== -1 && i < end;
}
