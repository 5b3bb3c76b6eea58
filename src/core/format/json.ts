// The JSON contract other tools read. Keep it stable: add optional keys only, never rename or reorder.
//   {"files":[{"path","kind","error"?,"fields":[ReportField…]}]}   fields in document order.
import type { Report, ReportField, ValueReportField } from '../report';
import type { FileKind } from '../types';
import { kindName } from './labels';

export interface JsonFile {
  path: string;
  kind: FileKind;
  /** Why the file was not (fully) explained: unreadable, not a recognized kind, skipped, or a parse error. */
  error?: string;
  /** A Helm values file lists its keys here: `{document, line, column, path, layer, feeds}`. */
  fields: ReportField[] | ValueReportField[];
}

export interface JsonOutput {
  files: JsonFile[];
}

/** One file of the contract; `caveat` (a reason from the caller, such as bad UTF-8) comes before the report's own. */
export function jsonFile(report: Report, caveat?: string): JsonFile {
  const { path, kind } = report;
  const reasons = [caveat, reportError(report)].filter((r) => r !== undefined);
  const fields = report.values ?? report.fields;
  // Built key by key so the output always reads path, kind, error, fields.
  return reasons.length === 0 ? { path, kind, fields } : { path, kind, error: reasons.join('; '), fields };
}

/** A file that produced no report (it could not be read). */
export function jsonFailure(path: string, error: string): JsonFile {
  return { path, kind: 'unknown', error, fields: [] };
}

export function formatJson(files: JsonFile[]): string {
  return JSON.stringify({ files } satisfies JsonOutput, null, 2) + '\n';
}

/** The report's own reason: skipped, not recognized, or the first parse problem (fields cover what parsed). */
export function reportError(report: Report): string | undefined {
  if (report.skipped) return report.skipped;
  if (report.kind === 'unknown') return kindName('unknown');
  const [first, ...rest] = report.problems;
  if (!first) return undefined;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return `parse error at ${first.line}:${first.column}: ${first.message}${more}`;
}
