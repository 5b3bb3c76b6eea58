// Typed reads of the image settings (declared in package.json): which rules report and how loudly, the CodeLens
// switch, and how many files the workspace index reads. Read per use, so changes apply without a reload; what the
// values mean is src/core/settings.ts, shared with the language server.
import * as vscode from 'vscode';
import { maxIndexedFilesFrom, ruleSeveritiesFrom, type SeverityOf } from '../../core/settings';
import { SECTION } from '../config';

export type { SeverityOf };

/** The user's rule levels in a scope, read once for all of a document's findings. */
export function ruleSeverities(scope: vscode.ConfigurationScope | undefined): SeverityOf {
  const s = vscode.workspace.getConfiguration(SECTION, scope);
  return ruleSeveritiesFrom((name, fallback) => s.get(name, fallback));
}

export function codeLensEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('codeLens.enabled', true);
}

/** The most files the workspace index reads; the rest are left out (the index says it was truncated). */
export function maxIndexedFiles(): number {
  const s = vscode.workspace.getConfiguration(SECTION);
  return maxIndexedFilesFrom((name, fallback) => s.get(name, fallback));
}
