// Shared by the integration tests: the fixture workspace, activation, hovers and settings, all through the real
// `vscode` API (no mocks). Bundled into each *.test.js by scripts/build.mjs.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { classifyFile, fieldAt, toReportField, type FileKind, type PatchTarget } from '../../src/core';
import type { LayerLensApi } from '../../src/extension/extension';

/** The compiled tests run from out/test/suite; the fixtures stay in the source tree. */
export const WORKSPACE = path.resolve(__dirname, '../../../test/fixtures/workspace');

export function fixture(relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(WORKSPACE, relative));
}

export async function activate(): Promise<LayerLensApi> {
  const ext = vscode.extensions.getExtension<LayerLensApi>('layer-lens.layer-lens');
  assert.ok(ext, 'the extension under test is installed');
  return ext.activate();
}

export async function open(relative: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixture(relative));
}

/** Position `delta` characters into the `nth` (0-based) occurrence of `needle`. */
export function positionOf(document: vscode.TextDocument, needle: string, nth = 0, delta = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' occurs ${nth + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(at + delta);
}

/** Layer Lens hovers begin with this (the `layers` codicon before the badge). */
export const HOVER_MARK = '$(layers) **';

export interface LayerHover {
  text: string;
  range?: vscode.Range;
  /** What the hover's Markdown may run: Layer Lens trusts it for its own commands only. */
  isTrusted?: boolean | { readonly enabledCommands: readonly string[] };
}

function contentText(c: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof c === 'string' ? c : c.value;
}

/** Layer Lens's hover at a position, or undefined when it gives none (other providers' hovers ignored). */
export async function layerHover(document: vscode.TextDocument, position: vscode.Position): Promise<LayerHover | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
  for (const h of hovers) {
    const text = h.contents.map(contentText).join('\n');
    const markdown = h.contents.find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c);
    if (text.includes(HOVER_MARK)) return { text, range: h.range, isTrusted: markdown?.isTrusted };
  }
  return undefined;
}

/** Like layerHover, but the hover must exist. */
export async function mustHover(document: vscode.TextDocument, needle: string, nth = 0, delta = 0): Promise<LayerHover> {
  const hover = await layerHover(document, positionOf(document, needle, nth, delta));
  assert.ok(hover, `a Layer Lens hover on '${needle}' (#${nth}) in ${path.basename(document.uri.path)}`);
  return hover;
}

/** The core's own answer at a position: what the hover must say. */
export function coreAnswer(document: vscode.TextDocument, position: vscode.Position, kind: FileKind, patchTarget?: PatchTarget) {
  const file = classifyFile(document.uri.fsPath, document.getText(), { kind, patchTarget });
  const hit = fieldAt(file, document.offsetAt(position));
  assert.ok(hit, `the core finds a field at ${position.line + 1}:${position.character + 1}`);
  return { field: hit.field, report: toReportField(file, hit.field) };
}

/**
 * The hover links the entry's documentation exactly when the entry has a source (the tables are gaining them):
 * `[$(link-external) Docs](<source>)`, a plain https link VS Code opens in the browser.
 */
export function assertDocsLink(hover: LayerHover, source: string): void {
  if (source) assert.ok(hover.text.includes(`Docs](${source})`), `Docs link to ${source} in:\n${hover.text}`);
  else assert.doesNotMatch(hover.text, /\$\(link-external\) Docs\]\(/, 'no Docs link for an entry without a source');
}

/** The first line of a hover: the badge, then (detailed) phase and path. */
export function firstLine(hover: LayerHover): string {
  return hover.text.split('\n')[0];
}

/**
 * Sets a `layerLens.*` setting for the duration of `body`, then restores what was there. Waits until the extension
 * host sees the new value, so the next hover reads it.
 */
export async function withSetting<T>(
  key: string,
  value: unknown,
  body: () => Promise<T>,
  target: vscode.ConfigurationTarget = vscode.ConfigurationTarget.Global,
  languageId?: string,
): Promise<T> {
  const scope = languageId ? { languageId } : undefined;
  const config = () => vscode.workspace.getConfiguration('layerLens', scope);
  const inspected = config().inspect(key);
  const before = languageId
    ? target === vscode.ConfigurationTarget.Global
      ? inspected?.globalLanguageValue
      : inspected?.workspaceLanguageValue
    : target === vscode.ConfigurationTarget.Global
      ? inspected?.globalValue
      : inspected?.workspaceValue;
  await config().update(key, value, target, languageId !== undefined);
  await until(() => JSON.stringify(config().get(key)) === JSON.stringify(value), `layerLens.${key} = ${JSON.stringify(value)}`);
  try {
    return await body();
  } finally {
    await config().update(key, before, target, languageId !== undefined);
  }
}

/** Polls `check` until it holds (or fails the test after `ms`). */
export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
