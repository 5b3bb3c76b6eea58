// The words hovers and reports share: layer badges and counterpart places. Pure (no vscode), so the report
// renderer and its grammar test use exactly what the editor shows.
import type { ClassifiedField, Counterpart, FileKind, Layer, LayerEntry, Orchestrator } from '../core';

/** `build/run · Docker layer`, `schedule/scale · Kubernetes layer` or `schedule/scale · Docker Swarm`. */
export function badge(layer: Layer, orchestrator?: Orchestrator): string {
  if (layer === 'build/run') return 'build/run · Docker layer';
  return orchestrator === 'swarm' ? 'schedule/scale · Docker Swarm' : 'schedule/scale · Kubernetes layer';
}

/** Who acts on an entry: its own orchestrator, else Swarm for Compose files and Kubernetes for the rest. */
export function orchestratorOf(entry: LayerEntry, kind: FileKind): Orchestrator {
  return entry.orchestrator ?? (kind === 'compose' ? 'swarm' : 'kubernetes');
}

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
