// Stage ancestry: a stage built `FROM` an earlier stage's name inherits its settings (CMD, ENV, EXPOSE…).
// `FROM` names an earlier stage only by its `AS` name (an index works for COPY --from, not for FROM).
import type { DockerfileModel, DockerStage } from './model';

/** The stage another stage is built FROM, when it names an earlier stage. */
export function parentStage(model: DockerfileModel, stage: DockerStage): DockerStage | undefined {
  const base = stage.image?.toLowerCase();
  if (!base) return undefined;
  for (let i = stage.index - 1; i >= 0; i--) {
    if (model.stages[i].name?.toLowerCase() === base) return model.stages[i];
  }
  return undefined;
}

/** The stage and the stages it derives from, nearest first. */
export function stageChain(model: DockerfileModel, stage: DockerStage): DockerStage[] {
  const chain = [stage];
  for (let p = parentStage(model, stage); p && !chain.includes(p); p = parentStage(model, p)) chain.push(p);
  return chain;
}
