// The workspace image rules (`layer-lens check`) as LSP diagnostics, at the severities `layerLens.rules` sets, and
// their fixes as quick-fix code actions.
import type { CodeAction, Diagnostic, DiagnosticSeverity, Position, TextEdit } from 'vscode-languageserver';
import { editsByPath, findingsIn, type Finding, type ImageIndex, type Severity } from '../core/images';
import type { SeverityOf } from '../core/settings';
import { locationIn, rangeIn, uriOf } from './locations';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

export const SOURCE = 'Layer Lens';

/** The findings of `key` at the severity `severityOf` gives their rule (`layerLens.rules`); a rule turned off gives none. */
export function diagnosticsFor(index: ImageIndex, key: string, severityOf: SeverityOf = (_rule, severity) => severity): Diagnostic[] {
  const text = index.facts(key)?.text;
  if (text === undefined) return [];
  return findingsIn(index, key).flatMap((f) => {
    const severity = severityOf(f.rule, f.severity);
    return severity ? [toDiagnostic(index, text, f, severity)] : [];
  });
}

function toDiagnostic(index: ImageIndex, text: string, f: Finding, severity: Severity = f.severity): Diagnostic {
  const d: Diagnostic = { range: rangeIn(text, f.start, f.end), severity: SEVERITY[severity], code: f.rule, source: SOURCE, message: f.message };
  const related = (f.related ?? []).flatMap((r) => {
    const location = locationIn(index, r.path, r.start, r.end);
    return location ? [{ location, message: r.message }] : [];
  });
  if (related.length > 0) d.relatedInformation = related;
  return d;
}

/** Quick fixes for the findings of `key` that the client's diagnostics name (same rule, same range). */
export function codeActionsFor(index: ImageIndex, key: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const text = index.facts(key)?.text;
  if (text === undefined) return [];
  const actions: CodeAction[] = [];
  for (const f of findingsIn(index, key)) {
    if (f.fixes.length === 0) continue;
    const own = toDiagnostic(index, text, f);
    const matching = diagnostics.filter((d) => d.code === f.rule && sameRange(d, own));
    if (matching.length === 0) continue;
    for (const fix of f.fixes) {
      const changes: Record<string, TextEdit[]> = {};
      for (const [path, edits] of editsByPath(fix.edits)) {
        const fileText = index.facts(path)?.text;
        // A fix whose other file the index no longer holds cannot be placed: offer nothing rather than a wrong edit.
        if (fileText === undefined) break;
        changes[uriOf(path)] = edits.map((e) => ({ range: rangeIn(fileText, e.start, e.end), newText: e.newText }));
      }
      if (Object.keys(changes).length !== editsByPath(fix.edits).size) continue;
      actions.push({ title: fix.title, kind: 'quickfix', diagnostics: matching, isPreferred: fix.preferred, edit: { changes } });
    }
  }
  return actions;
}

/** Field by field: clients serialize the keys in any order (Neovim's Lua tables have none). */
function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  const same = (p: Position, q: Position) => p.line === q.line && p.character === q.character;
  return same(a.range.start, b.range.start) && same(a.range.end, b.range.end);
}
