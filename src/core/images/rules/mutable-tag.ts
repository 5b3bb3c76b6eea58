// mutable-tag: `:latest` (or no tag) on an image the workspace builds and pins elsewhere. Under Kubernetes every
// reschedule, restart on a new node or scale-up may pull a different build (a warning); a stack moves only at
// each deploy (info); a Compose file on one host following the newest push is normal (a hint).
import type { Finding, RunDecl, RunVia } from '../model';
import { displayRef, isMutable, parseImageRef, withTag, withoutTag } from '../ref';
import type { ImageIndex } from '../image-index';
import type { ImageRule } from './rule';
import { compare, describeBuild, isPinnedTag, kustomizeOverrides, pinnedTag, preferred, related, runnerName } from './verdict';

export const mutableTag: ImageRule = {
  id: 'mutable-tag',
  check(facts, index) {
    const out: Finding[] = [];
    for (const run of facts.runs) {
      const f = runFinding(run, index);
      if (f) out.push(f);
    }
    for (const o of facts.overrides) {
      if (o.newTag !== 'latest' || !o.newTagSpan) continue;
      const name = o.newName ?? o.name;
      const v = compare(parseImageRef(`${withoutTag(name)}:latest`), index);
      const build = preferred(v.sameRegistry).find((b) => pinnedTag(b));
      if (!build) continue;
      const tag = pinnedTag(build)!;
      out.push({
        rule: 'mutable-tag',
        severity: 'warning',
        path: o.path,
        start: o.newTagSpan.start,
        end: o.newTagSpan.end,
        message: `This Kustomize override runs ${displayRef(name)} as :latest, a tag that moves with every push; this workspace builds ${describeBuild(build)} (${build.label}). Pin the built tag so every replica the schedule/scale layer starts runs the same build.`,
        fixes: [{ title: `Pin the built tag ${tag}`, preferred: true, edits: [{ path: o.path, ...o.newTagSpan, newText: tag }] }],
        related: [related(build)],
      });
    }
    return out;
  },
};

function runFinding(run: RunDecl, index: ImageIndex): Finding | undefined {
  if (!run.ref.known || run.builds || !isMutable(run.ref)) return undefined;
  const overrides = kustomizeOverrides(run, index);
  if (overrides.some((o) => o.newName || o.newTag !== undefined || o.digest)) return undefined;
  const v = compare(run.ref, index);
  if (v.candidates.length === 0) return undefined;
  const build = preferred(v.sameRegistry).find((b) => pinnedTag(b));
  let tag = build && pinnedTag(build);
  let where = build ? `this workspace builds ${describeBuild(build)} (${build.label})` : '';
  if (!tag) {
    // Pinned elsewhere: another run of the same repository names a pinned tag.
    const others = index.runsOfImage(run.ref);
    const counts = new Map<string, number>();
    for (const other of others) {
      if (other !== run && isPinnedTag(other.ref.tag)) counts.set(other.ref.tag, (counts.get(other.ref.tag) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!best) return undefined;
    tag = best[0];
    const other = others.find((r) => r.ref.tag === tag)!;
    where = `${runnerName(other)} (${other.path}) already runs :${tag}`;
  }
  const newText = withTag(run.ref, tag);
  const severity = SEVERITY[run.via];
  return {
    rule: 'mutable-tag',
    severity,
    path: run.path,
    start: run.span.start,
    end: run.span.end,
    message: `${runnerName(run)} runs ${displayRef(run.ref)} ${run.ref.tag ? 'as :latest' : 'without a tag (:latest)'}, which moves with every push: ${consequence(run)} ${capitalise(where)}${severity === 'hint' ? '.' : ': pin it.'}`,
    // Only a tag the build pushes is "the built tag"; one copied from another run is offered, not preferred.
    fixes: [{ title: build ? `Pin the built tag: ${newText}` : `Pin ${newText}, as another run does`, preferred: build !== undefined && severity === 'warning', edits: [{ path: run.path, start: run.span.start, end: run.span.end, newText }] }],
    related: build ? [related(build)] : [],
  };
}

// Kubernetes pulls `:latest` again whenever it starts a container on a node (imagePullPolicy defaults to Always
// for it), so one Deployment's replicas can run different builds. `docker stack deploy` resolves the tag to a
// digest when it deploys, so one deploy's replicas agree and only the next deploy moves. A Compose file starts
// containers on one host, usually a developer's, where following the newest push is what `:latest` is for.
const SEVERITY: Record<RunVia, Finding['severity']> = { kubernetes: 'warning', stack: 'info', compose: 'hint' };

function consequence(run: RunDecl): string {
  if (run.via === 'kubernetes') return 'each restart, reschedule or scale-up the schedule/scale layer makes may pull a different build, so replicas can differ.';
  if (run.via === 'stack') return 'Swarm resolves it to one digest at each `docker stack deploy`, so replicas agree, but every deploy may roll out a different build.';
  return 'normal for a Compose file run on one host for development, where following the newest push is the point; pin it only if this file deploys a release.';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
