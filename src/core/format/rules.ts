// What each image rule is about, in one sentence, for the CLI's SARIF `rules` and anyone listing the rules.
// The findings carry their own detailed messages; these describe the rule as a whole.
import type { RuleId, Severity } from '../images';
import { SEVERITIES } from '../images/model';
import type { GuideId } from '../types';

export interface RuleInfo {
  id: RuleId;
  /** PascalCase, as SARIF's `reportingDescriptor.name` suggests. */
  name: string;
  summary: string;
  /** The severity most findings of the rule have. */
  severity: Severity;
  /** The contrast-guide section that explains the layers involved. */
  guide: GuideId;
}

const info: RuleInfo[] = [
  {
    id: 'image-drift',
    name: 'ImageDrift',
    summary: 'Compose, a Swarm stack or Kubernetes runs an image this workspace builds, under a tag or registry no build here produces.',
    severity: 'warning',
    guide: 'image',
  },
  {
    id: 'mutable-tag',
    name: 'MutableTag',
    summary: 'An image this workspace builds with a pinned tag runs as :latest or untagged, so each restart may pull a different build.',
    severity: 'warning',
    guide: 'image',
  },
  {
    id: 'unnamed-build',
    name: 'UnnamedBuild',
    summary: 'A Compose service builds an image without naming it, so no registry, stack or cluster can run that build.',
    severity: 'info',
    guide: 'image',
  },
  {
    id: 'build-at-runtime',
    name: 'BuildAtRuntime',
    summary: 'A start command installs packages, compiles or clones: build work redone at every container start instead of a RUN step.',
    severity: 'warning',
    guide: 'build-stages',
  },
  {
    id: 'healthcheck-ignored',
    name: 'HealthcheckIgnored',
    summary: 'Kubernetes runs an image whose Dockerfile declares a HEALTHCHECK, which the kubelet ignores, and the container has no livenessProbe.',
    severity: 'warning',
    guide: 'healthcheck-probes',
  },
  {
    id: 'non-final-stage',
    name: 'NonFinalStage',
    summary: 'CMD, ENTRYPOINT, EXPOSE or HEALTHCHECK in a Dockerfile stage that never becomes the image has no effect.',
    severity: 'hint',
    guide: 'build-stages',
  },
  {
    id: 'command-not-args',
    name: 'CommandNotArgs',
    summary: 'A Kubernetes `command` holds the arguments a Compose `command` gives the same image: it replaces the ENTRYPOINT, so they become the program; they belong in `args`.',
    severity: 'warning',
    guide: 'cmd-args',
  },
  {
    id: 'entrypoint-drops-cmd',
    name: 'EntrypointDropsCmd',
    summary: 'A Compose `entrypoint` or a Kubernetes `command` without `args` replaces the ENTRYPOINT of an image that also has a CMD, and that CMD is dropped.',
    severity: 'hint',
    guide: 'entrypoint-command',
  },
  {
    id: 'user-not-numeric',
    name: 'UserNotNumeric',
    summary: 'runAsNonRoot is true, runAsUser is unset and the image USER is a name: the kubelet cannot verify it is non-root and refuses to start the container.',
    severity: 'error',
    guide: 'user',
  },
  {
    id: 'port-mismatch',
    name: 'PortMismatch',
    summary: 'A Service targetPort no selected container lists or names, or a container port that is neither a port the image EXPOSEs nor one Compose maps for the same image.',
    severity: 'warning',
    guide: 'ports',
  },
  {
    id: 'env-drift',
    name: 'EnvDrift',
    summary: 'Compose sets environment variables for an image that its Kubernetes containers do not, or the other way round.',
    severity: 'info',
    guide: 'env',
  },
  {
    id: 'replicas-with-hpa',
    name: 'ReplicasWithHpa',
    summary: 'A HorizontalPodAutoscaler scales a workload whose manifest hard-codes spec.replicas, which every kubectl apply resets.',
    severity: 'warning',
    guide: 'replicas',
  },
  {
    id: 'limits-drift',
    name: 'LimitsDrift',
    summary: 'The memory or CPU limit of an image differs between its Compose or Swarm service and its Kubernetes containers.',
    severity: 'info',
    guide: 'requests-limits',
  },
];

/** Every rule, in the order findings are reported. */
export const RULE_INFO: readonly RuleInfo[] = info;

export function ruleInfo(id: RuleId): RuleInfo {
  return info.find((r) => r.id === id)!;
}

/** `rank(a) >= rank(b)` reads "a is at least as severe as b" (SEVERITIES lists the loudest first). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}
