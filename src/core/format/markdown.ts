// Markdown explanation: a heading per file, a table per layer, notes as a list. Pastes into issues and PRs.
import type { Report, ReportField, ValueReportField } from '../report';
import { docsLink, inlineCode } from './inline';
import { countsLine, featureStateText, kindName, layerTitle } from './labels';
import { feedText, valueLayerText, valuesCountsLine } from './values';

export function formatMarkdown(report: Report): string {
  if (report.values) return valuesMarkdown(report, report.values);
  const out: string[] = [`## ${inlineCode(report.path)}`, '', `${kindName(report.kind)} · ${countsLine(report)}`, ''];
  if (report.skipped) {
    out.push(`Skipped: ${cell(report.skipped)}`, '');
    return out.join('\n');
  }
  const withResource = report.kind !== 'dockerfile' && report.kind !== 'compose';
  for (const group of report.groups) {
    out.push(`### ${layerTitle(group.layer, report)} (${group.fields.length})`, '');
    if (group.fields.length === 0) {
      out.push('None.', '');
      continue;
    }
    out.push(withResource ? '| Line | Object | Field | Phase | What it governs | Source |' : '| Line | Field | Phase | What it governs | Source |');
    out.push(withResource ? '| ---: | --- | --- | --- | --- | --- |' : '| ---: | --- | --- | --- | --- |');
    for (const f of group.fields) out.push(row(f, withResource));
    out.push('');
  }
  if (report.notes.length > 0) {
    out.push('### Notes', '');
    for (const n of report.notes) out.push(`- ${n.line}:${n.column} ${inlineCode(n.path)}: ${cell(n.text)}${n.source ? ` ${docsLink(n.source)}` : ''}`);
    out.push('');
  }
  if (report.problems.length > 0) {
    out.push('### Problems', '', 'The tables above cover what parsed.', '');
    for (const p of report.problems) out.push(`- ${p.line}:${p.column} ${cell(p.message)}`);
    out.push('');
  }
  return out.join('\n');
}

/** A values file: one row per key, its layer and every field it feeds. */
function valuesMarkdown(report: Report, values: ValueReportField[]): string {
  const out: string[] = [`## ${inlineCode(report.path)}`, '', `${kindName(report.kind)} · ${valuesCountsLine(values)}`, ''];
  out.push('| Line | Key | Layer | Feeds |', '| ---: | --- | --- | --- |');
  for (const v of values) {
    const feeds = v.feeds.map((f) => `feeds ${feedText(f)}`).join('<br>');
    out.push(`| ${v.line}:${v.column} | ${code(v.path)} | ${cell(valueLayerText(v.layer))} | ${cell(feeds)} |`);
  }
  out.push('');
  if (report.problems.length > 0) {
    out.push('### Problems', '', 'The table above covers what parsed.', '');
    for (const p of report.problems) out.push(`- ${p.line}:${p.column} ${cell(p.message)}`);
    out.push('');
  }
  return out.join('\n');
}

function row(f: ReportField, withResource: boolean): string {
  const field = code(f.path) + (f.inferred ? ' *(inferred)*' : '');
  const state = featureStateText(f);
  const phase = state ? `${f.phase} (${state})` : f.phase;
  const cells = [`${f.line}:${f.column}`, ...(withResource ? [f.resource ? code(f.resource) : ''] : []), field, phase, cell(f.summary), f.source ? docsLink(f.source) : ''];
  return `| ${cells.join(' | ')} |`;
}

/** Inline code inside a table cell: GitHub's tables need `\|` even inside a code span. */
function code(s: string): string {
  return cell(inlineCode(s));
}

/** Text safe inside a table cell: no pipes breaking columns, no newlines breaking rows. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
