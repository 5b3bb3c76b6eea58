// The "Explain This File" report as plain text: the core's Report laid out for reading in an editor (the
// extension shows it as the `layer-lens:` document). The grammar in syntaxes/layer-lens-report.tmLanguage.json colors exactly these lines, and the link
// provider finds `L<line>:<col>` at the start of field lines. Change the layout and both follow.
import type { ClassifiedFile } from '../classify-file';
import { buildReport, type ReportNote } from '../report';
import type { ClassifiedField, FileKind, Layer } from '../types';
import { badge, counterpartText, featureStateText, kindName } from './labels';
import { valueReportLines, valuesCountsLine } from './values';

export { FEED_LINE } from './values';

export interface ReportSource {
  /** File name shown in the title. */
  name: string;
  /** Full path or URI shown under the title. */
  location: string;
}

/** Width of the `L12:5` column, so paths line up. */
const LOCATION_WIDTH = 10;
const DETAIL_INDENT = ' '.repeat(2 + LOCATION_WIDTH);

/** Field lines start with two spaces and `L<line>:<col>`: the link provider and the grammar rely on it. */
export const FIELD_LINE = /^ {2}(L(\d+):(\d+)) +(.*?)(?: {2}\[[a-z]+\](?: \(inferred\))?)?$/;

export function renderReport(analysis: ClassifiedFile, source: ReportSource): string {
  const report = buildReport(analysis);
  const kind = analysis.kind === 'unknown' ? 'unrecognized file' : kindName(analysis.kind);
  const out: string[] = [`Layer Lens · ${kind} · ${source.name}`, `Source:        ${source.location}`];
  if (report.skipped) {
    out.push(`Skipped:       ${report.skipped}`);
    return out.join('\n') + '\n';
  }
  if (report.values) {
    out.push(`Keys:          ${valuesCountsLine(report.values).replace(/^\d+ keys: /, `${report.values.length} · `)}`);
    if (report.problems.length > 0) out.push(`Problems:      ${report.problems.length}, listed at the end; the keys cover what parsed`);
    out.push('', heading('Values', report.values.length, 'key'), ...valueReportLines(report.values, fieldLine, DETAIL_INDENT));
    problemLines(report.problems, out);
    return out.join('\n') + '\n';
  }
  const total = report.counts['build/run'] + report.counts['schedule/scale'];
  out.push(
    `Fields:        ${total} · build/run ${report.counts['build/run']} · schedule/scale ${report.counts['schedule/scale']}`,
    `Orchestrator:  ${orchestratorLine(report.orchestrators)}`,
  );
  const objects = resources(analysis.fields);
  if (objects.length > 0) out.push(`Objects:       ${objects.join(', ')}`);
  if (report.problems.length > 0) out.push(`Problems:      ${report.problems.length}, listed at the end; the fields cover what parsed`);

  const notes = topmostNotes(report.notes);
  if (notes.length > 0) {
    out.push('', heading('Notes', notes.length, 'note'));
    for (const n of notes) {
      out.push(fieldLine(n.line, n.column, n.path), DETAIL_INDENT + `⚑ ${n.text}`);
      if (n.source) out.push(DETAIL_INDENT + docsLine('', n.source));
    }
  }

  const scopes = scopeLabels(analysis);
  const byLayer = fieldIndexesByLayer(analysis);
  // Only schedule/scale headings name an orchestrator: the first one acting here, else who would act.
  const orchestrator = report.orchestrators[0] ?? defaultOrchestrator(analysis);
  // The report's groups hold every field already rendered for reading (position, summary, note), in document
  // order within each layer: the same order as `byLayer`, so the k-th member is the k-th group field.
  for (const { layer, fields } of report.groups) {
    const members = byLayer[layer];
    out.push('', heading(badge(layer, orchestrator), members.length, 'field'));
    if (members.length === 0) out.push(`  (none${layer === 'schedule/scale' ? emptyOrchestration(analysis) : ''})`);
    let scope: string | undefined;
    let lastEntry: string | undefined;
    let lastNote: string | undefined;
    members.forEach((i, k) => {
      const f = analysis.fields[i];
      if (scopes[i] !== scope) {
        scope = scopes[i];
        lastEntry = lastNote = undefined;
        if (scope) out.push(`  ▸ ${scope}`);
      }
      const r = fields[k];
      out.push(fieldLine(r.line, r.column, r.path) + `  [${r.phase}]` + (r.inferred ? ' (inferred)' : ''));
      // Keys under a parent share its entry (labels, a ConfigMap's data, a probe's settings): explain once per
      // run of the same entry, not once per key.
      if (f.entryId !== lastEntry) {
        out.push(DETAIL_INDENT + r.summary);
        if (r.counterparts.length > 0) out.push(DETAIL_INDENT + '↔ ' + r.counterparts.map((c) => counterpartText(c)).join(' · '));
        const docs = docsLine(featureStateText(r), r.source);
        if (docs) out.push(DETAIL_INDENT + docs);
      }
      if (r.note && (f.entryId !== lastEntry || r.note !== lastNote)) out.push(DETAIL_INDENT + `⚑ ${r.note}`);
      lastEntry = f.entryId;
      lastNote = r.note;
    });
  }

  problemLines(report.problems, out);
  return out.join('\n') + '\n';
}

function problemLines(problems: { line: number; column: number; message: string }[], out: string[]): void {
  if (problems.length === 0) return;
  out.push('', heading('Problems', problems.length, 'problem'));
  for (const p of problems) out.push(fieldLine(p.line, p.column, p.message.split('\n')[0]));
}

