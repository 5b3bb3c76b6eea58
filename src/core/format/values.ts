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
