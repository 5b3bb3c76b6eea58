// Shapes of the pod-owning controllers and of the objects that scale or protect them. Every pod template
// is read with PodTemplateSpec, so a container inside any workload gets the same answers as in a bare Pod.
import type { FieldRule, ShapeTable } from '../../types';
import { flatRoot, specRoot } from './rows';

const template: FieldRule = { entry: 'k8s.workload.template', shape: 'PodTemplateSpec' };

/** Keys every replicated pod controller has (ReplicaSet, ReplicationController, Deployment, StatefulSet). */
const replicated: Record<string, FieldRule> = {
  replicas: { entry: 'k8s.workload.replicas' },
  selector: { entry: 'k8s.workload.selector' },
  template,
  minReadySeconds: { entry: 'k8s.workload.minReadySeconds' },
};
const revisionHistoryLimit: FieldRule = { entry: 'k8s.workload.revisionHistoryLimit' };
const updateStrategy: FieldRule = { entry: 'k8s.workload.updateStrategy' };
const cronHistory: FieldRule = { entry: 'k8s.cronjob.historyLimit' };
const jobIndexRetries: FieldRule = { entry: 'k8s.job.backoffLimitPerIndex' };

export const workloadShapes: ShapeTable = {
  Pod: specRoot('k8s.pod.spec', 'PodSpec'),
  PodTemplate: flatRoot({ template }),

  Deployment: specRoot('k8s.workload.spec', 'DeploymentSpec'),
  DeploymentSpec: {
    fields: {
      ...replicated,
      strategy: { entry: 'k8s.deployment.strategy' },
      revisionHistoryLimit,
      progressDeadlineSeconds: { entry: 'k8s.deployment.progressDeadlineSeconds' },
      paused: { entry: 'k8s.deployment.paused' },
    },
  },
  ReplicaSet: specRoot('k8s.workload.spec', 'ReplicaSetSpec'),
  // ReplicationController's selector is a plain label map rather than a LabelSelector; the entry is the same.
  ReplicaSetSpec: { fields: replicated },
  ReplicationController: specRoot('k8s.workload.spec', 'ReplicaSetSpec'),
  StatefulSet: specRoot('k8s.workload.spec', 'StatefulSetSpec'),
  StatefulSetSpec: {
    fields: {
      ...replicated,
      serviceName: { entry: 'k8s.statefulset.serviceName' },
      volumeClaimTemplates: { entry: 'k8s.statefulset.volumeClaimTemplates', shape: 'PersistentVolumeClaim' },
      podManagementPolicy: { entry: 'k8s.statefulset.podManagementPolicy' },
      updateStrategy,
      revisionHistoryLimit,
      persistentVolumeClaimRetentionPolicy: { entry: 'k8s.statefulset.persistentVolumeClaimRetentionPolicy' },
      ordinals: { entry: 'k8s.statefulset.ordinals' },
    },
  },
  DaemonSet: specRoot('k8s.daemonset.spec', 'DaemonSetSpec'),
  DaemonSetSpec: {
    fields: {
      selector: { entry: 'k8s.workload.selector' },
      template,
      updateStrategy,
      minReadySeconds: { entry: 'k8s.workload.minReadySeconds' },
      revisionHistoryLimit,
    },
  },

  Job: specRoot('k8s.job.spec', 'JobSpec'),
  JobSpec: {
    fields: {
      template,
      completions: { entry: 'k8s.job.completions' },
      parallelism: { entry: 'k8s.job.parallelism' },
      backoffLimit: { entry: 'k8s.job.backoffLimit' },
      backoffLimitPerIndex: jobIndexRetries,
      maxFailedIndexes: jobIndexRetries,
      activeDeadlineSeconds: { entry: 'k8s.job.activeDeadlineSeconds' },
      ttlSecondsAfterFinished: { entry: 'k8s.job.ttlSecondsAfterFinished' },
      suspend: { entry: 'k8s.job.suspend' },
      completionMode: { entry: 'k8s.job.completionMode' },
      podFailurePolicy: { entry: 'k8s.job.podFailurePolicy' },
      successPolicy: { entry: 'k8s.job.successPolicy' },
      podReplacementPolicy: { entry: 'k8s.job.podReplacementPolicy' },
      selector: { entry: 'k8s.workload.selector' },
      manualSelector: { entry: 'k8s.job.manualSelector' },
      managedBy: { entry: 'k8s.job.managedBy' },
    },
  },
  CronJob: specRoot('k8s.cronjob.spec', 'CronJobSpec'),
  CronJobSpec: {
    fields: {
      schedule: { entry: 'k8s.cronjob.schedule' },
      timeZone: { entry: 'k8s.cronjob.timeZone' },
      concurrencyPolicy: { entry: 'k8s.cronjob.concurrencyPolicy' },
      startingDeadlineSeconds: { entry: 'k8s.cronjob.startingDeadlineSeconds' },
      suspend: { entry: 'k8s.cronjob.suspend' },
      successfulJobsHistoryLimit: cronHistory,
      failedJobsHistoryLimit: cronHistory,
      jobTemplate: { entry: 'k8s.cronjob.jobTemplate', shape: 'JobTemplateSpec' },
    },
  },
  JobTemplateSpec: {
    fields: {
      metadata: { entry: 'k8s.metadata', shape: 'ObjectMeta' },
      spec: { entry: 'k8s.job.spec', shape: 'JobSpec' },
    },
  },

  HorizontalPodAutoscaler: specRoot('k8s.hpa.spec', 'HorizontalPodAutoscalerSpec'),
  // One shape for autoscaling/v1 and v2: their keys do not clash.
  HorizontalPodAutoscalerSpec: {
    fields: {
      scaleTargetRef: { entry: 'k8s.hpa.scaleTargetRef' },
      minReplicas: { entry: 'k8s.hpa.minReplicas' },
      maxReplicas: { entry: 'k8s.hpa.maxReplicas' },
      targetCPUUtilizationPercentage: { entry: 'k8s.hpa.targetCPUUtilizationPercentage' },
      metrics: { entry: 'k8s.hpa.metrics' },
      behavior: { entry: 'k8s.hpa.behavior' },
    },
  },
  PodDisruptionBudget: specRoot('k8s.pdb.spec', 'PodDisruptionBudgetSpec'),
  PodDisruptionBudgetSpec: {
    fields: {
      minAvailable: { entry: 'k8s.pdb.minAvailable' },
      maxUnavailable: { entry: 'k8s.pdb.maxUnavailable' },
      selector: { entry: 'k8s.pdb.selector' },
      unhealthyPodEvictionPolicy: { entry: 'k8s.pdb.unhealthyPodEvictionPolicy' },
    },
  },
};
