// Every image rule, in the order findings are reported.
import { buildAtRuntime } from './build-at-runtime';
import { commandNotArgs } from './command-not-args';
import { entrypointDropsCmd } from './entrypoint-drops-cmd';
import { envDrift } from './env-drift';
import { healthcheckIgnored } from './healthcheck-ignored';
import { imageDrift } from './image-drift';
import { limitsDrift } from './limits-drift';
import { mutableTag } from './mutable-tag';
import { nonFinalStage } from './non-final-stage';
import { portMismatch } from './port-mismatch';
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
  portMismatch,
  envDrift,
  replicasWithHpa,
  limitsDrift,
];

export type { ImageRule };
