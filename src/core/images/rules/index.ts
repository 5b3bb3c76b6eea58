// Every image rule, in the order findings are reported.
import { buildAtRuntime } from './build-at-runtime';
import { commandNotArgs } from './command-not-args';
import { entrypointDropsCmd } from './entrypoint-drops-cmd';
import { healthcheckIgnored } from './healthcheck-ignored';
import { imageDrift } from './image-drift';
import { mutableTag } from './mutable-tag';
import { nonFinalStage } from './non-final-stage';
import { replicasWithHpa } from './replicas-with-hpa';
import type { ImageRule } from './rule';
import { unnamedBuild } from './unnamed-build';
import { userNotNumeric } from './user-not-numeric';

export const RULES: readonly ImageRule[] = [
  imageDrift,
  mutableTag,
  unnamedBuild,
  buildAtRuntime,
  healthcheckIgnored,
  nonFinalStage,
  commandNotArgs,
  entrypointDropsCmd,
  userNotNumeric,
  replicasWithHpa,
];

export type { ImageRule };
