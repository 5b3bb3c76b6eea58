/**
 * One image, every runner: how the Dockerfile's defaults, Compose, Swarm and Kubernetes start the same image.
 * `compareRunners(index)` reads the workspace image index (src/core/images) and returns the runner model
 * (./model.ts); `comparisonJson` narrows it to the `layer-lens compare --format json` contract.
 */
import type { ImageIndex } from '../images/image-index';
import { compare } from './compare';
import type { ComparisonJson, RunnerComparison } from './model';

export * from './model';

/** Every image the workspace builds or runs, with each runner's effective values. */
export function compareRunners(index: ImageIndex): RunnerComparison {
  return compare(index);
}

export function comparisonJson(comparison: RunnerComparison): ComparisonJson {
  return {
    images: comparison.images.map((image) => ({
      image: image.image,
      builds: image.builds,
      runners: image.runners.map(({ kind, name, path, line, process, user, workdir, env, ports, replicas }) => ({
        kind,
        name,
        path,
        line,
        process,
        user,
        workdir,
        env,
        ports,
        replicas,
      })),
    })),
  };
}

export { processAt, type ProcessAt } from './process-at';
export { commandLine } from './process';
