// non-final-stage: CMD, ENTRYPOINT, EXPOSE or HEALTHCHECK in a stage that never becomes the image. Only the
// final stage (or the one a build picks with --target), and the stages it is built FROM, shape the image
// a container runs; run-time settings anywhere else are dead text.
import type { DockerInstruction, DockerStage } from '../../dockerfile/model';
import type { Finding } from '../model';
import { effectiveInstruction, imageStage, stageChain } from '../stages';
import type { ImageRule } from './rule';

const RUNTIME = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK']);

export const nonFinalStage: ImageRule = {
  id: 'non-final-stage',
  check(facts, index) {
    const model = facts.dockerfile;
    if (!model || model.stages.length < 2) return [];
    // The stages that become images: the last one, and any a build of this Dockerfile targets.
    const images = new Set<DockerStage>();
    const last = imageStage(model);
    if (last) images.add(last);
    for (const b of index.buildsUsingDockerfile(facts.path)) {
      const s = b.target ? imageStage(model, b.target) : undefined;
      if (s) images.add(s);
    }
    const chains = [...images].map((s) => ({ image: s, chain: stageChain(model, s) }));
    const out: Finding[] = [];
    for (const ins of model.instructions) {
      const stage = model.stages[ins.stage];
      if (!stage || !RUNTIME.has(ins.keyword) || images.has(stage)) continue;
      const reaching = chains.filter((c) => c.chain.includes(stage));
      const reaches = reaching.some((c) => ins.keyword === 'EXPOSE' || effectiveInstruction(model, c.image, ins.keyword) === ins);
      if (reaches) continue;
      out.push(hint(facts.path, ins, stage, reaching.length > 0));
    }
    return out;
  },
};

function hint(path: string, ins: DockerInstruction, stage: DockerStage, overridden: boolean): Finding {
  const name = stage.name ? `stage '${stage.name}'` : `stage ${stage.index}`;
  const why = overridden
    ? `a later stage built FROM ${name} sets its own ${ins.keyword}, so this one never reaches the image`
    : `${name} is neither the final stage nor a --target of any build here, and the final stage is not built FROM it, so it never reaches the image`;
  return {
    rule: 'non-final-stage',
    severity: 'hint',
    path,
    start: ins.keywordSpan.start,
    end: ins.keywordSpan.end,
    message: `${ins.keyword} in build ${name} has no effect: ${why}. Run settings of the build/run layer (CMD, ENTRYPOINT, EXPOSE, HEALTHCHECK) belong in the stage that becomes the image.`,
    fixes: [],
  };
}
