// Every image rule, in the order findings are reported.
import { buildAtRuntime } from './build-at-runtime';
import { healthcheckIgnored } from './healthcheck-ignored';
import { imageDrift } from './image-drift';
import { mutableTag } from './mutable-tag';
import { nonFinalStage } from './non-final-stage';
import type { ImageRule } from './rule';
import { unnamedBuild } from './unnamed-build';

export const RULES: readonly ImageRule[] = [imageDrift, mutableTag, unnamedBuild, buildAtRuntime, healthcheckIgnored, nonFinalStage];

export type { ImageRule };
