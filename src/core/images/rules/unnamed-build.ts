// unnamed-build: a Compose service builds an image without naming it. Compose then tags it
// `<project>-<service>`, a name no registry, stack or cluster knows, so other layers cannot run the same image.
import type { FileFacts, Finding, ServiceFacts } from '../model';
import { leafName } from '../paths';
import { withTag, type ImageRef } from '../ref';
import type { WorkspaceImages } from '../workspace';
import type { ImageRule } from './rule';
import { runnerName } from './verdict';

export const unnamedBuild: ImageRule = {
  id: 'unnamed-build',
  check(facts, index) {
    const out: Finding[] = [];
    for (const service of facts.services) {
      if (!service.build || service.image) continue;
      out.push(finding(facts, service, index));
    }
    return out;
  },
};

interface Candidate {
  ref: ImageRef;
  score: number;
  why: string;
}

function finding(facts: FileFacts, service: ServiceFacts, index: WorkspaceImages): Finding {
  const best = nameFor(facts, service, index);
  const { start, end } = service.build!.keySpan;
  const f: Finding = {
    rule: 'unnamed-build',
    severity: best ? 'info' : 'hint',
    path: facts.path,
    start,
    end,
    message:
      `Compose service ${service.name} builds an image without naming it (no \`image:\`): Compose tags it ` +
      `<project>-${service.name} on this host only, so no registry, Swarm stack or Kubernetes cluster (the schedule/scale layer) can run the same build.` +
      (best ? ` ${best.why}: name the build ${best.ref.raw} so that image is pushed and reused.` : ' Add `image:` to name it.'),
    fixes: [],
  };
  if (best && service.block) {
    const at = service.build!.insertAt;
    const lead = at === facts.text.length && !facts.text.endsWith('\n') ? '\n' : '';
    f.fixes.push({
      title: `Name the build image: ${best.ref.raw}`,
      preferred: true,
      edits: [{ path: facts.path, start: at, end: at, newText: `${lead}${' '.repeat(service.indent)}image: ${best.ref.raw}\n` }],
    });
  }
  return f;
}

/** The name other layers already use for this build: a build of the same context, or a run named like the service. */
function nameFor(facts: FileFacts, service: ServiceFacts, index: WorkspaceImages): Candidate | undefined {
  const context = service.build!.context;
  const stems = [service.name, context !== undefined ? leafName(context) : ''].map((s) => s.toLowerCase()).filter((s) => s.length > 0);
  // Candidates by repository: scores add up; the reason shown is the strongest single one.
  const byRepo = new Map<string, Candidate & { tags: Map<string, number>; strongest: number }>();
  const add = (ref: ImageRef, score: number, why: string) => {
    const c = byRepo.get(ref.repo) ?? { ref, score: 0, why, strongest: 0, tags: new Map<string, number>() };
    c.score += score;
    if (score > c.strongest) {
      c.strongest = score;
      c.why = why;
    }
    const tag = ref.tag ?? '';
    c.tags.set(tag, (c.tags.get(tag) ?? 0) + 1);
    byRepo.set(ref.repo, c);
  };
  for (const b of index.builtImages()) {
    if (b.ref?.known && context !== undefined && b.context === context && b.source !== 'compose') {
      add(b.ref, 3, `${b.label} builds the same context as ${b.ref.raw}`);
    }
  }
  const patterns = stems.map(stemPattern);
  for (const run of index.runsByLeafName((leaf) => patterns.some((p) => p.test(leaf)))) {
    if (run.path !== facts.path) add(run.ref, run.via === 'compose' ? 1 : 2, `${runnerName(run)} runs ${run.ref.raw}`);
  }
  const best = [...byRepo.values()].sort((a, b) => b.score - a.score)[0];
  if (!best) return undefined;
  // The tag most of them use (none, when most leave it out).
  const tag = [...best.tags].sort((a, b) => b[1] - a[1])[0][0];
  const ref = { ...best.ref, raw: withTag(best.ref, tag === '' ? undefined : tag) };
  return { ref, score: best.score, why: best.why };
}

/** Image names for a service stem: `examplevotingapp_vote`, `vote-api` and `vote` all match `vote`. */
function stemPattern(stem: string): RegExp {
  return new RegExp(`(?:^|[-_.])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[-_.])`);
}
