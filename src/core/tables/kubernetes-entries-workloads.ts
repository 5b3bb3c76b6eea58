// Entries for the controllers that own pods (Deployment, ReplicaSet, ReplicationController, StatefulSet,
// DaemonSet, Job, CronJob) and for the objects that scale or protect them (HorizontalPodAutoscaler,
// PodDisruptionBudget). All orchestration: they decide how many pods, which ones, how they are replaced.
import type { EntryTable } from '../types';
import { inCompose, inDockerCli } from './layer-rows';
import { kubernetes } from './kubernetes-helpers';

const swarmNote = 'Swarm';

export const workloadEntries: EntryTable = {
  'k8s.workload.spec': kubernetes(
    'scale',
    'Desired state of a pod controller: how many pods, which ones it owns, the pod template and how updates roll out.',
    'replicas',
    inCompose('services.*.deploy', swarmNote),
  ),
  'k8s.workload.replicas': kubernetes(
    'scale',
    'How many identical pods the controller keeps running, adding or removing pods anywhere in the cluster to match.',
    'replicas',
    inCompose('services.*.deploy.replicas', 'a fixed count'),
    inDockerCli('docker compose up --scale <service>=<n>'),
  ),
  'k8s.workload.selector': kubernetes(
    'identity',
    "The label query deciding which pods this object owns and counts; it must match the template's labels.",
    'labels-metadata',
  ),
  'k8s.workload.template': kubernetes(
    'scale',
    'The pod blueprint the controller stamps out for every copy; its fields keep their own layers while the template belongs to the controller.',
    'replicas',
    inCompose('services.*', 'a service is the template for its replicas'),
  ),
  'k8s.workload.minReadySeconds': kubernetes(
    'rollout',
    'How long a new pod must stay ready before it counts as available, which paces a rollout.',
    'rollout',
    inCompose('services.*.deploy.update_config.monitor', swarmNote),
  ),
  'k8s.workload.revisionHistoryLimit': kubernetes(
    'rollout',
    'How many old revisions are kept so the workload can be rolled back to them.',
    'rollout',
    inCompose('services.*.deploy.rollback_config', 'Swarm keeps only the previous spec'),
  ),
  'k8s.workload.updateStrategy': kubernetes(
    'rollout',
    'How a StatefulSet or DaemonSet replaces its pods after a template change: rolling, partitioned, or only when pods are deleted.',
    'rollout',
    inCompose('services.*.deploy.update_config', swarmNote),
  ),
  'k8s.deployment.strategy': kubernetes(
    'rollout',
    'How new pods replace old ones: a rolling update bounded by maxSurge and maxUnavailable, or Recreate which stops all first.',
    'rollout',
    inCompose('services.*.deploy.update_config', 'Swarm: parallelism, order'),
  ),
  'k8s.deployment.progressDeadlineSeconds': kubernetes(
    'rollout',
    'How long a rollout may stall before the Deployment reports it as failed; nothing is rolled back automatically.',
    'rollout',
    inCompose('services.*.deploy.update_config.failure_action', 'Swarm can roll back or pause'),
  ),
  'k8s.deployment.paused': kubernetes(
    'rollout',
    'Freezes rollouts so template edits pile up without creating new pods until the Deployment is resumed.',
    'rollout',
  ),
  'k8s.daemonset.spec': kubernetes(
    'schedule',
    'Runs one copy of the pod on every eligible node, so the number of nodes rather than a replica count decides how many run.',
    'scheduling',
    inCompose('services.*.deploy.mode: global', swarmNote),
  ),
  'k8s.statefulset.serviceName': kubernetes(
    'network',
    'The headless Service that gives each pod a stable DNS name built from the set name and its ordinal.',
    'networking',
  ),
  'k8s.statefulset.volumeClaimTemplates': kubernetes(
    'storage',
    'Claim templates from which each pod gets its own PersistentVolumeClaim, kept across restarts and rescheduling.',
    'volumes',
    inCompose('volumes', 'one shared named volume, not one per replica'),
  ),
  'k8s.statefulset.podManagementPolicy': kubernetes(
    'rollout',
    'Whether pods are created and removed one at a time in ordinal order or all in parallel.',
    'rollout',
  ),
  'k8s.statefulset.persistentVolumeClaimRetentionPolicy': kubernetes(
    'storage',
    'Whether the per-pod claims are kept or deleted when the StatefulSet is deleted or scaled down.',
    'volumes',
    inDockerCli('docker compose down --volumes', 'removes volumes at teardown'),
  ),
  'k8s.statefulset.ordinals': kubernetes(
    'scale',
    "The number the first pod's ordinal starts from, so replicas can be numbered from something other than zero.",
    'replicas',
  ),

  'k8s.job.spec': kubernetes(
    'lifecycle',
    'A batch task whose pods run until enough succeed, with retries, deadlines and cleanup enforced by the Job controller.',
    'jobs',
    inDockerCli('docker run --rm', 'one container, no retries'),
    inCompose('services.*.deploy.mode: replicated-job', swarmNote),
  ),
  'k8s.job.completions': kubernetes(
    'scale',
    'How many pods must finish successfully before the Job is complete.',
    'jobs',
    inCompose('services.*.deploy.replicas', 'with mode replicated-job, Swarm'),
  ),
  'k8s.job.parallelism': kubernetes(
    'scale',
    'How many pods of the Job may run at the same time.',
    'jobs',
    inDockerCli('docker service create --max-concurrent', 'Swarm jobs'),
  ),
  'k8s.job.backoffLimit': kubernetes(
    'lifecycle',
    'How many failed pod attempts the Job retries before it gives up and is marked failed.',
    'jobs',
    inDockerCli('docker run --restart on-failure:<n>', 'retries one container in place'),
  ),
  'k8s.job.backoffLimitPerIndex': kubernetes(
    'lifecycle',
    'For an indexed Job, the retry budget of each index and how many failed indexes are tolerated before the Job fails.',
    'jobs',
  ),
  'k8s.job.activeDeadlineSeconds': kubernetes(
    'lifecycle',
    'A time limit for the whole Job, after which its running pods are stopped and it is marked failed.',
    'jobs',
  ),
  'k8s.job.ttlSecondsAfterFinished': kubernetes(
    'lifecycle',
    'How long a finished Job is kept before the cluster deletes it together with its pods.',
    'jobs',
    inDockerCli('docker run --rm', 'removes the container as soon as it exits'),
  ),
  'k8s.job.suspend': kubernetes(
    'lifecycle',
    'Pauses the Job: its running pods are stopped and none start until it is resumed.',
    'jobs',
  ),
  'k8s.job.completionMode': kubernetes(
    'lifecycle',
    'NonIndexed or Indexed, that is whether each pod gets a completion index telling it which share of the work to do.',
    'jobs',
  ),
  'k8s.job.podFailurePolicy': kubernetes(
    'lifecycle',
    'Rules on exit codes and pod conditions that fail the Job at once, ignore a failure, or count it against the backoff limit.',
    'jobs',
  ),
  'k8s.job.successPolicy': kubernetes(
    'lifecycle',
    'Which succeeded indexes are enough for an indexed Job to be declared successful early.',
    'jobs',
  ),
  'k8s.job.podReplacementPolicy': kubernetes(
    'lifecycle',
    'Whether a replacement pod is created as soon as the old one starts terminating or only once it has fully failed.',
    'jobs',
  ),
  'k8s.job.manualSelector': kubernetes(
    'identity',
    'Lets you supply your own pod selector instead of the generated one, at the risk of adopting unrelated pods.',
    'labels-metadata',
  ),
  'k8s.job.managedBy': kubernetes(
    'lifecycle',
    'Names an outside controller that runs this Job in place of the built-in Job controller.',
    'jobs',
  ),

  'k8s.cronjob.spec': kubernetes(
    'lifecycle',
    'Creates a Job on a cron schedule, time-based orchestration that neither Docker nor Compose offers.',
    'jobs',
  ),
  'k8s.cronjob.jobTemplate': kubernetes(
    'lifecycle',
    'The Job created at each scheduled run; its spec reads exactly like a Job of its own.',
    'jobs',
  ),
  'k8s.cronjob.schedule': kubernetes(
    'lifecycle',
    'The cron expression saying when a new Job is created.',
    'jobs',
  ),
  'k8s.cronjob.timeZone': kubernetes(
    'lifecycle',
    "The time zone the schedule is read in; without it the controller's local zone applies.",
    'jobs',
  ),
  'k8s.cronjob.concurrencyPolicy': kubernetes(
    'lifecycle',
    'What happens when a run is due while the previous one is still going: allow both, skip the new one, or replace the old one.',
    'jobs',
  ),
  'k8s.cronjob.startingDeadlineSeconds': kubernetes(
    'lifecycle',
    'How late a missed run may still be started; past it the run is skipped.',
    'jobs',
  ),
  'k8s.cronjob.historyLimit': kubernetes(
    'lifecycle',
    'How many finished Jobs, successful or failed, are kept around for inspection.',
    'jobs',
  ),
  'k8s.cronjob.suspend': kubernetes(
    'lifecycle',
    'Stops new runs from being created while leaving Jobs that already started alone.',
    'jobs',
  ),

  'k8s.hpa.spec': kubernetes(
    'scale',
    "Autoscaling rules that change a workload's replica count from observed metrics, something Docker and Compose never do.",
    'replicas',
    inCompose('services.*.deploy.replicas', 'fixed, never autoscaled'),
  ),
  'k8s.hpa.scaleTargetRef': kubernetes(
    'scale',
    'The Deployment, StatefulSet or other scalable object whose replica count this autoscaler drives.',
    'replicas',
  ),
  'k8s.hpa.minReplicas': kubernetes(
    'scale',
    'The lowest replica count the autoscaler may scale down to.',
    'replicas',
    inCompose('services.*.deploy.replicas', 'fixed, never autoscaled'),
  ),
  'k8s.hpa.maxReplicas': kubernetes(
    'scale',
    'The highest replica count the autoscaler may scale up to.',
    'replicas',
    inCompose('services.*.deploy.replicas', 'fixed, never autoscaled'),
  ),
  'k8s.hpa.targetCPUUtilizationPercentage': kubernetes(
    'scale',
    'The average CPU use, as a percentage of requests, that the autoscaling/v1 autoscaler steers toward.',
    'replicas',
  ),
  'k8s.hpa.metrics': kubernetes(
    'scale',
    'The autoscaling/v2 list of resource, pod, object or external metrics and the targets the autoscaler balances.',
    'replicas',
  ),
  'k8s.hpa.behavior': kubernetes(
    'scale',
    'Scale-up and scale-down policies and stabilization windows (autoscaling/v2) that damp how fast the replica count changes.',
    'replicas',
  ),

  'k8s.pdb.spec': kubernetes(
    'lifecycle',
    "Limits voluntary evictions such as node drains so enough pods of an app stay up; a Deployment's own rolling update does not consult it.",
    'rollout',
  ),
  'k8s.pdb.minAvailable': kubernetes(
    'lifecycle',
    'How many matching pods, or what percentage, must stay available while pods are being evicted.',
    'rollout',
  ),
  'k8s.pdb.maxUnavailable': kubernetes(
    'lifecycle',
    'How many matching pods, or what percentage, may be evicted at the same time.',
    'rollout',
  ),
  'k8s.pdb.selector': kubernetes(
    'identity',
    'The label query choosing which pods the disruption budget protects.',
    'labels-metadata',
  ),
  'k8s.pdb.unhealthyPodEvictionPolicy': kubernetes(
    'lifecycle',
    'Whether pods that run but are not ready may be evicted even when the budget is used up.',
    'rollout',
  ),
};

