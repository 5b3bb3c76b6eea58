// Entries for cluster-wide policy, access control and API machinery: Namespace, ServiceAccount, RBAC,
// LimitRange, ResourceQuota, PriorityClass, RuntimeClass, CustomResourceDefinition, APIService, admission
// webhooks, Node, Event, Lease, and the removed PodSecurityPolicy. Only RuntimeClass.handler reaches a container:
// it chooses the runtime a node runs it with, so it is build/run.
import type { EntryTable } from '../../types';
import { buildRun, docs, inCompose, inDockerCli } from '../layer-rows';
import { kubernetes } from './rows';

// Primary pages the rows are written from.
const api = 'https://kubernetes.io/docs/reference/kubernetes-api/';
const rbac = 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/';
const serviceAccountApi = `${api}authentication-resources/service-account-v1/#ServiceAccount`;
const runtimeClass = 'https://kubernetes.io/docs/concepts/containers/runtime-class/';
const priorityClassApi = `${api}workload-resources/priority-class-v1/#PriorityClass`;

export const clusterEntries: EntryTable = {
  'k8s.namespace.spec': kubernetes(
    'lifecycle',
    'Holds the finalizers that must clear before the namespace, and everything in it, can be deleted.',
    'labels-metadata',
    docs(`${api}cluster-resources/namespace-v1/#NamespaceSpec`),
  ),
  'k8s.serviceaccount.secrets': kubernetes(
    'security',
    'Secrets that pods running as this account may use, enforced only under a deprecated annotation; not the place to look for API tokens.',
    'security',
    docs(serviceAccountApi),
  ),
  'k8s.serviceaccount.imagePullSecrets': kubernetes(
    'security',
    'Registry credentials the kubelet uses to pull images for pods running as this account, added by admission to pods that list none of their own.',
    'security',
    inDockerCli('docker login'),
    docs(serviceAccountApi),
  ),
  'k8s.serviceaccount.automountServiceAccountToken': kubernetes(
    'security',
    'Default for whether pods running as this account get an API token mounted; the pod can override it.',
    'security',
    docs(serviceAccountApi),
  ),

  'k8s.rbac.rules': kubernetes(
    'security',
    'Permissions granted as verbs on API resources, names or URLs, only ever adding access; they govern the cluster API, not anything inside a container.',
    'security',
    docs(`${rbac}#role-and-clusterrole`),
  ),
  'k8s.rbac.aggregationRule': kubernetes(
    'security',
    'Label selectors whose matching ClusterRoles have their rules copied into this one by a control-plane controller.',
    'security',
    docs(`${rbac}#aggregated-clusterroles`),
  ),
  'k8s.rbac.subjects': kubernetes(
    'security',
    "The users, groups or ServiceAccounts that receive the role's permissions.",
    'security',
    docs(`${rbac}#referring-to-subjects`),
  ),
  'k8s.rbac.roleRef': kubernetes(
    'security',
    'The Role or ClusterRole being granted, which cannot be changed once the binding exists.',
    'security',
    docs(`${rbac}#rolebinding-and-clusterrolebinding`),
  ),
  'k8s.podsecuritypolicy.spec': kubernetes(
    'security',
    'Cluster-wide rules, removed in Kubernetes 1.25, that admission checked the security settings of pods against.',
    'security',
    docs('https://kubernetes.io/docs/concepts/security/pod-security-policy/'),
  ),
  'k8s.webhook.webhooks': kubernetes(
    'security',
    'Admission webhooks the API server calls to change (mutating) or accept or reject (validating) matching requests before storing objects.',
    'security',
    docs('https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#what-are-admission-webhooks'),
  ),

  'k8s.limitrange.spec': kubernetes(
    'schedule',
    'Per-namespace defaults, minimums, maximums and limit-to-request ratios for pod and container resources and claim sizes, applied at admission, never to running pods.',
    'requests-limits',
    docs('https://kubernetes.io/docs/concepts/policy/limit-range/'),
  ),
  'k8s.resourcequota.spec': kubernetes(
    'schedule',
    'Caps on the total resources and object counts a namespace may use, checked at admission so that a request going over them is rejected.',
    'requests-limits',
    docs('https://kubernetes.io/docs/concepts/policy/resource-quotas/'),
  ),
  'k8s.priorityclass.value': kubernetes(
    'schedule',
    'The priority pods naming this class get; the scheduler places higher ones first and may evict lower ones to make room.',
    'scheduling',
    docs(priorityClassApi),
  ),
  'k8s.priorityclass.globalDefault': kubernetes(
    'schedule',
    'Makes this the class for new pods that name none; only one class should set it, and existing pods keep their priority.',
    'scheduling',
    docs(priorityClassApi),
  ),
  'k8s.priorityclass.description': kubernetes(
    'identity',
    'Free text telling people when to use the class.',
    'labels-metadata',
    docs(priorityClassApi),
  ),
  // The handler picks how the node's CRI runtime runs the containers (runc, a VM-isolated runtime…), as
  // `docker run --runtime` does: a run-layer choice. Placement comes from the class's `scheduling`.
  'k8s.runtimeclass.handler': buildRun(
    'run',
    "Names a runtime configuration set up in every node's CRI runtime (containerd, CRI-O), which the kubelet asks to run the pods of this class.",
    'docker-layer',
    inDockerCli('docker run --runtime', 'picks a runtime on one host'),
    inCompose('services.*.runtime'),
    docs(`${runtimeClass}#setup`),
  ),
  'k8s.runtimeclass.overhead': kubernetes(
    'schedule',
    "Resources the runtime itself uses per pod, copied into pods at admission and counted on top of their requests when scheduling and sizing the pod's cgroup.",
    'requests-limits',
    docs('https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/'),
  ),
  'k8s.runtimeclass.scheduling': kubernetes(
    'schedule',
    'Node selector and tolerations merged into pods of this class at admission, so they land only on nodes whose runtime has the handler.',
    'scheduling',
    docs(`${runtimeClass}#scheduling`),
  ),

  'k8s.crd.spec': kubernetes(
    'identity',
    'Defines a new API kind (group, names, scope, versions and schemas) that the cluster then stores and serves like a built-in one.',
    'custom-resources',
    docs('https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/custom-resources/#customresourcedefinitions'),
  ),
  'k8s.apiservice.spec': kubernetes(
    'identity',
    'Registers an API group and version served by an extension API server behind a Service, extending the cluster API.',
    'custom-resources',
    docs('https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/apiserver-aggregation/'),
  ),

  'k8s.node.spec': kubernetes(
    'schedule',
    'Settings of one machine in the cluster: its pod address ranges, cloud provider ID, taints and whether new pods may be placed on it.',
    'scheduling',
    docs(`${api}cluster-resources/node-v1/#NodeSpec`),
  ),
  'k8s.node.taints': kubernetes(
    'schedule',
    'Marks that keep pods without a matching toleration off the node (or only discourage them), and with NoExecute also evict running ones.',
    'scheduling',
    docs('https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#concepts'),
  ),
  'k8s.node.unschedulable': kubernetes(
    'schedule',
    'Cordons the node so no new pods are placed on it while running ones stay.',
    'scheduling',
    docs('https://kubernetes.io/docs/concepts/architecture/nodes/#manual-node-administration'),
  ),
  'k8s.event': kubernetes(
    'identity',
    'A short-lived record a cluster component emits about something that happened to an object, shown by kubectl describe and never configuration.',
    'kubernetes-layer',
    inDockerCli('docker events', 'a similar feed for one host'),
    docs(`${api}cluster-resources/event-v1/#Event`),
  ),
  'k8s.lease.spec': kubernetes(
    'lifecycle',
    'Holder and renewal times of a lock that components use for leader election and node heartbeats.',
    'kubernetes-layer',
    docs('https://kubernetes.io/docs/concepts/architecture/leases/'),
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
