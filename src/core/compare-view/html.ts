// The Compare Runners view as HTML: one table per image, a column per runner (the Dockerfile's defaults, each Compose
// or Swarm service, each Kubernetes container), build/run rows first, then schedule/scale. A pure function of the
// runner model: every text from the workspace is escaped, the page loads only the extension's own stylesheet and
// script (the nonce), and colors come from the theme's CSS variables (media/compare.css).
import { badge, layerTitle } from '../format/labels';
import { FIELD_LAYERS, RUNNER_FIELDS, type Cell, type ImageRunners, type Runner, type RunnerComparison, type RunnerField, type RunnerKind, type SourceLine } from '../runners/model';
import { LAYERS, type Layer, type Orchestrator } from '../types';

export interface CompareHtmlOptions {
  /** The script's nonce: a fresh random string per rendering. */
  nonce: string;
  /** The webview's `cspSource` (the origin of the extension's resources). */
  cspSource: string;
  /** Webview URIs of media/compare.css and media/compare.js. */
  styleUri: string;
  scriptUri: string;
  /** A workspace path whose image is scrolled into view first (the file the command was run from). */
  focusPath?: string;
  /** How a path is shown (the extension: relative to the workspace); links keep the path itself. */
  displayPath?: (path: string) => string;
}

/** Row titles, in the words a user would look for. */
export const FIELD_TITLES: Readonly<Record<RunnerField, string>> = {
  process: 'Process (argv)',
  user: 'User',
  workdir: 'Working directory',
  env: 'Environment keys',
  ports: 'Ports',
  healthcheck: 'Health check',
  stopSignal: 'Stop signal',
  memory: 'Memory limit',
  cpu: 'CPU limit',
  restart: 'Restart',
  replicas: 'Replicas',
};

const KIND_TITLES: Readonly<Record<RunnerKind, string>> = {
  image: 'Dockerfile',
  compose: 'Compose',
  swarm: 'Swarm',
  kubernetes: 'Kubernetes',
};

const ORCHESTRATOR_OF: Partial<Record<RunnerKind, Orchestrator>> = { swarm: 'swarm', kubernetes: 'kubernetes' };

/** The rows in the order shown: the build/run fields, then the schedule/scale ones, each in model order. */
export function rowsByLayer(): { layer: Layer; fields: RunnerField[] }[] {
  return LAYERS.map((layer) => ({ layer, fields: RUNNER_FIELDS.filter((f) => FIELD_LAYERS[f] === layer) }));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values alike: the five characters HTML gives meaning to. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function comparisonHtml(comparison: RunnerComparison, o: CompareHtmlOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
  ].join('; ');
  const focus = comparison.images.findIndex((image) => o.focusPath !== undefined && pathsOf(image).has(o.focusPath));
  const body =
    comparison.images.length === 0
      ? '<p class="empty">No image found: Layer Lens compares the images this workspace builds or runs (Dockerfiles, Compose files, Swarm stacks, Kubernetes manifests).</p>'
      : comparison.images.map((image, i) => imageSection(image, i, i === focus, o.displayPath ?? ((p) => p))).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}">
<title>Compare Runners</title>
</head>
<body>
<header>
<h1>Compare Runners</h1>
<p>How the Dockerfile's defaults, Compose, Swarm and Kubernetes start each image. <span class="legend differs-mark">≠</span> a value that differs from the first column's; <span class="legend inherited">italic</span> inherited from the image; — not set. Each value links to its line.</p>
</header>
<main>
${body}
</main>
<script nonce="${escapeHtml(o.nonce)}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>
`;
}

type Shown = (path: string) => string;

function imageSection(image: ImageRunners, index: number, focused: boolean, shown: Shown): string {
  const id = `image-${index}`;
  const builds = image.builds.length
    ? `<p class="builds">Built by ${image.builds.map((b) => link(b, shown, `${shown(b.path)}:${b.line}${b.target ? ` (target ${b.target})` : ''}`)).join(', ')}</p>`
    : '';
  const orchestrators = [...new Set(image.runners.flatMap((r) => ORCHESTRATOR_OF[r.kind] ?? []))];
  const head = image.runners
    .map((r) => `<th scope="col"><span class="kind">${KIND_TITLES[r.kind]}</span> ${link(r, shown, r.kind === 'image' ? shown(r.name) : r.name)}</th>`)
    .join('');
  const groups = rowsByLayer().map(({ layer, fields }) => {
    const title = layer === 'build/run' ? badge(layer) : layerTitle(layer, { kind: 'kubernetes', orchestrators });
    const rows = fields.map((field) => row(image, field, shown));
    return `<tbody class="layer-${layer === 'build/run' ? 'build' : 'schedule'}">
