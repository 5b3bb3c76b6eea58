// Every Kubernetes entry, keyed by stable id. The rows live in topic files; this one only joins them.
import type { EntryTable } from '../types';
import { clusterEntries, clusterEntriesWithoutCounterparts } from './kubernetes-entries-cluster';
import { containerEntries, containerEntriesWithoutCounterparts } from './kubernetes-entries-container';
import { networkEntries, networkEntriesWithoutCounterparts } from './kubernetes-entries-network';
import { objectEntries, objectEntriesWithoutCounterparts } from './kubernetes-entries-object';
import { podEntries, podEntriesWithoutCounterparts } from './kubernetes-entries-pod';
import { storageEntries, storageEntriesWithoutCounterparts } from './kubernetes-entries-storage';
import { workloadEntries, workloadEntriesWithoutCounterparts } from './kubernetes-entries-workloads';

export const kubernetesEntries: EntryTable = {
  ...objectEntries,
  ...containerEntries,
  ...podEntries,
  ...workloadEntries,
  ...networkEntries,
  ...storageEntries,
  ...clusterEntries,
};

/**
 * Ids of entries whose concern exists only in a cluster (RBAC, taints, CronJob schedules…): they are meant to
 * have an empty `counterparts` list. Every other entry names at least one Dockerfile, Compose or docker CLI place.
 */
export const kubernetesEntriesWithoutCounterparts: ReadonlySet<string> = new Set([
  ...objectEntriesWithoutCounterparts,
  ...containerEntriesWithoutCounterparts,
  ...podEntriesWithoutCounterparts,
  ...workloadEntriesWithoutCounterparts,
  ...networkEntriesWithoutCounterparts,
  ...storageEntriesWithoutCounterparts,
  ...clusterEntriesWithoutCounterparts,
]);
