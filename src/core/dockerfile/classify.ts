// Dockerfile semantics beyond keywords: the final stage, ARG before FROM, ONBUILD, flags, directives.
import { dockerfileNotes, entries } from '../tables';
import type { ClassifiedField, Note } from '../types';
import type { DockerfileModel, DockerInstruction, Span } from './model';
import { stageChain } from './stages';

export interface DockerfileFields {
  /** One field per instruction (the JSON contract). */
  fields: ClassifiedField[];
  /** Flags and parser directives: answered on hover, not listed as fields. */
  extras: ClassifiedField[];
}

export function classifyDockerfile(model: DockerfileModel): DockerfileFields {
  const fields: ClassifiedField[] = [];
  const extras: ClassifiedField[] = [];
  const inImage = stagesInFinalImage(model);
  for (const ins of model.instructions) {
    const entryId = instructionEntryId(ins);
    const field = make(ins.keyword, ins.keyword, entryId, ins.keywordSpan, ins.args);
    const note = noteFor(ins, inImage, model);
    if (note) field.note = note;
    fields.push(field);
    for (const flag of ins.flags) {
      const flagId = `df.flag.${flag.name}`;
      // An unknown flag still belongs to its instruction's layer.
      const id = entries[flagId] ? flagId : entryId;
      extras.push(make(`${ins.keyword} --${flag.name}`, `--${flag.name}`, id, flag));
    }
  }
  for (const d of model.directives) {
    const id = entries[`df.directive.${d.name}`] ? `df.directive.${d.name}` : 'df.unknown';
    extras.push(make(`# ${d.name}`, d.name, id, d.nameSpan, d.span));
  }
  return { fields, extras };
}

function instructionEntryId(ins: DockerInstruction): string {
  if (ins.keyword === 'ARG' && ins.stage === -1) return 'df.ARG.global';
  const id = `df.${ins.keyword}`;
  return entries[id] ? id : 'df.unknown';
}

/** Why this occurrence behaves differently from what its keyword suggests. */
function noteFor(ins: DockerInstruction, inImage: Set<number>, model: DockerfileModel): Note | undefined {
  if (ins.keyword === 'ARG' && ins.stage === -1) return dockerfileNotes.argBeforeFrom;
  if (ins.keyword === 'ONBUILD') return dockerfileNotes.onbuild;
  if (ins.stage >= 0 && !inImage.has(ins.stage)) {
    const note = (dockerfileNotes.nonFinalStage as Record<string, Note | undefined>)[ins.keyword];
    if (note) {
      const stage = model.stages[ins.stage];
      return stage.name ? { ...note, text: `${note.text} (stage \`${stage.name}\`)` } : note;
    }
  }
  return undefined;
}

/**
 * The final stage and the stages it is built FROM (`FROM build AS final` inherits `build`'s CMD, ENV,
 * EXPOSE…): their settings reach the image. Other stages only feed files into the build.
 */
function stagesInFinalImage(model: DockerfileModel): Set<number> {
  const last = model.stages[model.stages.length - 1];
  return new Set(last ? stageChain(model, last).map((s) => s.index) : []);
}

function make(path: string, key: string, entryId: string, at: Span, value?: Span): ClassifiedField {
  const field: ClassifiedField = {
    document: 0,
    keyStart: at.start,
    keyEnd: at.end,
    path,
    key,
    entryId,
    entry: entries[entryId],
  };
  if (value) {
    field.valueStart = value.start;
    field.valueEnd = value.end;
  }
  return field;
}
