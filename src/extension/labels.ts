// The words hovers and reports share: layer badges (owned by the core's labels) and counterpart places. Pure (no vscode), so the report
// renderer and its grammar test use exactly what the editor shows.
import type { ClassifiedField, Counterpart, FileKind } from '../core';
import { badge } from '../core/format/labels';
import { orchestratorOf } from '../core/report';

export { badge };

export function fieldBadge(field: ClassifiedField, kind: FileKind): string {
  return badge(field.entry.layer, orchestratorOf(field.entry, kind));
}

const WHERE: Record<Counterpart['where'], string> = {
  dockerfile: 'Dockerfile',
  compose: 'Compose',
  kubernetes: 'Kubernetes',
  'docker-run': 'docker run',
};

/**
 * "Dockerfile `ENTRYPOINT` (overridden by this)": Markdown-ready, and what the report grammar colours. A CLI
 * ref that is a whole command (`docker build -t`) speaks for itself; a bare flag gets "docker run" before it.
 */
export function counterpartText(c: Counterpart, escape: (text: string) => string = (t) => t): string {
  const ref = `\`${c.ref.replace(/`/g, "'")}\``;
  const place = c.where === 'docker-run' && /^docker\b/.test(c.ref) ? ref : `${WHERE[c.where]} ${ref}`;
  return c.note ? `${place} (${escape(c.note)})` : place;
}

/** Text with `code` spans, as Markdown: everything outside the spans is escaped, the spans kept. */
export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_[\]<>#|~$]/g, '\\$&')))
    .join('');
}
