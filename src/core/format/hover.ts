// The hover's Markdown: which layer owns the key, value, instruction or flag under the mouse, in a few lines that
// sit well under other extensions' hovers (Red Hat YAML's schema text, Docker's instruction docs). The editor
// adapter (src/extension/hover.ts) supplies the settings and the command links and wraps the text for VS Code;
// `$(name)` is VS Code's icon syntax, which its Markdown hovers render.
import type { ClassifiedFile } from '../classify-file';
import type { FieldAt } from '../query';
import { toReportField } from '../report';
import type { ProcessPart } from '../runners/model';
import { shortPath } from '../runners/paths';
import { commandLine } from '../runners/process';
import type { ProcessAt } from '../runners/process-at';
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

/** Sources of the process rules, per runner kind. */
const PROCESS_SOURCES: Record<ProcessAt['kind'], string> = {
  kubernetes: 'https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/',
  compose: 'https://github.com/compose-spec/compose-spec/blob/main/05-services.md#command',
  swarm: 'https://github.com/compose-spec/compose-spec/blob/main/05-services.md#command',
};

const WHY: Record<NonNullable<ProcessAt['why']>, string> = {
  'no-dockerfile': 'the image is not built in this workspace, so its ENTRYPOINT and CMD are not known here',
  'base-entrypoint': "the Dockerfile does not set ENTRYPOINT, so the base image's one (if any) comes first",
  variable: 'it holds a variable or template, resolved only when it runs',
};

/**
 * The effective process of the runner under the cursor and where each part comes from:
 * "starts `node server.js`: ENTRYPOINT from api/Dockerfile:17, CMD replaced by `args`".
 */
export function processHoverMarkdown(at: ProcessAt): string {
  const origin = (p: ProcessPart) => (p.source ? ` from ${shortPath(at.path, p.source.path)}:${p.source.line}` : '');
  const phrases = at.parts.flatMap((p) => {
    const image = p.name === 'ENTRYPOINT' || p.name === 'CMD';
    if (!image) return at.parts.some((q) => q.by === p.name && q.state === 'replaced') ? [] : [`${inlineCode(p.name)}${origin(p)}`];
    if (p.state === 'used') return [`${p.name}${p.form === 'shell' ? ' (shell form)' : ''}${origin(p)}`];
    if (p.state === 'replaced') return [`${p.name} replaced by ${inlineCode(p.by ?? '')}`];
    return [`${p.name}${origin(p)} dropped (${p.by?.startsWith('ENTRYPOINT') ? 'a shell-form ENTRYPOINT ignores CMD' : `${inlineCode(p.by ?? '')} overrides the ENTRYPOINT`})`];
  });
  const head = at.argv
    ? `$(play) **starts** ${inlineCode(commandLine(at.argv))}`
    : `$(play) **starts** what these files cannot fully say: ${WHY[at.why ?? 'no-dockerfile']}`;
  return `${head}${phrases.length > 0 ? `: ${phrases.join(', ')}` : ''}. ${docsLink(PROCESS_SOURCES[at.kind], '$(link-external) Docs')}`;
}
