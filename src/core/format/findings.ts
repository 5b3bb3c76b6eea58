// Image findings with line/column positions: the JSON contract of `layer-lens check --format json`, and what
// the text and SARIF writers read. Positions are 1-based, columns in UTF-16 code units, `endColumn` exclusive.
//   {"files":[{"path","findings":[{"rule","severity","line","column","endLine","endColumn","message",
//     "fixes":[{"title","preferred"?,"edits":[{"path","line","column","endLine","endColumn","newText"}]}],
//     "related"?:[{"path","line","column","endLine","endColumn","message"}]}]}],
//    "summary":{"checked","findings","bySeverity","byRule"}}
// Keep it stable: add optional keys only, never rename or reorder.
import type { Finding, RuleId, Severity } from '../images';
import { LineIndex } from '../text';

export interface CheckRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CheckEdit extends CheckRange {
  path: string;
  newText: string;
}

export interface CheckFix {
  title: string;
  preferred?: boolean;
  edits: CheckEdit[];
}

export interface CheckRelated extends CheckRange {
  path: string;
  message: string;
}

export interface CheckFinding extends CheckRange {
  rule: RuleId;
  severity: Severity;
  message: string;
  fixes: CheckFix[];
  related?: CheckRelated[];
}

export interface CheckFile {
  path: string;
  findings: CheckFinding[];
}

export interface CheckSummary {
  /** Files read into the index. */
  checked: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byRule: Partial<Record<RuleId, number>>;
}

export interface CheckOutput {
  files: CheckFile[];
  summary: CheckSummary;
}

/** Where the findings' offsets point: each indexed path's text, and the path to show for it. */
export interface FindingSource {
  text(path: string): string | undefined;
  display(path: string): string;
}

/** Findings grouped by file in first-seen order, each file's sorted by position. */
export function locateFindings(findings: readonly Finding[], source: FindingSource): CheckFile[] {
  const lines = new Map<string, LineIndex>();
  const range = (path: string, start: number, end: number): CheckRange => {
    let index = lines.get(path);
    if (!index) {
      index = new LineIndex(source.text(path) ?? '');
      lines.set(path, index);
    }
    const a = index.positionAt(start);
    const b = index.positionAt(end);
    return { line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  const byPath = new Map<string, { finding: Finding; located: CheckFinding }[]>();
  for (const f of findings) {
    const located: CheckFinding = {
      rule: f.rule,
      severity: f.severity,
      ...range(f.path, f.start, f.end),
      message: f.message,
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        ...(fix.preferred ? { preferred: true } : {}),
        edits: fix.edits.map((e) => ({ path: source.display(e.path), ...range(e.path, e.start, e.end), newText: e.newText })),
      })),
    };
    if (f.related?.length) {
      located.related = f.related.map((r) => ({ path: source.display(r.path), ...range(r.path, r.start, r.end), message: r.message }));
    }
    const list = byPath.get(f.path) ?? [];
    list.push({ finding: f, located });
    byPath.set(f.path, list);
  }
  return [...byPath].map(([path, list]) => ({
    path: source.display(path),
    findings: list.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end).map((x) => x.located),
  }));
}

export function summarize(files: readonly CheckFile[], checked: number): CheckSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  let findings = 0;
  for (const file of files) {
    for (const f of file.findings) {
      findings++;
      bySeverity[f.severity]++;
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    }
  }
  return { checked, findings, bySeverity, byRule };
}

export function formatCheckJson(output: CheckOutput): string {
  return JSON.stringify(output, null, 2) + '\n';
}
