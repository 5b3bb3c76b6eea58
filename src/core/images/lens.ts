// CodeLens data for a Dockerfile: above the FROM of each stage some build turns into an image, which
// images it becomes and where the orchestration layers run them ("run by 2 Deployments · 1 Compose service").
import type { ImageIndex } from './image-index';
import type { RunDecl } from './model';
import { displayRef } from './ref';

export interface LensRun {
  path: string;
  start: number;
  end: number;
  kind: string;
  owner: string;
}

export interface Lens {
  path: string;
  /** The stage's FROM instruction. */
  start: number;
  end: number;
  stage?: string;
  title: string;
  /** The references the builds give this stage's image. */
  images: string[];
  /** Builds that produce it ("Compose service vote"). */
  builtBy: string[];
  runs: LensRun[];
}

/** CodeLens data for the Dockerfile at `path`: one per stage that some build turns into an image. */
export function lensesFor(index: ImageIndex, path: string): Lens[] {
  const facts = index.facts(path);
  if (!facts?.dockerfile) return [];
  const lenses = new Map<number, Lens>();
  const seen = new Map<number, Set<RunDecl | string>>();
  for (const b of index.buildsUsingDockerfile(facts.path)) {
    const target = index.dockerfileForBuild(b);
    if (target?.path !== facts.path) continue;
    const { stage, from } = target;
    let lens = lenses.get(stage.index);
    if (!lens) {
      lens = { path: facts.path, start: from.start, end: from.end, title: '', images: [], builtBy: [], runs: [] };
      if (stage.name) lens.stage = stage.name;
      lenses.set(stage.index, lens);
      seen.set(stage.index, new Set());
    }
    const runs = seen.get(stage.index)!;
    if (b.ref?.known && !lens.images.includes(displayRef(b.ref))) lens.images.push(displayRef(b.ref));
    if (!lens.builtBy.includes(b.label)) lens.builtBy.push(b.label);
    for (const r of index.runsOfBuild(b)) {
      if (runs.has(r)) continue;
      runs.add(r);
      lens.runs.push({ path: r.path, start: r.span.start, end: r.span.end, kind: r.kind, owner: r.owner });
    }
    // A Compose service that builds without naming its image still runs what it builds.
    if (b.source === 'compose' && !b.ref && b.service && !runs.has(`${b.path}#${b.service}`)) {
      runs.add(`${b.path}#${b.service}`);
      lens.runs.push({ path: b.path, start: b.span.start, end: b.span.end, kind: 'Compose service', owner: b.service });
    }
  }
  for (const lens of lenses.values()) lens.title = titleOf(lens);
  return [...lenses.values()].sort((a, b) => a.start - b.start);
}

function titleOf(lens: Lens): string {
  const built = lens.images.length > 0 ? `builds ${lens.images.slice(0, 2).join(', ')}${lens.images.length > 2 ? ` +${lens.images.length - 2}` : ''}` : `built by ${lens.builtBy[0]}`;
  if (lens.runs.length === 0) return `${built} · not run by any Compose file, stack or manifest here`;
  const counts = new Map<string, number>();
  for (const r of lens.runs) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${n === 1 ? kind : plural(kind)}`);
  return `${built} · run by ${parts.join(' · ')}`;
}

function plural(kind: string): string {
  return /(?:s|x|ch|sh)$/.test(kind) ? `${kind}es` : `${kind}s`;
}
