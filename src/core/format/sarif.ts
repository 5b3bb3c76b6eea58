// SARIF 2.1.0 for `layer-lens check --format sarif`: what GitHub code scanning and other SARIF viewers read.
// Built from the located findings (1-based, UTF-16 columns, exclusive end: SARIF's own defaults), so the JSON
// and SARIF outputs can never disagree on a position. Fixes become `fixes[].artifactChanges[].replacements`.
import type { Severity } from '../images';
import type { CheckFile, CheckRange } from './findings';
import { RULE_INFO } from './rules';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The folder paths are relative to, as SARIF's `originalUriBaseIds` names it. */
export const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  version: string;
  /** A `file:` URI ending in '/': the folder the relative paths are relative to (the working directory). */
  root?: string;
}

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(files: readonly CheckFile[], options: SarifOptions): object {
  const ruleIndex = new Map(RULE_INFO.map((r, i) => [r.id, i]));
  const location = (path: string, range: CheckRange) => ({
    physicalLocation: { artifactLocation: artifact(path), region: region(range) },
  });
  const results = files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(file.path, f)],
      ...(f.related?.length
        ? { relatedLocations: f.related.map((r, id) => ({ id, ...location(r.path, r), message: { text: r.message } })) }
        : {}),
      ...(f.fixes.length
        ? {
            fixes: f.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: groupByPath(fix.edits).map(([path, edits]) => ({
                artifactLocation: artifact(path),
                replacements: edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })),
              })),
            })),
          }
        : {}),
    })),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Layer Lens',
            version: options.version,
            rules: RULE_INFO.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.summary },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['containers', r.guide] },
            })),
          },
        },
        ...(options.root ? { originalUriBaseIds: { [SRCROOT]: { uri: options.root } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(files: readonly CheckFile[], options: SarifOptions): string {
  return JSON.stringify(toSarif(files, options), null, 2) + '\n';
}

/** A '/'-separated relative path as a relative URI reference (spaces, '#', '%' escaped). */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function artifact(path: string) {
  return { uri: relativeUri(path), uriBaseId: SRCROOT };
}

function region(r: CheckRange) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function groupByPath<T extends { path: string }>(items: readonly T[]): [string, T[]][] {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.path, [...(map.get(item.path) ?? []), item]);
  return [...map];
}
