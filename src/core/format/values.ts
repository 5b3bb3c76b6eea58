// The words for a Helm values file, shared by the CLI's text and Markdown, the Explain report and the hover:
// a key's layer, and each field it feeds as "feeds StatefulSet `spec.…nodeSelector` (templates/x.yaml:123)".
import type { ValueReportField } from '../report';
import type { ValueLayer } from '../types';
import { inlineCode } from './inline';
import { badge } from './labels';

type ValueFeed = ValueReportField['feeds'][number];

/** What a key's layer reads as. */
export function valueLayerText(layer: ValueLayer): string {
  if (layer === null) return 'not used by any template';
  if (layer === 'mixed') return 'mixed · both layers';
  return badge(layer);
}

/** `StatefulSet `spec.template.spec.nodeSelector` (templates/master/application.yaml:123)`, code spans Markdown-ready. */
export function feedText(feed: ValueFeed): string {
  const where = `(${feed.template}:${feed.line})`;
  const guard = feed.condition ? ', decides whether it exists' : '';
  // An empty path is the whole object (an `if` around all of it).
  if (feed.path === '') return `${feed.kind || 'the'} object ${where}${guard}`;
  const kind = feed.kind ? `${feed.kind} ` : '';
  return `${kind}${inlineCode(feed.path)} ${where}${guard}`;
}

/** How many keys have each layer: "12 keys: 5 build/run, 4 schedule/scale, 1 mixed, 2 unused". */
export function valuesCountsLine(values: readonly ValueReportField[]): string {
  const n = { 'build/run': 0, 'schedule/scale': 0, mixed: 0, unused: 0 };
  for (const v of values) n[v.layer ?? 'unused']++;
  return `${values.length} keys: ${n['build/run']} build/run, ${n['schedule/scale']} schedule/scale, ${n.mixed} mixed, ${n.unused} unused`;
}

/** Text lines for one key: `line:col path — layer`, then one `feeds …` line per field. */
export function valueLines(v: ValueReportField, where: string, indent: string): string[] {
  const out = [`${indent}${where}  ${v.path} — ${valueLayerText(v.layer)}`];
  for (const feed of v.feeds) out.push(`${indent}    feeds ${feedText(feed)}${feed.layer !== v.layer ? ` · ${feed.layer}` : ''}`);
  return out;
}

/** Most feeds a hover lists before "and N more": the Explain report lists them all. */
const HOVER_FEEDS = 12;

/**
 * The hover over a values key: its layer, then each field it feeds, linked by `link(feed)` (a URI the editor
 * opens at the template line); without `link` the template and line stay plain text.
 */
export function valueHoverMarkdown(v: ValueReportField, link?: (feed: ValueFeed) => string, explain?: string): string {
  const parts = [`$(layers) **${valueLayerText(v.layer)}** · ${inlineCode(v.path)}`];
  if (v.layer === 'mixed') parts.push('Feeds fields of both layers: its keys below each answer for their own.');
  if (v.feeds.length > 0) {
    const shown = v.feeds.slice(0, HOVER_FEEDS).map((f) => {
      const text = !link ? feedText(f) : feedText(f).replace(/ \(([^()]*)\)(, decides whether it exists)?$/, (_m, at: string, guard = '') => ` ([${at}](${link(f)} "Open the template at this line"))${guard}`);
      return `- feeds ${text}${f.layer !== v.layer ? ` · ${f.layer}` : ''}`;
    });
    if (v.feeds.length > HOVER_FEEDS) shown.push(`- and ${v.feeds.length - HOVER_FEEDS} more (Explain This File lists them all)`);
    parts.push(shown.join('\n'));
  } else if (v.layer === null) {
    parts.push('No template of this chart reads this key.');
  }
  if (explain) parts.push(`[$(list-tree) Explain this file](${explain} "Every key of this file with what it feeds")`);
  return parts.join('\n\n');
}

/** The Explain report's lines for a values file: one `L<line>:<col> path` line per key, its layer and feeds below. */
export function valueReportLines(values: readonly ValueReportField[], fieldLine: (line: number, column: number, text: string) => string, indent: string): string[] {
  const out: string[] = [];
  for (const v of values) {
    out.push(fieldLine(v.line, v.column, v.path), indent + valueLayerText(v.layer));
    for (const f of v.feeds) out.push(`${indent}feeds ${feedText(f)}${f.layer !== v.layer ? ` · ${f.layer}` : ''}`);
  }
  return out;
}

/** A feed line of the report: the template and line to link. */
export const FEED_LINE = /feeds .*\(((?:[^()]*\/)?[^():]+):(\d+)\)(?:, decides whether it exists)?(?: · [a-z/]+)?$/;
