// Every section anchor of src/guide/contrast.md, in guide order. Hovers and reports link to these; the guide test
// checks each one resolves to exactly one heading.
import type { GuideId } from './types';

const ids = [
  'docker-layer',
  'kubernetes-layer',
  'why-confused',
  'what-stays-the-same',
  'choosing-by-scale',
  'image',
  'build-stages',
  'entrypoint-command',
  'cmd-args',
  'env',
  'ports',
  'user',
  'workdir',
  'healthcheck-probes',
  'requests-limits',
  'volumes',
  'replicas',
  'restart',
  'scheduling',
  'networking',
  'rollout',
  'config-secrets',
  'labels-metadata',
  'security',
  'jobs',
  'swarm-deploy',
  'custom-resources',
] as const satisfies readonly GuideId[];

// `satisfies` rejects an id the union lacks; this rejects a union member the list lacks (the error names it).
type Unlisted = Exclude<GuideId, (typeof ids)[number]>;
const everyIdListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyIdListed;

export const GUIDE_IDS: readonly GuideId[] = ids;