<tr class="layer"><th colspan="${image.runners.length + 1}" scope="colgroup">${escapeHtml(title)}</th></tr>
${rows.join('\n')}
</tbody>`;
  });
  return `<section class="image" id="${id}" aria-labelledby="${id}-title"${focused ? ' data-focus' : ''}>
<h2 id="${id}-title">${escapeHtml(image.image)}</h2>
${builds}
<table>
<thead><tr><th scope="col">Field</th>${head}</tr></thead>
${groups.join('\n')}
</table>
</section>`;
}

function row(image: ImageRunners, field: RunnerField, shown: Shown): string {
  const differs = image.differing.includes(field);
  const first = image.runners[0]?.cells[field];
  const cells = image.runners.map((r, i) => cell(r, field, i > 0 && differs && r.cells[field].value !== first?.value, shown));
  const mark = differs ? ' <span class="differs-mark" title="The runners differ here">≠</span><span class="visually-hidden">differs</span>' : '';
  return `<tr${differs ? ' class="differs"' : ''}><th scope="row">${escapeHtml(FIELD_TITLES[field])}${mark}</th>${cells.join('')}</tr>`;
}

function cell(runner: Runner, field: RunnerField, differsFromFirst: boolean, shown: Shown): string {
  const c: Cell = runner.cells[field];
  const classes = [c.value === null ? 'unset' : '', c.inherited ? 'inherited' : '', differsFromFirst ? 'differs' : ''].filter(Boolean);
  const text = c.value === null ? '—' : c.value;
  const layerTag = c.layer && c.layer !== FIELD_LAYERS[field] ? ` <span class="layer-tag">${escapeHtml(c.layer)}</span>` : '';
  const diffTag = differsFromFirst ? '<span class="differs-mark" aria-hidden="true">≠ </span>' : '';
  const title = [c.inherited ? 'inherited from the image' : '', c.source ? `${shown(c.source.path)}:${c.source.line}` : ''].filter(Boolean).join(' · ');
  const content = c.source ? link(c.source, shown, text, title) : `<span${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(text)}</span>`;
  return `<td${classes.length ? ` class="${classes.join(' ')}"` : ''}>${diffTag}${content}${layerTag}</td>`;
}

/** A link the script turns into an `open` message: focusable, Enter and Space follow it. */
function link(at: SourceLine, shown: Shown, text: string, title = `${shown(at.path)}:${at.line}`): string {
  return `<a href="#" data-path="${escapeHtml(at.path)}" data-line="${at.line}" title="${escapeHtml(title)}">${escapeHtml(text)}</a>`;
}

/** Every path a table of this image links to. */
function pathsOf(image: ImageRunners): Set<string> {
  return new Set(linkedLines({ images: [image] }).map((s) => s.path));
}

/** Every place the view links to: builds, runner definitions, cell sources and process parts. */
export function linkedLines(comparison: RunnerComparison): SourceLine[] {
  return comparison.images.flatMap((image) => [
    ...image.builds,
    ...image.runners.flatMap((r) => [
      r,
      ...Object.values(r.cells).flatMap((c) => (c.source ? [c.source] : [])),
      ...r.processParts.flatMap((p) => (p.source ? [p.source] : [])),
    ]),
  ]);
}
