// The hover's Markdown: which layer owns the key, value, instruction or flag under the mouse, in a few lines that
// sit well under other extensions' hovers (Red Hat YAML's schema text, Docker's instruction docs). The editor
// adapter (src/extension/hover.ts) supplies the settings and the command links and wraps the text for VS Code;
// `$(name)` is VS Code's icon syntax, which its Markdown hovers render.
import type { ClassifiedFile } from '../classify-file';
import type { FieldAt } from '../query';
import { toReportField } from '../report';
import { docsLink, inlineCode, inlineMarkdown } from './inline';
import { counterpartText, featureStateText, fieldBadge } from './labels';

export { valueHoverMarkdown } from './values';

export interface HoverOptions {
  /** `layerLens.hover.detail` is `detailed`: the phase, path and counterparts too. */
  detailed: boolean;
  /** The guide and Explain links (`layerLens.hover.showLinks`); absent when links are off. */
  links?: {
    /** The heading of the field's guide section. */
    guideTitle: string;
    /** Command URIs that open the guide at that section and explain this file. */
    guide: string;
    explain: string;
  };
}

export function hoverMarkdown(analysis: ClassifiedFile, hit: FieldAt, options: HoverOptions): string {
  const field = hit.field;
  const report = toReportField(analysis, field);
  const state = featureStateText(report);
  // The feature state qualifies the phase in the detailed head, the badge in the brief one.
  const head = [`$(layers) **${fieldBadge(field, analysis.kind)}**`];
  if (options.detailed) head.push(report.phase);
  if (state) head.push(state);
  if (options.detailed) head.push(inlineCode(field.path));
  const parts = [head.join(' · '), inlineMarkdown(report.summary)];
  if (field.inferred) parts.push(`*Inferred:* ${inferredWhy(field)}`);
  if (report.note) {
    // A note cites its own page only where it differs from the field's.
    const own = report.noteSource && report.noteSource !== report.source ? ` ${docsLink(report.noteSource)}` : '';
    parts.push(`$(arrow-swap) ${inlineMarkdown(report.note)}${own}`);
  }
  if (options.detailed && report.counterparts.length > 0) {
    parts.push(`*Elsewhere:* ${report.counterparts.map((c) => counterpartText(c, inlineMarkdown)).join(' · ')}`);
  }
  // The source is the evidence for the sentence above, so it shows whatever the settings; the command links
  // are navigation and follow showLinks.
  const links: string[] = [];
  if (report.source) links.push(docsLink(report.source, '$(link-external) Docs'));
  if (options.links) {
    links.push(
      `[$(book) Guide: ${inlineMarkdown(options.links.guideTitle)}](${options.links.guide} "Open the Layer Lens contrast guide at this section")`,
      `[$(list-tree) Explain this file](${options.links.explain} "Every field of this file by layer")`,
    );
  }
  if (links.length > 0) parts.push(links.join(' · '));
  return parts.join('\n\n');
}

/** Why an answer is a guess: an unknown kind read by its shape, or a JSON 6902 path (`/spec/…`) with no known target. */
function inferredWhy(field: FieldAt['field']): string {
  const kind = field.resource ? inlineCode(field.resource.split('/')[0]) : undefined;
  if (field.path.startsWith('/')) {
    const target = kind ? `${kind} is not a kind Layer Lens knows` : 'no kustomization names this patch’s target kind';
    return `${target}, so this answer is the one the kinds that have this path agree on.`;
  }
  return `${kind ?? 'This object’s kind'} is not a kind Layer Lens knows, so this answer is read from the field’s shape.`;
}
