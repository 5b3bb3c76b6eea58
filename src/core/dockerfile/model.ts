// A Dockerfile as Layer Lens needs it: stages, instructions with exact offsets, flags and directives.
// dockerfile-ast does the parsing (continuations, escape directive, heredocs, JSON forms); this only
// turns its line/character ranges into offsets once and records which stage each instruction is in.
import { DockerfileParser, type Flag, type From, type Instruction } from 'dockerfile-ast';
import type { LineIndex } from '../text';

export interface Span {
  start: number;
  end: number;
}

export interface DockerFlag extends Span {
  /** Flag name without dashes: `from`, `mount`, `platform`. */
  name: string;
  value?: string;
}

export interface DockerInstruction {
  /** Upper-case keyword as written (`FROM`, `CMD`); ONBUILD keeps its own keyword. */
  keyword: string;
  keywordSpan: Span;
  /** The whole instruction, continuations included. */
  span: Span;
  args?: Span;
  /** Raw argument text (continuations included), for rules that read commands. */
  argsText: string;
  flags: DockerFlag[];
  /** Index into `stages`; -1 for instructions before the first FROM (only ARG is legal there). */
  stage: number;
  /** ONBUILD's trigger keyword (`RUN`), when present. */
  trigger?: string;
}

export interface DockerStage {
  index: number;
  /** `AS name`, when given. */
  name?: string;
  /** Image reference after FROM, as written (may hold `${VAR}`). */
  image?: string;
  imageSpan?: Span;
  final: boolean;
}

export interface DockerDirective {
  name: string;
  value: string;
  nameSpan: Span;
  span: Span;
}

export interface DockerfileModel {
  instructions: DockerInstruction[];
  stages: DockerStage[];
  directives: DockerDirective[];
}

export function parseDockerfile(text: string, lines: LineIndex): DockerfileModel {
  const ast = DockerfileParser.parse(text);
  const span: ToSpan = (r) => ({
    start: lines.offsetAt(r.start),
    end: lines.offsetAt(r.end),
  });

  const stages: DockerStage[] = [];
  const instructions: DockerInstruction[] = [];
  for (const ins of ast.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    if (keyword === 'FROM') stages.push(stageOf(ins, stages.length, span));
    instructions.push(instructionOf(ins, keyword, stages.length - 1, span, text));
  }
  if (stages.length > 0) stages[stages.length - 1].final = true;

  const directives = ast.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    nameSpan: span(d.getNameRange()),
    span: span(d.getRange()),
  }));
  return { instructions, stages, directives };
}

/** dockerfile-ast's (LSP) ranges, turned into offsets by `span`. */
interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
type ToSpan = (r: LspRange) => Span;

function instructionOf(ins: Instruction, keyword: string, stage: number, span: ToSpan, text: string): DockerInstruction {
  const argsRange = ins.getArgumentsRange();
  const args = argsRange ? span(argsRange) : undefined;
  const result: DockerInstruction = {
    keyword,
    keywordSpan: span(ins.getInstructionRange()),
    span: span(ins.getRange()),
    args,
    argsText: args ? text.slice(args.start, args.end) : '',
    flags: flagsOf(ins, span),
    stage,
  };
  if (keyword === 'ONBUILD') {
    const word = (ins as unknown as { getTriggerWord(): string | null }).getTriggerWord();
    if (word) result.trigger = word.toUpperCase();
  }
  return result;
}

function flagsOf(ins: Instruction, span: ToSpan): DockerFlag[] {
  const withFlags = ins as unknown as { getFlags?: () => Flag[] };
  if (typeof withFlags.getFlags !== 'function') return [];
  return withFlags.getFlags().map((f) => {
    const flag: DockerFlag = { name: f.getName().toLowerCase(), ...span(f.getRange()) };
    const value = f.getValue();
    if (value !== null) flag.value = value;
    return flag;
  });
}

function stageOf(ins: Instruction, index: number, span: ToSpan): DockerStage {
  const from = ins as unknown as From;
  const stage: DockerStage = { index, final: false };
  const name = from.getBuildStage();
  if (name) stage.name = name;
  const image = from.getImage();
  const range = from.getImageRange();
  if (image && range) {
    stage.image = image;
    stage.imageSpan = span(range);
  }
  return stage;
}
