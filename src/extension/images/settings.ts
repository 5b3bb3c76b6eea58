// Typed reads of the image settings (declared in package.json): which rules report and how loudly, the CodeLens
// switch, and how many files the workspace index reads. Read per use, so changes apply without a reload.
import * as vscode from 'vscode';
import type { RuleId, Severity } from '../../core/images';
import { SECTION } from '../config';

/** A rule's setting: its own severity ("off" silences it). Absent means the severity the rule gives. */
export type RuleLevel = Severity | 'off';

const LEVELS: readonly string[] = ['off', 'error', 'warning', 'info', 'hint'];

/** The severity to show a finding with, or undefined when the user turned its rule off. */
export function effectiveSeverity(scope: vscode.ConfigurationScope | undefined, rule: RuleId, severity: Severity): Severity | undefined {
  const rules = vscode.workspace.getConfiguration(SECTION, scope).get<Record<string, unknown>>('rules') ?? {};
  const level = rules[rule];
  if (typeof level !== 'string' || !LEVELS.includes(level)) return severity;
  return level === 'off' ? undefined : (level as Severity);
}

export function codeLensEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('codeLens.enabled', true);
}

/** The most files the workspace index reads; the rest are left out (the index says it was truncated). */
export function maxIndexedFiles(): number {
  const n = vscode.workspace.getConfiguration(SECTION).get<number>('images.maxFiles', 5000);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 5000;
}
