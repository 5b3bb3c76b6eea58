// A Dockerfile after an edit, re-parsing only the instructions the edit touched. The region re-parsed runs from
// the end of the last untouched instruction before the edit to the start of the first untouched one after it;
// whenever that region could reach further (a heredoc, a continuation out of it, the escape directive,
// the directives at the top), the caller analyzes the whole file again.
import type { ChangedSpan } from '../edits';
import { LineIndex } from '../text';
import { parseDockerfile, type DockerfileModel, type DockerInstruction, type Span } from './model';

/** The model for `text` (the text after the edit), or undefined when only a full parse can say. */
export function updateDockerfile(previous: DockerfileModel, oldText: string, text: string, span: ChangedSpan): DockerfileModel | undefined {
  const escape = escapeOf(previous);
  if (!escape) return undefined;
  // dockerfile-ast breaks lines at a lone CR too, the line index does not: only a full parse keeps its answer.
  if (/\r(?!\n)/.test(text)) return undefined;
  const all = previous.instructions;
  // Each instruction's extent: from its line's start to just past its last line's newline.
  const extentStart = (i: number) => oldText.lastIndexOf('\n', all[i].span.start - 1) + 1;
  const extentEnd = (i: number) => lineEnd(oldText, all[i].span.end);
  let first = 0;
  while (first < all.length && extentEnd(first) < span.start) first++;
  let last = first - 1; // the last instruction the edit touches (first - 1 when it touches none)
  while (last + 1 < all.length && extentStart(last + 1) <= span.oldEnd) last++;
  if (first === 0) return undefined; // the top of the file: directives, global ARGs, the first FROM
  const before = all[first - 1];
  const regionStart = extentEnd(first - 1);
  const oldRegionEnd = last + 1 < all.length ? extentStart(last + 1) : oldText.length;
  if (regionStart > span.start || oldRegionEnd < span.oldEnd) return undefined;
  const regionEnd = oldRegionEnd + span.delta;
  const slice = text.slice(regionStart, regionEnd);
  // What the region's old instructions and their neighbors hold must not reach across its edges.
  const neighbors = oldText.slice(before.span.start, last + 1 < all.length ? all[last + 1].span.end : oldText.length);
  if (doubtful(neighbors) || doubtful(slice)) return undefined;
  if (endsInEscape(oldText.slice(before.span.start, before.span.end), escape)) return undefined;
  if (continuesOut(slice, escape)) return undefined;

  // The slice is parsed with the file's escape character, declared as the file declares it.
  const prefix = escape === '\\' ? '' : `# escape=${escape}\n`;
  const source = prefix + slice;
  const part = parseDockerfile(source, new LineIndex(source));
  if (part.directives.length !== (prefix ? 1 : 0)) return undefined;
  const at = regionStart - prefix.length;
  // The slice counts its stages from 0 (-1 before its first FROM): they follow the stage of the instruction before.
  const added = part.instructions.map((ins) => moveInstruction(ins, at, before.stage + 1 + ins.stage));
  for (const s of part.stages) if (s.imageSpan) moveSpan(s.imageSpan, at);
  const delta = span.delta;
  let removedStages = 0;
  for (let i = first; i <= last; i++) if (all[i].keyword === 'FROM') removedStages++;
  const stageShift = part.stages.length - removedStages;
  const tail = all.slice(last + 1);
  if (delta !== 0 || stageShift !== 0) for (const ins of tail) moveInstruction(ins, delta, ins.stage + stageShift);
  // The stage graph from the FROM lines: the stages before the region, the region's, the moved ones after it.
  const headStages = before.stage + 1;
  const tailStages = previous.stages.slice(headStages + removedStages);
  if (delta !== 0) for (const s of tailStages) if (s.imageSpan) moveSpan(s.imageSpan, delta);
  const stages = [...previous.stages.slice(0, headStages), ...part.stages, ...tailStages];
  stages.forEach((s, i) => {
    s.index = i;
    s.final = i === stages.length - 1;
  });
  return {
    instructions: [...all.slice(0, first), ...added, ...tail],
    stages,
    directives: previous.directives,
  };
}

/** Heredocs and escape directives: the region parse cannot tell how far they reach. */
function doubtful(text: string): boolean {
  return text.includes('<<') || /^[ \t]*#[ \t]*escape/im.test(text);
}

/** The file's escape character (`\\` unless a directive says a backtick); undefined for a value Docker rejects. */
function escapeOf(model: DockerfileModel): string | undefined {
  const directive = model.directives.find((d) => d.name === 'escape');
  if (!directive) return '\\';
  const value = directive.value.trim();
  return value === '\\' || value === '`' ? value : undefined;
}

const endsInEscape = (line: string, escape: string): boolean => line.trimEnd().endsWith(escape);

/** The region's last instruction ends in a continuation (comments and blank lines after it do not end it). */
function continuesOut(slice: string, escape: string): boolean {
  const lines = slice.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trimEnd();
    if (line === '' || line.trimStart().startsWith('#')) continue;
    return endsInEscape(line, escape);
  }
  return false;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function moveSpan(s: Span, by: number): void {
  s.start += by;
  s.end += by;
}

/** The instruction moved `by` characters on and into `stage`, in place. */
function moveInstruction(ins: DockerInstruction, by: number, stage: number): DockerInstruction {
  moveSpan(ins.keywordSpan, by);
  moveSpan(ins.span, by);
  if (ins.args) moveSpan(ins.args, by);
  for (const f of ins.flags) moveSpan(f, by);
  ins.stage = stage;
  return ins;
}
