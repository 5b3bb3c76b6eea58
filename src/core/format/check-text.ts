// `layer-lens check` for people: one `path:line:column: severity rule: message` line per finding (the form
// terminals and editors turn into links), its fixes and related places indented below, then a count.
import { SEVERITIES, type Severity } from '../images/model';
import type { CheckFile, CheckSummary } from './findings';
import { visible } from './text';

export interface CheckTextOptions {
  color?: boolean;
}

const COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '2' };

export function formatCheckText(files: readonly CheckFile[], summary: CheckSummary, options: CheckTextOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const file of files) {
    for (const f of file.findings) {
      out.push(`${paint('1', visible(`${file.path}:${f.line}:${f.column}`))}: ${paint(COLOR[f.severity], f.severity)} ${f.rule}: ${visible(f.message)}`);
      for (const fix of f.fixes) {
        const others = [...new Set(fix.edits.map((e) => e.path).filter((p) => p !== file.path))];
        const also = others.length > 0 ? ` (also edits ${others.map(visible).join(', ')})` : '';
        out.push(`    fix: ${visible(fix.title)}${also}`);
      }
      for (const r of f.related ?? []) out.push(`    see: ${visible(`${r.path}:${r.line}:${r.column}`)} ${visible(r.message)}`);
    }
  }
  out.push(summaryLine(summary, files.length));
  return out.join('\n') + '\n';
}

function summaryLine(s: CheckSummary, withFindings: number): string {
  const checked = `${s.checked} ${s.checked === 1 ? 'file' : 'files'} checked`;
  if (s.findings === 0) return `No findings in ${checked}.`;
  const parts = SEVERITIES
    .filter((sev) => s.bySeverity[sev] > 0)
    .map((sev) => `${s.bySeverity[sev]} ${sev === 'info' || s.bySeverity[sev] === 1 ? sev : `${sev}s`}`);
  return `${s.findings} ${s.findings === 1 ? 'finding' : 'findings'} (${parts.join(', ')}) in ${withFindings} of ${checked}.`;
}
