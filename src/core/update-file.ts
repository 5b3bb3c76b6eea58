// The analysis of a file after an edit, re-reading only what the edit touched. The answer always equals
// classifyFile on the new text (test/unit/update-file.test.ts checks this over thousands of random edits);
// whenever an edit could reach further than the part re-read, the whole file is analyzed again.
import { classifyDockerfile } from './dockerfile/classify';
import { updateDockerfile } from './dockerfile/incremental';
import { classifyFile, unreadFile, type ClassifiedFile, type ClassifyFileOptions } from './classify-file';
import { applyEdits, changedSpan, type ChangedSpan, type TextEdit } from './edits';
import { recognize } from './recognize';
import type { ClassifiedField } from './types';
import { classifyDocument } from './yaml/classify';
import { updateYaml } from './yaml/incremental';

export interface UpdateFileOptions extends ClassifyFileOptions {
  /** The text after the edits, when the caller holds it (an editor does): saves applying them again. */
  text?: string;
}

/**
 * `previous` after `edits` (applied in order, each in the offsets the ones before left: VS Code's
 * `contentChanges`). `previous` is consumed: the new analysis reuses its parsed documents and moves their offsets,
 * so it must not be read afterwards.
 */
export function updateFile(previous: ClassifiedFile, edits: readonly TextEdit[], options: UpdateFileOptions = {}): ClassifiedFile {
  const span = changedSpan(previous.text.length, edits);
  const text = options.text ?? (span ? applyEdits(previous.text, edits) : undefined);
  if (text === undefined) return classifyFile(previous.path, options.text ?? previous.text, options);
  const kind = options.kind ?? recognize(previous.path, text);
  const full = (): ClassifiedFile => classifyFile(previous.path, text, { ...options, kind });
  if (!span || text.length !== previous.text.length + span.delta || kind !== previous.kind) return full();
  if (previous.skipped) return full();
  try {
    if (previous.yaml && (kind === 'kubernetes' || kind === 'compose')) {
      const next = unreadFile(previous.path, text, { ...options, kind });
      if (next.skipped) return next;
      return updateYamlFile(previous, next, span) ?? full();
    }
    if (previous.dockerfile && kind === 'dockerfile' && previous.problems.length === 0) {
      const next = unreadFile(previous.path, text, { ...options, kind });
      if (next.skipped) return next;
      const model = updateDockerfile(previous.dockerfile, previous.text, text, span);
      if (!model) return full();
      next.dockerfile = model;
      const { fields, extras } = classifyDockerfile(model);
      next.fields = fields;
      next.extras = extras;
      return next;
    }
  } catch {
    // Whatever went wrong here, the full analysis answers (and reports its own problems).
  }
  return full();
}

/** `next` (text, lines, kind, nothing parsed yet) filled from `previous` and the re-parsed documents. */
function updateYamlFile(previous: ClassifiedFile, next: ClassifiedFile, span: ChangedSpan): ClassifiedFile | undefined {
  const update = updateYaml(previous.yaml!, previous.text, next.text, span);
  if (!update) return undefined;
  const { docs, first, removed, delta } = update;
  const fields = previous.fields;
  const head = firstFieldOf(fields, first);
  const tail = firstFieldOf(fields, first + removed);
  const out: ClassifiedField[] = fields.slice(0, head);
  docs.forEach((doc, i) => classifyDocument(doc, first + i, next.kind, out, next.text));
  const shift = docs.length - removed;
  if (delta === 0 && shift === 0) for (let i = tail; i < fields.length; i++) out.push(fields[i]);
  else for (let i = tail; i < fields.length; i++) out.push(moveField(fields[i], delta, shift));
  next.yaml = update.outline;
  next.problems = update.problems;
  next.fields = out;
  return next;
}

/** Index of the first field of document `doc` or later (fields are in document order). */
function firstFieldOf(fields: readonly ClassifiedField[], doc: number): number {
  let lo = 0;
  let hi = fields.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fields[mid].document < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The field moved `delta` characters and `shift` documents on, in place (the previous analysis is consumed). */
function moveField(f: ClassifiedField, delta: number, shift: number): ClassifiedField {
  f.document += shift;
  f.keyStart += delta;
  f.keyEnd += delta;
  if (f.valueStart !== undefined) f.valueStart += delta;
  if (f.valueEnd !== undefined) f.valueEnd += delta;
  return f;
}
