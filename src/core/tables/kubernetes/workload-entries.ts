// Entries for the controllers that own pods (Deployment, ReplicaSet, ReplicationController, StatefulSet,
// DaemonSet, Job, CronJob) and for the objects that scale or protect them (HorizontalPodAutoscaler,
// PodDisruptionBudget). All orchestration: they decide how many pods, which ones, how they are replaced.
import type { EntryTable } from '../../types';
import { docs, feature, inCompose, inDockerCli } from '../layer-rows';
import { kubernetes } from './rows';

const swarmNote = 'Swarm';

// Primary pages the rows are written from.
const k8sDocs = 'https://kubernetes.io/docs/';
const deployment = `${k8sDocs}concepts/workloads/controllers/deployment/`;
const statefulSet = `${k8sDocs}concepts/workloads/controllers/statefulset/`;
const job = `${k8sDocs}concepts/workloads/controllers/job/`;
const cronJob = `${k8sDocs}concepts/workloads/controllers/cron-jobs/`;
const hpa = `${k8sDocs}tasks/run-application/horizontal-pod-autoscale/`;
const hpaSpec = `${k8sDocs}reference/kubernetes-api/workload-resources/horizontal-pod-autoscaler-v2/#HorizontalPodAutoscalerSpec`;
const pdbTask = `${k8sDocs}tasks/run-application/configure-pdb/`;

