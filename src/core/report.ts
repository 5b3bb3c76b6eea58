// The whole-file explanation: fields grouped by layer, counts, the orchestrator, cross-layer notes.
// Every output format (CLI text/markdown/json, the editor's explain view) renders this one structure.
import type { ClassifiedFile } from './classify-file';
import type { ValueField, ValueLayer } from './helm/model';
import { crossLayerNote } from './tables/cross-notes';
import { LAYERS } from './types';
import type { ClassifiedField, Counterpart, FeatureState, FileKind, GuideId, Layer, LayerEntry, Orchestrator, Phase } from './types';

/** One field as the JSON contract writes it (1-based line and column). */
export interface ReportField {
  document: number;
  line: number;
  column: number;
  path: string;
  resource?: string;
  layer: Layer;
  phase: Phase;
  summary: string;
  counterparts: Counterpart[];
  guide: GuideId;
  /** Present (true) only for guesses about unknown kinds. */
  inferred?: boolean;
  /** Present only where this occurrence behaves unlike its keyword or key suggests. */
  note?: string;
  /** The primary documentation page the summary is written from. */
  source: string;
  /** Kubernetes feature state and the version that gave it, where the field is not GA or is recent. */
  state?: FeatureState;
  since?: string;
  /** The page that backs `note`. */
  noteSource?: string;
}

/** A key of a Helm values file as the JSON contract writes it: its layer (null when unused) and what it feeds. */
export interface ValueReportField {
  document: number;
  line: number;
  column: number;
  path: string;
  layer: ValueLayer;
  feeds: { template: string; line: number; kind: string; path: string; layer: Layer; condition?: boolean }[];
}

export interface ReportNote {
  line: number;
  column: number;
  path: string;
  text: string;
  source: string;
}

export interface Report {
  path: string;
  kind: FileKind;
  /** Who acts on the schedule/scale fields, when any exist. */
  orchestrators: Orchestrator[];
  counts: Record<Layer, number>;
  /** Every field in document order (the JSON contract's order). */
  fields: ReportField[];
  /** build/run first, then schedule/scale; fields in document order inside each. */
  groups: { layer: Layer; fields: ReportField[] }[];
  notes: ReportNote[];
  problems: { line: number; column: number; message: string }[];
  skipped?: string;
  /** A Helm values file: every key (then `fields` is empty). */
  values?: ValueReportField[];
}

export function buildReport(analysis: ClassifiedFile): Report {
  const fields = analysis.fields.map((f) => toReportField(analysis, f));
  const counts = { 'build/run': 0, 'schedule/scale': 0 } as Record<Layer, number>;
  for (const f of fields) counts[f.layer]++;
  const report: Report = {
    path: analysis.path,
    kind: analysis.kind,
    orchestrators: orchestratorsOf(analysis),
    counts,
    fields,
    groups: LAYERS.map((layer) => ({ layer, fields: fields.filter((f) => f.layer === layer) })),
    notes: fields.flatMap((f) =>
      f.note ? [{ line: f.line, column: f.column, path: f.path, text: f.note, source: f.noteSource ?? f.source }] : [],
    ),
    problems: analysis.problems.map((p) => {
      const pos = analysis.lines.positionAt(p.offset);
      return { line: pos.line + 1, column: pos.character + 1, message: p.message };
    }),
  };
  if (analysis.skipped) report.skipped = analysis.skipped;
  if (analysis.values) report.values = analysis.values.map((v) => toValueReportField(analysis, v));
  return report;
}

export function toReportField(analysis: ClassifiedFile, f: ClassifiedField): ReportField {
  const pos = analysis.lines.positionAt(f.keyStart);
  const out = {
    document: f.document,
    line: pos.line + 1,
    column: pos.character + 1,
    path: f.path,
    layer: f.entry.layer,
    phase: f.entry.phase,
    summary: f.entry.summary,
    counterparts: f.entry.counterparts,
    guide: f.entry.guide,
  } as ReportField;
  if (f.resource) out.resource = f.resource;
  if (f.inferred) out.inferred = true;
  const note = f.note ?? crossLayerNote(f);
  if (note) out.note = note.text;
  // Keys added after the first release go last, so the contract's older keys keep their order.
  out.source = f.entry.source;
  if (f.entry.state) out.state = f.entry.state;
  if (f.entry.since) out.since = f.entry.since;
  if (note) out.noteSource = note.source;
  return out;
}

function toValueReportField(analysis: ClassifiedFile, v: ValueField): ValueReportField {
  const pos = analysis.lines.positionAt(v.keyStart);
  return { document: v.document, line: pos.line + 1, column: pos.character + 1, path: v.path, layer: v.layer, feeds: v.feeds };
}

/** Who acts on a schedule/scale field: the entry says, else Kubernetes for manifests and Swarm for Compose. */
export function orchestratorOf(entry: LayerEntry, kind: FileKind): Orchestrator {
  return entry.orchestrator ?? (kind === 'compose' ? 'swarm' : 'kubernetes');
}

function orchestratorsOf(analysis: ClassifiedFile): Orchestrator[] {
  const found = new Set<Orchestrator>();
  for (const f of analysis.fields) {
    if (f.entry.layer !== 'schedule/scale') continue;
    found.add(orchestratorOf(f.entry, analysis.kind));
  }
  return [...found];
}
