// Entries for a PodSpec: the keys beside `containers`. Placement, restarts, volumes, DNS and cluster identity
// are orchestration; the per-process runtime settings Docker also has (host namespaces, hostname, /etc/hosts,
// resolv.conf, security context, pull credentials, stop timeout) stay build/run even though they sit at pod level.
import type { EntryTable } from '../types';
import { buildRun, inCompose, inDockerCli, inDockerfile } from './layer-rows';
import { kubernetes } from './kubernetes-helpers';

const swarmOnly = 'Swarm only';

export const podEntries: EntryTable = {
  'k8s.pod.spec': kubernetes(
    'schedule',
    "The pod's desired state, read by the scheduler to place it and by the kubelet to run it; its container fields carry their own answers.",
    'kubernetes-layer',
    inCompose('services.*', 'one service definition'),
  ),
  'k8s.pod.containers': kubernetes(
    'schedule',
    'The containers the pod runs side by side, always placed together on one node and sharing its network, a grouping only the orchestrator makes.',
    'scheduling',
    inCompose('services', 'one container per service, no co-placed group'),
    inDockerCli('docker run --network container:<name>', 'nearest: share a network namespace'),
  ),
  'k8s.pod.initContainers': kubernetes(
    'lifecycle',
    'Containers the kubelet runs one after another to completion before the app containers start, an ordering the cluster enforces.',
    'kubernetes-layer',
    inCompose('services.*.depends_on.*.condition: service_completed_successfully', 'nearest ordering'),
  ),
  'k8s.pod.ephemeralContainers': kubernetes(
    'lifecycle',
    'Debug containers added to a running pod through the API by kubectl debug, never part of the manifest you apply.',
    'kubernetes-layer',
    inDockerCli('docker exec', 'nearest: run a tool inside a live container'),
  ),

  'k8s.pod.nodeSelector': kubernetes(
    'schedule',
    'Node labels the pod requires; the scheduler only considers nodes carrying all of them.',
    'scheduling',
    inCompose('services.*.deploy.placement.constraints', swarmOnly),
  ),
  'k8s.pod.affinity': kubernetes(
    'schedule',
    'Rules drawing the pod toward or away from certain nodes and other pods, the detailed form of placement the scheduler evaluates.',
    'scheduling',
    inCompose('services.*.deploy.placement', swarmOnly),
  ),
  'k8s.pod.tolerations': kubernetes(
    'schedule',
    'Lets the pod land on nodes whose taints would repel it and sets how long it stays on a node that turns unhealthy.',
    'scheduling',
  ),
  'k8s.pod.topologySpreadConstraints': kubernetes(
    'schedule',
    'How evenly the scheduler spreads matching pods across zones, nodes or other topology domains.',
    'scheduling',
    inCompose('services.*.deploy.placement.preferences', swarmOnly),
  ),
  'k8s.pod.nodeName': kubernetes(
    'schedule',
    'Binds the pod straight to one named node, bypassing the scheduler, so the kubelet there runs it.',
    'scheduling',
    inCompose('services.*.deploy.placement.constraints', 'node.hostname == <name>, Swarm only'),
  ),
  'k8s.pod.schedulerName': kubernetes(
    'schedule',
    'Which scheduler places the pod, letting a custom scheduler take over placement.',
    'scheduling',
  ),
  'k8s.pod.priorityClassName': kubernetes(
    'schedule',
    'Names a PriorityClass whose value ranks the pod in the scheduling queue and for preemption when the cluster is full.',
    'scheduling',
  ),
  'k8s.pod.priority': kubernetes(
    'schedule',
    'The numeric priority taken from the PriorityClass, normally filled in at admission rather than written by hand.',
    'scheduling',
  ),
  'k8s.pod.preemptionPolicy': kubernetes(
    'schedule',
    'Whether the pod, or every pod of a PriorityClass, may evict lower-priority pods to make room for itself.',
    'scheduling',
  ),
  'k8s.pod.runtimeClassName': kubernetes(
    'schedule',
    'Picks a RuntimeClass, which chooses the runtime handler on the node and steers the pod to nodes that offer it.',
    'scheduling',
    inDockerCli('docker run --runtime', 'chooses a runtime on one host'),
    inCompose('services.*.runtime'),
  ),
  'k8s.pod.overhead': kubernetes(
    'schedule',
    "The extra resources the pod's sandbox costs, set from its RuntimeClass and counted by the scheduler on top of the requests.",
    'requests-limits',
  ),
  'k8s.pod.schedulingGates': kubernetes(
    'schedule',
    'Named gates that keep the pod out of scheduling until controllers have removed every one of them.',
    'scheduling',
  ),
  'k8s.pod.os': kubernetes(
    'schedule',
    'The operating system the pod needs, which the scheduler matches to nodes and validation uses to check OS-specific fields.',
    'scheduling',
    inDockerCli('docker run --platform'),
    inCompose('services.*.platform'),
  ),

  'k8s.pod.restartPolicy': kubernetes(
    'lifecycle',
    'Whether the kubelet restarts exited containers in place on the same node; the pod never moves, replacing it elsewhere is a controller job.',
    'restart',
    inDockerCli('docker run --restart'),
    inCompose('services.*.restart'),
    inCompose('services.*.deploy.restart_policy', swarmOnly),
  ),
  'k8s.pod.terminationGracePeriodSeconds': buildRun(
    'lifecycle',
    'How long the containers get, after preStop and SIGTERM, before they are killed: the same stop timeout docker stop applies on one host.',
    'restart',
    inDockerCli('docker stop --time'),
    inCompose('services.*.stop_grace_period'),
    inDockerfile('STOPSIGNAL', 'the signal sent first'),
  ),
  'k8s.pod.activeDeadlineSeconds': kubernetes(
    'lifecycle',
    'A wall-clock limit after which the pod is marked failed and its containers stopped, mostly used for batch pods.',
    'jobs',
  ),

  'k8s.pod.volumes': kubernetes(
    'storage',
    'The storage the cluster supplies to the pod (claims, ConfigMaps, Secrets, scratch space, host paths) for containers to mount by name.',
    'volumes',
    inCompose('volumes', 'top-level named volumes'),
    inDockerfile('VOLUME', 'declares a mount point only'),
  ),
  'k8s.pod.volumes.persistentVolumeClaim': kubernetes(
    'storage',
    'Mounts a PersistentVolumeClaim, so the data lives in cluster storage that outlives the pod and follows it between nodes.',
    'volumes',
    inCompose('volumes', 'named volume on one host'),
    inDockerCli('docker run --volume <name>:<path>'),
  ),
  'k8s.pod.volumes.configMap': kubernetes(
    'config',
    "Projects a ConfigMap's keys as files, so the cluster delivers configuration instead of it being baked into the image.",
    'config-secrets',
    inCompose('configs'),
    inDockerfile('COPY', 'baking config into the image instead'),
  ),
  'k8s.pod.volumes.secret': kubernetes(
    'config',
    "Projects a Secret's keys as files on an in-memory mount, the cluster's way of handing credentials to a pod.",
    'config-secrets',
    inCompose('secrets'),
  ),
  'k8s.pod.volumes.projected': kubernetes(
    'config',
    'Merges Secrets, ConfigMaps, pod metadata and service-account tokens into one mounted directory.',
    'config-secrets',
    inCompose('configs / secrets'),
  ),
  'k8s.pod.volumes.downwardAPI': kubernetes(
    'config',
    "Exposes the pod's own labels, names and resource settings as files, facts only the cluster knows.",
    'config-secrets',
  ),
  'k8s.pod.volumes.emptyDir': kubernetes(
    'storage',
    'Scratch space created empty when the pod starts on a node and deleted with the pod, shared by its containers.',
    'volumes',
    inDockerCli('docker run --tmpfs', 'for medium: Memory'),
    inCompose('services.*.tmpfs'),
  ),
  'k8s.pod.volumes.hostPath': kubernetes(
    'storage',
    'A path on whichever node runs the pod, so what the containers see depends on where the scheduler placed it.',
    'volumes',
    inDockerCli('docker run --volume /host/path:/path', 'bind mount'),
    inCompose('services.*.volumes', 'bind mount'),
  ),

  'k8s.pod.serviceAccountName': kubernetes(
    'security',
    "The ServiceAccount whose cluster identity and API permissions the pod's processes receive.",
    'security',
  ),
  'k8s.pod.automountServiceAccountToken': kubernetes(
    'security',
    "Whether the ServiceAccount's API token is mounted into the pod's containers.",
    'security',
  ),
  'k8s.pod.imagePullSecrets': buildRun(
    'run',
    "Registry credentials the node uses to pull this pod's images, the per-pull login a Docker host would do itself.",
    'image',
    inDockerCli('docker login'),
  ),
  'k8s.pod.securityContext': buildRun(
    'security',
    'Security defaults the runtime applies to every container of the pod (users, groups, volume ownership, sysctls, seccomp).',
    'security',
    inDockerCli('docker run --user / --group-add / --sysctl'),
  ),
  'k8s.pod.securityContext.fsGroup': buildRun(
    'security',
    "A group that owns the pod's mounted volumes and is added to every container process, so files are writable without root.",
    'user',
    inDockerCli('docker run --group-add', 'adds the group, does not chown volumes'),
  ),
  'k8s.pod.securityContext.fsGroupChangePolicy': buildRun(
    'security',
    'Whether volume ownership is reapplied on every mount or only when it does not already match.',
    'volumes',
  ),
  'k8s.pod.securityContext.supplementalGroups': buildRun(
    'security',
    'Extra group IDs added to every container process of the pod.',
    'user',
    inDockerCli('docker run --group-add'),
    inCompose('services.*.group_add'),
  ),
  'k8s.pod.securityContext.supplementalGroupsPolicy': buildRun(
    'security',
    "Whether group memberships from the image's /etc/group are merged with the listed groups or left out.",
    'user',
  ),
  'k8s.pod.securityContext.sysctls': buildRun(
    'security',
    'Namespaced kernel parameters set for the pod, as docker run sets them for one container.',
    'security',
    inDockerCli('docker run --sysctl'),
    inCompose('services.*.sysctls'),
  ),
  'k8s.pod.securityContext.seLinuxChangePolicy': buildRun(
    'security',
    "How SELinux labels reach the pod's volumes, by relabelling every file or by mounting with a context.",
    'security',
  ),
  'k8s.pod.hostNetwork': buildRun(
    'network',
    "Runs the pod in the node's own network namespace, so its ports bind directly on the host.",
    'networking',
    inDockerCli('docker run --network host'),
    inCompose('services.*.network_mode: host'),
  ),
  'k8s.pod.hostPID': buildRun(
    'security',
    "Shares the node's process namespace with the pod's containers.",
    'security',
    inDockerCli('docker run --pid host'),
    inCompose('services.*.pid: host'),
  ),
  'k8s.pod.hostIPC': buildRun(
    'security',
    "Shares the node's IPC namespace with the pod's containers.",
    'security',
    inDockerCli('docker run --ipc host'),
    inCompose('services.*.ipc: host'),
  ),
  'k8s.pod.hostUsers': buildRun(
    'security',
    'Set to false, gives the pod its own user namespace so root inside maps to an unprivileged user on the node.',
    'security',
    inDockerCli('docker run --userns'),
    inCompose('services.*.userns_mode'),
  ),
  'k8s.pod.shareProcessNamespace': buildRun(
    'run',
    'Puts every container of the pod in one process namespace so they can see and signal each other.',
    'docker-layer',
    inDockerCli('docker run --pid container:<name>'),
  ),
  'k8s.pod.hostname': buildRun(
    'network',
    'The hostname the containers of the pod see, which defaults to the pod name.',
    'networking',
    inDockerCli('docker run --hostname'),
    inCompose('services.*.hostname'),
  ),
  'k8s.pod.hostAliases': buildRun(
    'network',
    "Extra entries written into the containers' /etc/hosts file.",
    'networking',
    inDockerCli('docker run --add-host'),
    inCompose('services.*.extra_hosts'),
  ),
  'k8s.pod.dnsConfig': buildRun(
    'network',
    "Nameservers, search domains and resolver options written into the pod's resolv.conf on top of what dnsPolicy gives.",
    'networking',
    inDockerCli('docker run --dns / --dns-search / --dns-option'),
    inCompose('services.*.dns / dns_search / dns_opt'),
  ),
  'k8s.pod.dnsPolicy': kubernetes(
    'network',
    'Whether the pod resolves names through cluster DNS, the node resolver or only dnsConfig, which is what wires it into service discovery.',
    'networking',
    inDockerCli('docker run --dns', 'one host resolver, no service discovery'),
    inCompose('services.*.dns'),
  ),
  'k8s.pod.subdomain': kubernetes(
    'network',
    'With a headless Service of the same name, gives the pod its own DNS record inside the cluster.',
    'networking',
    inCompose('services.*.networks.*.aliases', 'nearest: an extra DNS name'),
  ),
  'k8s.pod.setHostnameAsFQDN': kubernetes(
    'network',
    "Makes the container hostname the pod's full cluster DNS name, a name that exists only through cluster DNS.",
    'networking',
    inDockerCli('docker run --domainname'),
    inCompose('services.*.domainname'),
  ),
  'k8s.pod.readinessGates': kubernetes(
    'network',
    'Extra conditions, set by outside controllers, that must hold before the pod counts as ready and receives Service traffic.',
    'healthcheck-probes',
  ),
  'k8s.pod.enableServiceLinks': kubernetes(
    'config',
    'Whether the kubelet injects environment variables describing every Service of the namespace into the containers.',
    'env',
    inDockerCli('docker run --link', 'legacy links set similar variables'),
  ),

  'k8s.pod.resourceClaims': kubernetes(
    'schedule',
    'Dynamic resource claims (GPUs and other devices) the pod needs; the scheduler allocates them and places the pod where they exist.',
    'requests-limits',
    inDockerCli('docker run --gpus', 'local device access only'),
    inCompose('services.*.deploy.resources.reservations.devices'),
  ),
  'k8s.pod.resources': buildRun(
    'run',
    'Pod-wide requests and limits shared by all its containers, split as for one container: requests steer placement, limits are enforced.',
    'requests-limits',
    inCompose('services.*.deploy.resources', 'per service only'),
  ),
  'k8s.pod.resources.requests': kubernetes(
    'schedule',
    'CPU and memory the scheduler sets aside for the whole pod when choosing a node, a placement reservation shared by its containers.',
    'requests-limits',
    inCompose('services.*.deploy.resources.reservations', 'per service only'),
  ),
  'k8s.pod.resources.limits': buildRun(
    'run',
    "A CPU and memory ceiling for the whole pod, enforced on its node through the pod's cgroup.",
    'requests-limits',
    inDockerCli('docker run --memory / --cpus', 'per container only'),
  ),
};

/** Pod entries that have no counterpart in a Dockerfile, a Compose file or the docker CLI. */
export const podEntriesWithoutCounterparts: readonly string[] = [
  'k8s.pod.tolerations',
  'k8s.pod.schedulerName',
  'k8s.pod.priorityClassName',
  'k8s.pod.priority',
  'k8s.pod.preemptionPolicy',
  'k8s.pod.overhead',
  'k8s.pod.schedulingGates',
  'k8s.pod.activeDeadlineSeconds',
  'k8s.pod.volumes.downwardAPI',
  'k8s.pod.serviceAccountName',
  'k8s.pod.automountServiceAccountToken',
  'k8s.pod.securityContext.fsGroupChangePolicy',
  'k8s.pod.securityContext.supplementalGroupsPolicy',
  'k8s.pod.securityContext.seLinuxChangePolicy',
  'k8s.pod.readinessGates',
];
