// Inserting a RUN step into the stage that becomes the image: before the stage's start command (CMD or
// ENTRYPOINT) and the comment lines that introduce it, and before a USER switch when the step needs root.
// A RUN runs in the WORKDIR in effect where it is inserted, so the caller can tell whether the step needs a
// `cd` to run where the start command ran it.
import type { DockerfileModel, DockerStage } from '../dockerfile/model';
import { insertLines } from './edits';
import type { TextEdit } from './model';
import { joinPath } from './paths';
import { instructionsOf, stageChain } from './stages';
import { lineStart } from './yaml-text';

/** Where a RUN step goes in `stage`. */
export function insertionOffset(text: string, model: DockerfileModel, stage: DockerStage, needsRoot: boolean): number {
  const own = instructionsOf(model, stage);
  const start = own.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  const next = model.instructions.find((i) => i.stage === stage.index + 1);
  let at = start ? lineStart(text, start.span.start) : next ? lineStart(text, next.span.start) : text.length;
  if (needsRoot) {
    const user = own.filter((i) => i.keyword === 'USER' && i.span.start < at).pop();
    if (user) at = lineStart(text, user.span.start);
  }
  if (start || next || needsRoot) at = aboveComments(text, at);
  return at;
}

/** `RUN <step>` inserted at `at` (an offset from insertionOffset). */
export function runAt(path: string, text: string, at: number, step: string): TextEdit {
  return insertLines(path, text, at, `RUN ${step.trim()}\n`);
}

/**
 * The WORKDIR in effect in `stage` before offset `at` (the stage's final one when `at` is omitted), through
 * the stages it is built FROM. `''` when no WORKDIR is set (the base image's own folder), a relative path
 * when only relative ones are (relative to that folder), undefined when one holds a variable or quotes.
 */
export function workdirAt(model: DockerfileModel, stage: DockerStage, at = Infinity): string | undefined {
  const chain = stageChain(model, stage).reverse();
  let dir: string | undefined = '';
  for (const s of chain) {
    for (const ins of instructionsOf(model, s)) {
      if (ins.keyword !== 'WORKDIR' || (s === stage && ins.span.start >= at)) continue;
      const arg = ins.argsText.trim();
      if (arg === '' || /[$"'\\\s]/.test(arg)) dir = undefined;
      else if (dir !== undefined || arg.startsWith('/')) dir = joinPath(dir ?? '', arg);
    }
  }
  return dir;
}

/** Move a line-start offset up past the comment lines directly above it. */
function aboveComments(text: string, at: number): number {
  while (at > 0) {
    const prev = lineStart(text, at - 1);
    if (!/^[ \t]*#/.test(text.slice(prev, at))) break;
    // A parser directive or the file's first comment block is not an instruction's introduction.
    if (prev === 0) break;
    at = prev;
  }
  return at;
}
