// Plain-text explanation for people: one block per file, fields grouped by layer, then notes and counts.
//   path  (Kubernetes manifest)
//     build/run · Docker layer (2)
//       Deployment/web
//          9:9  spec.template.spec.containers[0].image — The image …  https://kubernetes.io/docs/…
import type { Report, ReportField } from '../report';
import { countsLine, featureStateText, kindName, layerTitle } from './labels';
import { valueLines, valuesCountsLine } from './values';

export interface TextOptions {
  /** ANSI colors; the caller decides (a TTY, NO_COLOR, FORCE_COLOR). */
  color?: boolean;
}

type Style = 'bold' | 'dim' | 'build' | 'schedule' | 'note' | 'problem';
const ANSI: Record<Style, string> = {
  bold: '1',
  dim: '2',
  build: '36', // cyan
  schedule: '35', // magenta
  note: '33', // yellow
  problem: '31', // red
};

export function formatText(report: Report, options: TextOptions = {}): string {
  // Everything from the file passes through `visible`, so a hostile key cannot drive the terminal.
  const paint = (style: Style, s: string) => (options.color ? `\x1b[${ANSI[style]}m${visible(s)}\x1b[0m` : visible(s));
  const out: string[] = [`${paint('bold', report.path)}  (${kindName(report.kind)})`];
  if (report.skipped) {
    out.push(`  skipped: ${visible(report.skipped)}`);
    return out.join('\n') + '\n';
  }
  const width = positionWidth(report);
  const where = (line: number, column: number) => paint('dim', `${line}:${column}`.padStart(width));
  if (report.values) {
    for (const v of report.values) out.push(...valueLines(v, where(v.line, v.column), '  ').map(visible));
    problemLines(report, where, paint, out);
    out.push(`  ${valuesCountsLine(report.values)}`);
    return out.join('\n') + '\n';
  }

  for (const group of report.groups) {
    const style = group.layer === 'build/run' ? 'build' : 'schedule';
    out.push(`  ${paint(style, layerTitle(group.layer, report))} (${group.fields.length})`);
    if (group.fields.length === 0) out.push('    (none)');
    let resource: string | undefined;
    for (const f of group.fields) {
      // Manifests hold many objects: a sub-heading whenever the object changes keeps paths short to scan.
      if (f.resource !== resource) {
        resource = f.resource;
        if (resource) out.push(`    ${paint('bold', resource)}`);
      }
      const indent = resource ? '      ' : '    ';
      const state = featureStateText(f);
      out.push(`${indent}${where(f.line, f.column)}  ${pathOf(f, paint)} — ${f.summary}${state ? ` (${state})` : ''}${docs(f.source, paint)}`);
    }
  }
  if (report.notes.length > 0) {
    out.push(`  ${paint('note', 'Notes')}`);
    for (const n of report.notes) out.push(`    ${where(n.line, n.column)}  ${visible(n.path)} — ${visible(n.text)}${docs(n.source, paint)}`);
  }
  problemLines(report, where, paint, out);
  out.push(`  ${countsLine(report)}`);
  return out.join('\n') + '\n';
}

function problemLines(report: Report, where: (line: number, column: number) => string, paint: (style: Style, s: string) => string, out: string[]): void {
  if (report.problems.length === 0) return;
  out.push(`  ${paint('problem', 'Problems')} (the fields above cover what parsed)`);
  for (const p of report.problems) out.push(`    ${where(p.line, p.column)}  ${visible(p.message)}`);
}

function pathOf(f: ReportField, paint: (style: Style, s: string) => string): string {
  return f.inferred ? `${visible(f.path)} ${paint('note', '(inferred)')}` : visible(f.path);
}

/** The page a sentence is written from, after it (terminals make the URL clickable), or '' when unknown. */
function docs(source: string, paint: (style: Style, s: string) => string): string {
  return source ? `  ${paint('dim', source)}` : '';
}

/** Control characters (ESC above all) written as `\xNN`. */
export function visible(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Width of the widest `line:col`, so the paths line up. */
function positionWidth(report: Report): number {
  let width = 0;
  for (const f of report.values ?? report.fields) width = Math.max(width, `${f.line}:${f.column}`.length);
  for (const n of report.notes) width = Math.max(width, `${n.line}:${n.column}`.length);
  for (const p of report.problems) width = Math.max(width, `${p.line}:${p.column}`.length);
  return width;
}