/** Workload entries that have no counterpart in a Dockerfile, a Compose file or the docker CLI. */
export const workloadEntriesWithoutCounterparts: readonly string[] = [
  'k8s.workload.selector',
  'k8s.deployment.paused',
  'k8s.statefulset.serviceName',
  'k8s.statefulset.podManagementPolicy',
  'k8s.statefulset.ordinals',
  'k8s.job.backoffLimitPerIndex',
  'k8s.job.activeDeadlineSeconds',
  'k8s.job.suspend',
  'k8s.job.completionMode',
  'k8s.job.podFailurePolicy',
  'k8s.job.successPolicy',
  'k8s.job.podReplacementPolicy',
  'k8s.job.manualSelector',
  'k8s.job.managedBy',
  'k8s.cronjob.spec',
  'k8s.cronjob.jobTemplate',
  'k8s.cronjob.schedule',
  'k8s.cronjob.timeZone',
  'k8s.cronjob.concurrencyPolicy',
  'k8s.cronjob.startingDeadlineSeconds',
  'k8s.cronjob.historyLimit',
  'k8s.cronjob.suspend',
  'k8s.hpa.scaleTargetRef',
  'k8s.hpa.targetCPUUtilizationPercentage',
  'k8s.hpa.metrics',
  'k8s.hpa.behavior',
  'k8s.pdb.spec',
  'k8s.pdb.minAvailable',
  'k8s.pdb.maxUnavailable',
  'k8s.pdb.selector',
  'k8s.pdb.unhealthyPodEvictionPolicy',
];