/**
 * Notes once per subtree: keys below a noted key inherit its entry and so its note (every `env[3].name` would
 * repeat what `env` says); keep a note only where no noted ancestor already says the same.
 */
function topmostNotes(notes: ReportNote[]): ReportNote[] {
  const kept: ReportNote[] = [];
  // Per note text, the paths kept with it: an ancestor of `a.b[2].c` is a prefix ending before a `.` or `[`, so
  // looking each one up keeps this linear in the notes (times path length) rather than quadratic.
  const keptPaths = new Map<string, Set<string>>();
  for (const n of notes) {
    let paths = keptPaths.get(n.text);
    if (paths && hasAncestorIn(n.path, paths)) continue;
    if (!paths) keptPaths.set(n.text, (paths = new Set()));
    paths.add(n.path);
    kept.push(n);
  }
  return kept;
}

function hasAncestorIn(path: string, paths: Set<string>): boolean {
  for (let i = 0; i < path.length; i++) {
    if ((path[i] === '.' || path[i] === '[') && paths.has(path.slice(0, i))) return true;
  }
  return false;
}

/** Indexes into `analysis.fields` of each layer's fields, in document order (one pass). */
function fieldIndexesByLayer(analysis: ClassifiedFile): Record<Layer, number[]> {
  const byLayer: Record<Layer, number[]> = { 'build/run': [], 'schedule/scale': [] };
  analysis.fields.forEach((f, i) => byLayer[f.entry.layer].push(i));
  return byLayer;
}

function fieldLine(line: number, column: number, text: string): string {
  return `  ${`L${line}:${column}`.padEnd(LOCATION_WIDTH - 1)} ${text}`;
}

/**
 * "beta since 1.33 · Docs: https://…": the feature state and the page the sentence is written from, or '' when
 * there is neither. VS Code makes the bare URL clickable; the grammar scopes both parts.
 */
function docsLine(state: string, source: string): string {
  return [state, source && `Docs: ${source}`].filter(Boolean).join(' · ');
}

function heading(title: string, count: number, noun: string): string {
  return `━━ ${title} ━━ ${count} ${noun}${count === 1 ? '' : 's'}`;
}

function orchestratorLine(orchestrators: string[]): string {
  if (orchestrators.length === 0) return 'none (nothing here is scheduled, scaled or rolled out)';
  return orchestrators.map((o) => (o === 'swarm' ? 'Docker Swarm (the deploy: keys)' : 'Kubernetes')).join(', ');
}

function defaultOrchestrator(analysis: ClassifiedFile) {
  return analysis.kind === 'compose' ? 'swarm' : 'kubernetes';
}

function emptyOrchestration(analysis: ClassifiedFile): string {
  if (analysis.kind === 'dockerfile') return ': a Dockerfile builds one image; where and how many copies run is decided by Compose, Swarm or Kubernetes';
  if (analysis.kind === 'compose') return ': no deploy: keys, so nothing here is for Swarm';
  return '';
}

/** `Kind/name` of every Kubernetes object, in document order. */
function resources(fields: ClassifiedField[]): string[] {
  const seen = new Set<string>();
  for (const f of fields) if (f.resource) seen.add(resourceLabel(f.resource));
  return [...seen];
}

/**
 * A Helm template's `name: {{ include "x" . }}` reaches the core masked as underscores. Kubernetes names never
 * hold `_` (they are DNS labels), so a run of them can only be a template action: show it as one.
 */
function resourceLabel(resource: string): string {
  return resource.replace(/_+/g, '{{…}}');
}

/**
 * The group a field is listed under inside its layer: the Dockerfile stage, the Compose service (or network,
 * volume…), the Kubernetes object. Computed over all fields in document order, before they split by layer.
 */
function scopeLabels(analysis: ClassifiedFile): (string | undefined)[] {
  if (analysis.kind === 'dockerfile') {
    let stage = 0;
    let label: string | undefined;
    return analysis.fields.map((f) => {
      if (f.path === 'FROM') {
        stage++;
        label = `stage ${stage}: FROM ${clip(analysis.text.slice(f.valueStart ?? f.keyEnd, f.valueEnd ?? f.keyEnd))}`;
      }
      return label ?? 'before the first FROM';
    });
  }
  if (analysis.kind === 'compose') {
    return analysis.fields.map((f) => COMPOSE_SCOPE.exec(f.path)?.[0] ?? 'top level');
  }
  const docs = new Set(analysis.fields.map((f) => f.document)).size;
  return analysis.fields.map((f) => {
    const where = docs > 1 ? ` · document ${f.document + 1}` : '';
    return (f.resource ? resourceLabel(f.resource) : UNNAMED_SCOPE[analysis.kind] ?? 'object') + where;
  });
}

/** The group of fields that belong to no named object: a kustomization's own keys, a patch with no known target. */
const UNNAMED_SCOPE: Partial<Record<FileKind, string>> = { kustomization: 'kustomization', 'json-patch': 'target not named by a kustomization' };

/** `services.api`, `volumes["db data"]`: a named entry of one of Compose's top-level maps. */
const COMPOSE_SCOPE = /^(?:services|networks|volumes|configs|secrets|models)(?:\.[^.[]+|\["(?:[^"\\]|\\.)*"\])/;

function clip(text: string): string {
  const one = text.replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 59) + '…' : one;
}
