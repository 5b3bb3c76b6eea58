// Every Kubernetes entry, keyed by stable id. The rows live in topic files; this one only joins them.
import type { EntryTable } from '../../types';
import { clusterEntries, clusterEntriesWithoutCounterparts } from './cluster-entries';
import { containerEntries, containerEntriesWithoutCounterparts } from './container-entries';
import { networkEntries, networkEntriesWithoutCounterparts } from './network-entries';
import { objectEntries, objectEntriesWithoutCounterparts } from './object-entries';
import { podEntries, podEntriesWithoutCounterparts } from './pod-entries';
import { storageEntries, storageEntriesWithoutCounterparts } from './storage-entries';
import { workloadEntries, workloadEntriesWithoutCounterparts } from './workload-entries';

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
