// Every Kubernetes shape, and which root shape each built-in kind is read with. Kinds not listed here are
// read with the fallback `Object` shape and their answers are marked inferred by the classifier.
import type { ShapeTable } from '../../types';
import { clusterShapes } from './cluster-shapes';
import { podShapes } from './pod-shapes';
import { workloadShapes } from './workload-shapes';

export const kubernetesShapes: ShapeTable = {
  ...podShapes,
  ...workloadShapes,
  ...clusterShapes,
};

/** The built-in kinds this tool knows; each root shape is named after its kind. */
const builtInKinds = [
  'Pod', 'PodTemplate', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet',
  'Job', 'CronJob', 'HorizontalPodAutoscaler', 'PodDisruptionBudget',
  'Service', 'Endpoints', 'EndpointSlice', 'Ingress', 'IngressClass', 'NetworkPolicy',
  'ConfigMap', 'Secret', 'PersistentVolume', 'PersistentVolumeClaim', 'StorageClass', 'VolumeAttachment', 'CSIDriver',
  'Namespace', 'ServiceAccount', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'PodSecurityPolicy',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
  'LimitRange', 'ResourceQuota', 'PriorityClass', 'RuntimeClass', 'CustomResourceDefinition', 'APIService',
  'Node', 'Event', 'Lease',
] as const;

/** kind → root shape id. */
export const kubernetesKinds: Record<string, string> = Object.fromEntries(builtInKinds.map((kind) => [kind, kind]));
