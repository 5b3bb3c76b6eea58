// Inserting a RUN step into the stage that becomes the image: before the stage's start command (CMD or
// ENTRYPOINT) and the comment lines that introduce it, and before a USER switch when the step needs root.
import type { DockerfileModel, DockerStage } from '../dockerfile/model';
import type { TextEdit } from './model';
import { instructionsOf } from './stages';
import { lineStart } from './yaml-text';

export function runInsertion(path: string, text: string, model: DockerfileModel, stage: DockerStage, step: string, needsRoot: boolean): TextEdit {
  const own = instructionsOf(model, stage);
  const start = own.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  const next = model.instructions.find((i) => i.stage === stage.index + 1);
  let at = start ? lineStart(text, start.span.start) : next ? lineStart(text, next.span.start) : text.length;
  if (needsRoot) {
    const user = own.filter((i) => i.keyword === 'USER' && i.span.start < at).pop();
    if (user) at = lineStart(text, user.span.start);
  }
  if (start || next || needsRoot) at = aboveComments(text, at);
  const lead = at === text.length && text.length > 0 && !text.endsWith('\n') ? '\n' : '';
  return { path, start: at, end: at, newText: `${lead}RUN ${step.trim()}\n` };
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
