// Typed reads of the image settings (declared in package.json): which rules report and how loudly, the CodeLens
// switch, and how many files the workspace index reads. Read per use, so changes apply without a reload.
import * as vscode from 'vscode';
import type { RuleId, Severity } from '../../core/images';
import { SEVERITIES } from '../../core/types';
import { SECTION } from '../config';

/** What a rule's setting may hold: its own severity, or "off" to silence it. Absent: the severity the rule gives. */
const LEVELS: readonly string[] = ['off', ...SEVERITIES];

/** A finding's severity as the user set its rule, or undefined when the rule is off. */
export type SeverityOf = (rule: RuleId, severity: Severity) => Severity | undefined;

/** The user's rule levels in a scope, read once for all of a document's findings. */
export function ruleSeverities(scope: vscode.ConfigurationScope | undefined): SeverityOf {
  const rules = vscode.workspace.getConfiguration(SECTION, scope).get<Record<string, unknown>>('rules') ?? {};
  return (rule, severity) => {
    const level = rules[rule];
    if (typeof level !== 'string' || !LEVELS.includes(level)) return severity;
    return level === 'off' ? undefined : (level as Severity);
  };
}

export function codeLensEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('codeLens.enabled', true);
}

/** The most files the workspace index reads; the rest are left out (the index says it was truncated). */
export function maxIndexedFiles(): number {
  const n = vscode.workspace.getConfiguration(SECTION).get<number>('images.maxFiles', 5000);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 5000;
}
