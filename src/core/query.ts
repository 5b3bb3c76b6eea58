// A position → the field under it: the key, its value, a Dockerfile flag or an instruction.
import type { ClassifiedFile } from './classify-file';
import type { ClassifiedField } from './types';

export interface FieldAt {
  field: ClassifiedField;
  /** What the position is on. */
  on: 'key' | 'value' | 'flag' | 'directive';
}

/** The innermost field whose key or value covers `offset` (0-based), or undefined. */
export function fieldAt(analysis: ClassifiedFile, offset: number): FieldAt | undefined {
  // Flags and directives are small and sit inside an instruction's span: they win when hit.
  for (const extra of analysis.extras) {
    if (offset >= extra.keyStart && offset < Math.max(extra.keyEnd, extra.valueEnd ?? 0)) {
      return { field: extra, on: extra.path.startsWith('#') ? 'directive' : 'flag' };
    }
  }
  const fields = analysis.fields;
  // Fields are in document order, so key offsets ascend: find the last key starting at or before offset,
  // then step back to the nearest one whose key or value covers it (a parent map covers its children).
  let lo = 0;
  let hi = fields.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fields[mid].keyStart <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Documents of a YAML stream do not overlap: once the step back leaves the document of `last`, nothing can
  // cover the offset (this bounds the walk on a `---` line of a 50,000-line file to one document).
  const document = last >= 0 ? fields[last].document : 0;
  for (let i = last; i >= 0; i--) {
    const f = fields[i];
    if (f.document !== document) break;
    if (offset < f.keyEnd) return { field: f, on: 'key' };
    if (f.valueStart !== undefined && offset >= f.valueStart && offset < (f.valueEnd ?? f.valueStart)) {
      return { field: f, on: 'value' };
    }
    // The value sits right after the key: the ':' and spaces between count as the key.
    if (f.valueStart !== undefined && offset >= f.keyEnd && offset < f.valueStart && onSameLine(analysis.text, f.keyEnd, offset)) {
      return { field: f, on: 'key' };
    }
  }
  return undefined;
}

function onSameLine(text: string, from: number, to: number): boolean {
  return text.slice(from, to).indexOf('\n') === -1;
}
