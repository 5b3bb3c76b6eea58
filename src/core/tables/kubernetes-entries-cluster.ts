// Entries for cluster-wide policy, access control and API machinery: Namespace, ServiceAccount, RBAC,
// LimitRange, ResourceQuota, PriorityClass, RuntimeClass, CustomResourceDefinition, APIService, admission
// webhooks, Node, Event, Lease, and the removed PodSecurityPolicy. None of it touches a container directly.
import type { EntryTable } from '../types';
import { inCompose, inDockerCli } from './layer-rows';
import { kubernetes } from './kubernetes-helpers';

export const clusterEntries: EntryTable = {
  'k8s.namespace.spec': kubernetes(
    'lifecycle',
    'Holds the finalizers that must clear before the namespace, and everything in it, can be deleted.',
    'labels-metadata',
  ),
  'k8s.serviceaccount.secrets': kubernetes(
    'security',
    'Secrets tied to the account, mostly legacy long-lived API tokens.',
    'security',
  ),
  'k8s.serviceaccount.imagePullSecrets': kubernetes(
    'security',
    'Registry credentials that admission copies into every pod running as this account, a cluster policy rather than a per-pod login.',
    'security',
    inDockerCli('docker login'),
  ),
  'k8s.serviceaccount.automountServiceAccountToken': kubernetes(
    'security',
    "Default for whether pods running as this account get its API token mounted.",
    'security',
  ),

  'k8s.rbac.rules': kubernetes(
    'security',
    'Permissions granted as verbs on API resources, names or URLs; they govern access to the cluster API, not anything inside a container.',
    'security',
  ),
  'k8s.rbac.aggregationRule': kubernetes(
    'security',
    'Label selectors that pull the rules of other ClusterRoles into this one automatically.',
    'security',
  ),
  'k8s.rbac.subjects': kubernetes(
    'security',
    "The users, groups or ServiceAccounts that receive the role's permissions.",
    'security',
  ),
  'k8s.rbac.roleRef': kubernetes(
    'security',
    'The Role or ClusterRole being granted, which cannot be changed once the binding exists.',
    'security',
  ),
  'k8s.podsecuritypolicy.spec': kubernetes(
    'security',
    'Cluster-wide rules, removed in Kubernetes 1.25, that admission checked the security settings of pods against.',
    'security',
  ),
  'k8s.webhook.webhooks': kubernetes(
    'security',
    'Admission webhooks the API server calls to change or vet objects before storing them, with their match rules and failure policy.',
    'security',
  ),

  'k8s.limitrange.spec': kubernetes(
    'schedule',
    'Per-namespace minimums, maximums and defaults for requests and limits, applied at admission before any pod is scheduled.',
    'requests-limits',
  ),
  'k8s.resourcequota.spec': kubernetes(
    'schedule',
    'Caps on the total resources and object counts a namespace may use, checked whenever something is created.',
    'requests-limits',
  ),
  'k8s.priorityclass.value': kubernetes(
    'schedule',
    'The priority given to pods naming this class; higher values are scheduled first and may preempt lower ones.',
    'scheduling',
  ),
  'k8s.priorityclass.globalDefault': kubernetes(
    'schedule',
    'Makes this the class for pods that name none.',
    'scheduling',
  ),
  'k8s.priorityclass.description': kubernetes(
    'identity',
    'Free text telling people when to use the class.',
    'labels-metadata',
  ),
  'k8s.runtimeclass.handler': kubernetes(
    'schedule',
    'The runtime handler (runc, gVisor, Kata and so on) that nodes use for pods of this class, set up by the cluster admin.',
    'scheduling',
    inDockerCli('docker run --runtime', 'picks a runtime on one host'),
    inCompose('services.*.runtime'),
  ),
  'k8s.runtimeclass.overhead': kubernetes(
    'schedule',
    'The resources the sandbox costs per pod, added to its requests for scheduling and quota.',
    'requests-limits',
  ),
  'k8s.runtimeclass.scheduling': kubernetes(
    'schedule',
    'Node selector and tolerations that steer pods of this class to nodes supporting the handler.',
    'scheduling',
  ),

  'k8s.crd.spec': kubernetes(
    'identity',
    'Defines a new API kind (group, names, scope, versions and schemas) that the cluster then stores and serves like a built-in one.',
    'custom-resources',
  ),
  'k8s.apiservice.spec': kubernetes(
    'identity',
    'Registers an API group and version served by an extension API server behind a Service, extending the cluster API.',
    'custom-resources',
  ),

  'k8s.node.spec': kubernetes(
    'schedule',
    'A machine as the scheduler sees it: its pod address range, cloud identity, taints and whether it accepts new pods.',
    'scheduling',
  ),
  'k8s.node.taints': kubernetes(
    'schedule',
    'Marks that keep away pods without a matching toleration, or evict those already running.',
    'scheduling',
  ),
  'k8s.node.unschedulable': kubernetes(
    'schedule',
    'Cordons the node so no new pods are placed on it while running ones stay.',
    'scheduling',
  ),
  'k8s.event': kubernetes(
    'identity',
    'A record a cluster component emits about something that happened to an object, read by kubectl describe and never configuration.',
    'kubernetes-layer',
    inDockerCli('docker events', 'a similar feed for one host'),
  ),
  'k8s.lease.spec': kubernetes(
    'lifecycle',
    'Holder and renewal times of a lock that components use for leader election and node heartbeats.',
    'kubernetes-layer',
  ),
};

/** Cluster entries that have no counterpart in a Dockerfile, a Compose file or the docker CLI. */
export const clusterEntriesWithoutCounterparts: readonly string[] = [
  'k8s.namespace.spec',
  'k8s.serviceaccount.secrets',
  'k8s.serviceaccount.automountServiceAccountToken',
  'k8s.rbac.rules',
  'k8s.rbac.aggregationRule',
  'k8s.rbac.subjects',
  'k8s.rbac.roleRef',
  'k8s.podsecuritypolicy.spec',
  'k8s.webhook.webhooks',
  'k8s.limitrange.spec',
  'k8s.resourcequota.spec',
  'k8s.priorityclass.value',
  'k8s.priorityclass.globalDefault',
  'k8s.priorityclass.description',
  'k8s.runtimeclass.overhead',
  'k8s.runtimeclass.scheduling',
  'k8s.crd.spec',
  'k8s.apiservice.spec',
  'k8s.node.spec',
  'k8s.node.taints',
  'k8s.node.unschedulable',
  'k8s.lease.spec',
];
