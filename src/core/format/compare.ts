// `layer-lens compare` for people: one block (text) or one table (Markdown) per image, a column per runner, the
// build/run rows first, then the schedule/scale ones; rows whose values differ between runners are marked.
import { FIELD_LAYERS, RUNNER_FIELDS, type ImageRunners, type Runner, type RunnerComparison, type RunnerField } from '../runners/model';
import { inlineCode } from './inline';
import { visible } from './text';

/** Row titles, as the Compare Runners view shows them too. */
export const FIELD_TITLES: Readonly<Record<RunnerField, string>> = {
  process: 'process',
  user: 'user',
  workdir: 'working dir',
  env: 'env keys',
  ports: 'ports',
  healthcheck: 'health check',
  stopSignal: 'stop signal',
  memory: 'memory limit',
  cpu: 'CPU limit',
  restart: 'restart',
  replicas: 'replicas',
};

/** Build/run rows, then schedule/scale rows, each in RUNNER_FIELDS order. */
export const FIELD_ORDER: readonly RunnerField[] = [
  ...RUNNER_FIELDS.filter((f) => FIELD_LAYERS[f] === 'build/run'),
  ...RUNNER_FIELDS.filter((f) => FIELD_LAYERS[f] === 'schedule/scale'),
];

export function runnerTitle(r: Runner): string {
  return r.kind === 'image' ? `image (${r.name})` : `${r.kind} ${r.name}`;
}

function cellText(r: Runner, f: RunnerField): string {
  const c = r.cells[f];
  return c.value ?? '—';
}

function builtBy(image: ImageRunners): string {
  return image.builds.length > 0 ? `built by ${image.builds.map((b) => `${b.path}:${b.line}${b.target ? ` (target ${b.target})` : ''}`).join(', ')}` : 'not built here';
}

export function formatCompareText(comparison: RunnerComparison): string {
  if (comparison.images.length === 0) return 'No image is built or run by these files.\n';
  const out: string[] = [];
  for (const image of comparison.images) {
    out.push(`${visible(image.image)} — ${visible(builtBy(image))}`);
    const width = Math.max(...FIELD_ORDER.map((f) => FIELD_TITLES[f].length)) + 2;
    for (const r of image.runners) {
      out.push(`  ${visible(runnerTitle(r))}  ${visible(`${r.path}:${r.line}`)}`);
      for (const f of FIELD_ORDER) {
        const c = r.cells[f];
        if (c.value === null && r.kind !== 'image' && !image.differing.includes(f)) continue;
        const mark = image.differing.includes(f) ? '*' : ' ';
        const from = c.source ? `  (${c.inherited ? 'from ' : ''}${c.source.path}:${c.source.line})` : '';
        out.push(`   ${mark}${FIELD_TITLES[f].padEnd(width)}${visible(cellText(r, f))}${visible(from)}`);
      }
    }
    out.push('');
  }
  out.push('* differs between the runners of the image');
  return out.join('\n') + '\n';
}

export function formatCompareMarkdown(comparison: RunnerComparison): string {
  if (comparison.images.length === 0) return 'No image is built or run by these files.\n';
  const out: string[] = [];
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  for (const image of comparison.images) {
    out.push(`## ${inlineCode(image.image)}`, '', esc(builtBy(image)), '');
    out.push(`| field | layer | ${image.runners.map((r) => esc(`${runnerTitle(r)} (${r.path}:${r.line})`)).join(' | ')} |`);
    out.push(`| --- | --- | ${image.runners.map(() => '---').join(' | ')} |`);
    for (const f of FIELD_ORDER) {
      const name = image.differing.includes(f) ? `**${FIELD_TITLES[f]}** (differs)` : FIELD_TITLES[f];
      const cells = image.runners.map((r) => {
        const c = r.cells[f];
        const value = c.value === null ? '—' : esc(inlineCode(c.value));
        return c.source ? `${value} ${esc(`${c.inherited ? 'from ' : ''}${c.source.path}:${c.source.line}`)}` : value;
      });
      out.push(`| ${name} | ${FIELD_LAYERS[f]} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