export const workloadEntries: EntryTable = {
  'k8s.workload.spec': kubernetes(
    'scale',
    'Desired state of a pod controller: how many pods, which ones it owns, the pod template and how updates roll out.',
    'replicas',
    docs(`${deployment}#writing-a-deployment-spec`),
    inCompose('services.*.deploy', swarmNote),
  ),
  'k8s.workload.replicas': kubernetes(
    'scale',
    'How many pods the controller keeps: it creates or deletes pods to match, and the scheduler places them; an autoscaler may own this value instead.',
    'replicas',
    docs(`${deployment}#replicas`),
    inCompose('services.*.deploy.replicas', 'a fixed count'),
    inDockerCli('docker compose up --scale <service>=<n>'),
  ),
  'k8s.workload.selector': kubernetes(
    'identity',
    "The label query deciding which pods this controller owns and counts; it must match the template's labels, and no other controller's pods should match it.",
    'labels-metadata',
    docs(`${deployment}#selector`),
  ),
  'k8s.workload.template': kubernetes(
    'scale',
    'The pod blueprint the controller stamps out for every copy; its fields keep their own layers while the template belongs to the controller.',
    'replicas',
    docs(`${k8sDocs}concepts/workloads/pods/#pod-templates`),
    inCompose('services.*', 'a service is the template for its replicas'),
  ),
  'k8s.workload.minReadySeconds': kubernetes(
    'rollout',
    'How long a new pod must stay ready, with no container crashing, before the controller counts it as available, which paces a rollout.',
    'rollout',
    docs(`${deployment}#min-ready-seconds`),
    inCompose('services.*.deploy.update_config.monitor', 'Swarm: watch time after each task update'),
  ),
  'k8s.workload.revisionHistoryLimit': kubernetes(
    'rollout',
    'How many old revisions the controller keeps so the workload can be rolled back to them; 0 keeps none, which rules out a rollback.',
    'rollout',
    docs(`${deployment}#revision-history-limit`),
    inCompose('services.*.deploy.rollback_config', 'Swarm: how a rollback to the previous spec proceeds'),
  ),
  'k8s.workload.updateStrategy': kubernetes(
    'rollout',
    'How the StatefulSet or DaemonSet controller replaces pods after a template change: RollingUpdate (partitioned, for a StatefulSet) or OnDelete, which waits for you to delete them.',
    'rollout',
    docs(`${statefulSet}#update-strategies`),
    inCompose('services.*.deploy.update_config', swarmNote),
  ),
  'k8s.deployment.strategy': kubernetes(
    'rollout',
    'How the Deployment controller replaces old pods: a rolling update bounded by maxSurge and maxUnavailable, or Recreate, which removes all old pods first.',
    'rollout',
    docs(`${deployment}#strategy`),
    inCompose('services.*.deploy.update_config', 'Swarm: parallelism, order'),
  ),
  'k8s.deployment.progressDeadlineSeconds': kubernetes(
    'rollout',
    'How long a rollout may stall before the Deployment controller marks it ProgressDeadlineExceeded; it keeps retrying and rolls nothing back.',
    'rollout',
    docs(`${deployment}#progress-deadline-seconds`),
    inCompose('services.*.deploy.update_config.failure_action', 'Swarm can roll back or pause'),
  ),
  'k8s.deployment.paused': kubernetes(
    'rollout',
    'Stops template edits from triggering rollouts until the Deployment is resumed; the controller still keeps the replica count.',
    'rollout',
    docs(`${deployment}#paused`),
  ),
  'k8s.daemonset.spec': kubernetes(
    'schedule',
    'The DaemonSet controller keeps one copy of the pod on every eligible node, so the nodes rather than a replica count decide how many run.',
    'scheduling',
    docs(`${k8sDocs}concepts/workloads/controllers/daemonset/`),
    inCompose('services.*.deploy.mode: global', swarmNote),
  ),
  'k8s.statefulset.serviceName': kubernetes(
    'network',
    'The headless Service, which you create yourself, that governs the DNS subdomain giving each pod a stable name built from the set name and its ordinal.',
    'networking',
    docs(`${statefulSet}#stable-network-id`),
  ),
  'k8s.statefulset.volumeClaimTemplates': kubernetes(
    'storage',
    'Claim templates from which each pod gets its own PersistentVolumeClaim, which follows the pod across rescheduling and outlives it by default.',
    'volumes',
    docs(`${statefulSet}#volume-claim-templates`),
    inCompose('volumes', 'one shared named volume, not one per replica'),
  ),
  // Parallel changes scaling only, not rolling updates (StatefulSet docs), hence a scale row.
  'k8s.statefulset.podManagementPolicy': kubernetes(
    'scale',
    'Whether the StatefulSet controller scales pods up and down one at a time in ordinal order (OrderedReady) or all at once (Parallel).',
    'replicas',
    docs(`${statefulSet}#pod-management-policies`),
  ),
  'k8s.statefulset.persistentVolumeClaimRetentionPolicy': kubernetes(
    'storage',
    'Whether the per-pod claims are kept (the default) or deleted when the StatefulSet is deleted or scaled down; other pod replacements always keep them.',
    'volumes',
    docs(`${statefulSet}#persistentvolumeclaim-retention`),
    feature('GA', '1.32'),
    inDockerCli('docker compose down --volumes', 'removes volumes at teardown'),
  ),
  'k8s.statefulset.ordinals': kubernetes(
    'scale',
    "The number the first pod's ordinal starts from, so replicas can be numbered from something other than zero.",
    'replicas',
    docs(`${statefulSet}#start-ordinal`),
    feature('GA', '1.31'),
  ),

  'k8s.job.spec': kubernetes(
    'lifecycle',
    'A batch task: the Job controller creates pods and replaces failed ones until enough succeed or a retry or time limit fails the Job.',
    'jobs',
    docs(job),
    inDockerCli('docker run --rm', 'one container, no retries'),
    inDockerCli('docker service create --mode replicated-job', 'Swarm job, run to completion'),
  ),
  'k8s.job.completions': kubernetes(
    'scale',
    'How many pods must finish successfully before the Job is complete; in Indexed mode, one success per index.',
    'jobs',
    docs(`${job}#parallel-jobs`),
    inDockerCli('docker service create --replicas', 'total completions of a Swarm replicated-job'),
  ),
  'k8s.job.parallelism': kubernetes(
    'scale',
    'How many pods of the Job the controller runs at once, never more than the completions still needed; 0 holds the Job until it is raised.',
    'jobs',
    docs(`${job}#controlling-parallelism`),
    inDockerCli('docker service create --max-concurrent', 'Swarm jobs'),
  ),
  'k8s.job.backoffLimit': kubernetes(
    'lifecycle',
    'How many retries (failed pods, or container restarts under OnFailure) the Job controller allows, with growing delays, before it marks the Job failed.',
    'jobs',
    docs(`${job}#pod-backoff-failure-policy`),
    inDockerCli('docker run --restart on-failure:<n>', 'retries one container in place'),
  ),
  'k8s.job.backoffLimitPerIndex': kubernetes(
    'lifecycle',
    'For an Indexed Job, how many pod failures each index may have; any failed index fails the Job, and maxFailedIndexes stops it early.',
    'jobs',
    docs(`${job}#backoff-limit-per-index`),
    feature('GA', '1.33'),
  ),
  'k8s.job.activeDeadlineSeconds': kubernetes(
    'lifecycle',
    'A time limit for the whole Job, after which the Job controller stops its running pods and marks it failed, whatever retries remain.',
    'jobs',
    docs(`${job}#job-termination-and-cleanup`),
  ),
  'k8s.job.ttlSecondsAfterFinished': kubernetes(
    'lifecycle',
    'How long a finished Job is kept before the TTL controller deletes it together with its pods; unset keeps it until someone deletes it.',
    'jobs',
    docs(`${job}#ttl-mechanism-for-finished-jobs`),
    inDockerCli('docker run --rm', 'removes the container as soon as it exits'),
  ),
  'k8s.job.suspend': kubernetes(
    'lifecycle',
    'Pauses the Job: the controller terminates its running pods and starts none until it is resumed, which also restarts the deadline timer.',
    'jobs',
    docs(`${job}#suspending-a-job`),
  ),
  'k8s.job.completionMode': kubernetes(
    'lifecycle',
    'NonIndexed or Indexed, that is whether each pod gets a completion index telling it which share of the work to do.',
    'jobs',
    docs(`${job}#completion-mode`),
  ),
  'k8s.job.podFailurePolicy': kubernetes(
    'lifecycle',
    'Rules on exit codes and pod conditions by which the Job controller fails the Job or the index at once, ignores a failure, or counts it toward the backoff limit.',
    'jobs',
    docs(`${job}#pod-failure-policy`),
    feature('GA', '1.31'),
  ),
  'k8s.job.successPolicy': kubernetes(
    'lifecycle',
    'Which succeeded indexes, or how many, are enough for the Job controller to declare an Indexed Job successful and stop the pods still running.',
    'jobs',
    docs(`${job}#success-policy`),
    feature('GA', '1.33'),
  ),
  'k8s.job.podReplacementPolicy': kubernetes(
    'lifecycle',
    'Whether the Job controller creates a replacement pod as soon as the old one starts terminating or only once it has fully failed.',
    'jobs',
    docs(`${job}#pod-replacement-policy`),
    feature('GA', '1.34'),
  ),
  'k8s.job.manualSelector': kubernetes(
    'identity',
    'Lets you supply your own pod selector instead of the generated one, at the risk of adopting unrelated pods.',
    'labels-metadata',
    docs(`${job}#specifying-your-own-pod-selector`),
  ),
  'k8s.job.managedBy': kubernetes(
    'lifecycle',
    'Names an outside controller that reconciles this Job in place of the built-in Job controller; it cannot be changed later.',
    'jobs',
    docs(`${job}#delegation-of-managing-a-job-object-to-external-controller`),
    feature('GA', '1.35'),
  ),

  'k8s.cronjob.spec': kubernetes(
    'lifecycle',
    'The CronJob controller creates a Job on a cron schedule, time-based orchestration that neither Docker nor Compose offers.',
    'jobs',
    docs(cronJob),
  ),
  'k8s.cronjob.jobTemplate': kubernetes(
    'lifecycle',
    'The Job created at each scheduled run; its spec reads exactly like a Job of its own, and edits only affect Jobs created later.',
    'jobs',
    docs(`${cronJob}#job-template`),
  ),
  'k8s.cronjob.schedule': kubernetes(
    'lifecycle',
    'The cron expression saying when the CronJob controller creates a new Job.',
    'jobs',
    docs(`${cronJob}#schedule-syntax`),
  ),
  'k8s.cronjob.timeZone': kubernetes(
    'lifecycle',
    'The time zone the schedule is read in; without it the kube-controller-manager reads it in its own local time zone.',
    'jobs',
    docs(`${cronJob}#time-zones`),
    feature('GA', '1.27'),
  ),
  'k8s.cronjob.concurrencyPolicy': kubernetes(
    'lifecycle',
    'What happens when a run is due while the previous one is still going: allow both, skip the new one, or replace the old one.',
    'jobs',
    docs(`${cronJob}#concurrency-policy`),
  ),
  'k8s.cronjob.startingDeadlineSeconds': kubernetes(
    'lifecycle',
    'How late a missed run may still be started; past it that run is skipped and counted as failed.',
    'jobs',
    docs(`${cronJob}#starting-deadline`),
  ),
  'k8s.cronjob.historyLimit': kubernetes(
    'lifecycle',
    'How many finished Jobs, successful (default 3) or failed (default 1), the CronJob controller keeps around for inspection.',
    'jobs',
    docs(`${cronJob}#jobs-history-limits`),
  ),
  'k8s.cronjob.suspend': kubernetes(
    'lifecycle',
    'Stops new runs from being created while leaving Jobs that already started alone; runs missed meanwhile may start on resume.',
    'jobs',
    docs(`${cronJob}#schedule-suspension`),
  ),

  'k8s.hpa.spec': kubernetes(
    'scale',
    "Rules by which the autoscaling controller changes a workload's replica count from observed metrics, something Docker and Compose never do.",
    'replicas',
    docs(hpa),
    inCompose('services.*.deploy.replicas', 'fixed, never autoscaled'),
  ),
  'k8s.hpa.scaleTargetRef': kubernetes(
    'scale',
    'The Deployment, StatefulSet or other object with a scale subresource whose replica count this autoscaler drives.',
    'replicas',
    docs(`${hpa}#how-does-a-horizontalpodautoscaler-work`),
  ),
  'k8s.hpa.minReplicas': kubernetes(
    'scale',
    'The lowest replica count the autoscaler may scale down to; it defaults to 1, and 0 needs the alpha HPAScaleToZero feature gate.',
    'replicas',
    docs(hpaSpec),
    inCompose('services.*.deploy.replicas', 'fixed, never autoscaled'),
  ),
  'k8s.hpa.maxReplicas': kubernetes(
    'scale',
    'The highest replica count the autoscaler may scale up to.',
    'replicas',
    docs(hpaSpec),
    inCompose('services.*.deploy.replicas', 'fixed, never autoscaled'),
  ),
  'k8s.hpa.targetCPUUtilizationPercentage': kubernetes(
    'scale',
    'The average CPU use, as a percentage of the pods\' CPU requests, that the autoscaling/v1 autoscaler steers toward.',
    'replicas',
    docs(`${hpa}#algorithm-details`),
  ),
  'k8s.hpa.metrics': kubernetes(
    'scale',
    'The autoscaling/v2 list of resource, container, pod, object or external metrics with their targets; the largest replica count they call for wins.',
    'replicas',
    docs(`${hpa}#scaling-on-multiple-metrics`),
  ),
  'k8s.hpa.behavior': kubernetes(
    'scale',
    'Scale-up and scale-down policies and stabilization windows (autoscaling/v2) that limit how fast the autoscaler changes the replica count.',
    'replicas',
    docs(`${hpa}#configurable-scaling-behavior`),
  ),

  'k8s.pdb.spec': kubernetes(
    'lifecycle',
    'Caps how many pods of an app evictions through the Eviction API, such as a node drain, may take down; rolling updates and plain deletes are not held back by it.',
    'rollout',
    docs(`${k8sDocs}concepts/workloads/pods/disruptions/#pod-disruption-budgets`),
  ),
  'k8s.pdb.minAvailable': kubernetes(
    'lifecycle',
    'How many selected pods, or what percentage, must stay available for an eviction to be allowed.',
    'rollout',
    docs(`${pdbTask}#specifying-a-poddisruptionbudget`),
  ),
  'k8s.pdb.maxUnavailable': kubernetes(
    'lifecycle',
    'How many selected pods, or what percentage, may be unavailable for an eviction to be allowed; usable only for pods a controller manages.',
    'rollout',
    docs(`${pdbTask}#specifying-a-poddisruptionbudget`),
  ),
  'k8s.pdb.selector': kubernetes(
    'identity',
    'The label query choosing which pods the disruption budget protects, usually the same as their controller\'s selector.',
    'labels-metadata',
    docs(`${pdbTask}#identify-an-application-to-protect`),
  ),
  'k8s.pdb.unhealthyPodEvictionPolicy': kubernetes(
    'lifecycle',
    'Whether running pods that are not ready may be evicted even when the budget is used up (AlwaysAllow) or only while the app is otherwise healthy.',
    'rollout',
    docs(`${pdbTask}#unhealthy-pod-eviction-policy`),
    feature('GA', '1.31'),
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
