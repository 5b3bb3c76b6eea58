// Shapes of the pod-owning controllers and of the objects that scale or protect them. Every pod template
// is read with PodTemplateSpec, so a container inside any workload gets the same answers as in a bare Pod.
import type { FieldRule, ShapeTable } from '../types';
import { flatRoot, specRoot } from './kubernetes-helpers';

const template: FieldRule = { e: 'k8s.workload.template', s: 'PodTemplateSpec' };

/** Keys every replicated pod controller has (ReplicaSet, ReplicationController, Deployment, StatefulSet). */
const replicated: Record<string, FieldRule> = {
  replicas: { e: 'k8s.workload.replicas' },
  selector: { e: 'k8s.workload.selector' },
  template,
  minReadySeconds: { e: 'k8s.workload.minReadySeconds' },
};
const revisionHistoryLimit: FieldRule = { e: 'k8s.workload.revisionHistoryLimit' };
const updateStrategy: FieldRule = { e: 'k8s.workload.updateStrategy' };
const cronHistory: FieldRule = { e: 'k8s.cronjob.historyLimit' };
const jobIndexRetries: FieldRule = { e: 'k8s.job.backoffLimitPerIndex' };

export const workloadShapes: ShapeTable = {
  Pod: specRoot('k8s.pod.spec', 'PodSpec'),
  PodTemplate: flatRoot({ template }),

  Deployment: specRoot('k8s.workload.spec', 'DeploymentSpec'),
  DeploymentSpec: {
    fields: {
      ...replicated,
      strategy: { e: 'k8s.deployment.strategy' },
      revisionHistoryLimit,
      progressDeadlineSeconds: { e: 'k8s.deployment.progressDeadlineSeconds' },
      paused: { e: 'k8s.deployment.paused' },
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
      serviceName: { e: 'k8s.statefulset.serviceName' },
      volumeClaimTemplates: { e: 'k8s.statefulset.volumeClaimTemplates', s: 'PersistentVolumeClaim' },
      podManagementPolicy: { e: 'k8s.statefulset.podManagementPolicy' },
      updateStrategy,
      revisionHistoryLimit,
      persistentVolumeClaimRetentionPolicy: { e: 'k8s.statefulset.persistentVolumeClaimRetentionPolicy' },
      ordinals: { e: 'k8s.statefulset.ordinals' },
    },
  },
  DaemonSet: specRoot('k8s.daemonset.spec', 'DaemonSetSpec'),
  DaemonSetSpec: {
    fields: {
      selector: { e: 'k8s.workload.selector' },
      template,
      updateStrategy,
      minReadySeconds: { e: 'k8s.workload.minReadySeconds' },
      revisionHistoryLimit,
    },
  },

  Job: specRoot('k8s.job.spec', 'JobSpec'),
  JobSpec: {
    fields: {
      template,
      completions: { e: 'k8s.job.completions' },
      parallelism: { e: 'k8s.job.parallelism' },
      backoffLimit: { e: 'k8s.job.backoffLimit' },
      backoffLimitPerIndex: jobIndexRetries,
      maxFailedIndexes: jobIndexRetries,
      activeDeadlineSeconds: { e: 'k8s.job.activeDeadlineSeconds' },
      ttlSecondsAfterFinished: { e: 'k8s.job.ttlSecondsAfterFinished' },
      suspend: { e: 'k8s.job.suspend' },
      completionMode: { e: 'k8s.job.completionMode' },
      podFailurePolicy: { e: 'k8s.job.podFailurePolicy' },
      successPolicy: { e: 'k8s.job.successPolicy' },
      podReplacementPolicy: { e: 'k8s.job.podReplacementPolicy' },
      selector: { e: 'k8s.workload.selector' },
      manualSelector: { e: 'k8s.job.manualSelector' },
      managedBy: { e: 'k8s.job.managedBy' },
    },
  },
  CronJob: specRoot('k8s.cronjob.spec', 'CronJobSpec'),
  CronJobSpec: {
    fields: {
      schedule: { e: 'k8s.cronjob.schedule' },
      timeZone: { e: 'k8s.cronjob.timeZone' },
      concurrencyPolicy: { e: 'k8s.cronjob.concurrencyPolicy' },
      startingDeadlineSeconds: { e: 'k8s.cronjob.startingDeadlineSeconds' },
      suspend: { e: 'k8s.cronjob.suspend' },
      successfulJobsHistoryLimit: cronHistory,
      failedJobsHistoryLimit: cronHistory,
      jobTemplate: { e: 'k8s.cronjob.jobTemplate', s: 'JobTemplateSpec' },
    },
  },
  JobTemplateSpec: {
    fields: {
      metadata: { e: 'k8s.metadata', s: 'ObjectMeta' },
      spec: { e: 'k8s.job.spec', s: 'JobSpec' },
    },
  },

  HorizontalPodAutoscaler: specRoot('k8s.hpa.spec', 'HorizontalPodAutoscalerSpec'),
  // One shape for autoscaling/v1 and v2: their keys do not clash.
  HorizontalPodAutoscalerSpec: {
    fields: {
      scaleTargetRef: { e: 'k8s.hpa.scaleTargetRef' },
      minReplicas: { e: 'k8s.hpa.minReplicas' },
      maxReplicas: { e: 'k8s.hpa.maxReplicas' },
      targetCPUUtilizationPercentage: { e: 'k8s.hpa.targetCPUUtilizationPercentage' },
      metrics: { e: 'k8s.hpa.metrics' },
      behavior: { e: 'k8s.hpa.behavior' },
    },
  },
  PodDisruptionBudget: specRoot('k8s.pdb.spec', 'PodDisruptionBudgetSpec'),
  PodDisruptionBudgetSpec: {
    fields: {
      minAvailable: { e: 'k8s.pdb.minAvailable' },
      maxUnavailable: { e: 'k8s.pdb.maxUnavailable' },
      selector: { e: 'k8s.pdb.selector' },
      unhealthyPodEvictionPolicy: { e: 'k8s.pdb.unhealthyPodEvictionPolicy' },
    },
  },
};
