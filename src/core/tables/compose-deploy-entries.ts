// Compose `deploy:` keys: the orchestration layer, owned by Docker Swarm (`docker stack deploy`).
// Plain `docker compose` (docker/compose, pkg/compose/create.go) honours only some of it: replicas, resources.limits,
// resources.reservations.memory (as a soft limit) and .devices, and restart_policy.condition/max_attempts.
// Each summary says which. resources.limits and reservations.devices govern the container itself, so they are build/run.
import type { EntryTable } from '../types';
import { buildRun, inDockerCli, inKubernetes, swarm } from './layer-rows';

export const composeDeployEntries: EntryTable = {
  'compose.service.deploy': swarm(
    'schedule',
    'The orchestration block that Swarm reads in full; plain `docker compose` honours only replicas, resources and part of restart_policy, all on one host.',
    'swarm-deploy',
    inKubernetes('Deployment spec', 'the same concerns'),
    inDockerCli('docker stack deploy'),
  ),
  'compose.deploy.mode': swarm(
    'scale',
    'Swarm runs either replicas copies (replicated) or exactly one task per node (global, like a DaemonSet); plain `docker compose` has no nodes to spread over.',
    'swarm-deploy',
    inKubernetes('kind: Deployment / DaemonSet'),
    inDockerCli('docker service create --mode'),
  ),
  'compose.deploy.replicas': swarm(
    'scale',
    'How many tasks Swarm keeps running across its nodes, like spec.replicas; plain `docker compose up` also starts that many containers, all on one host.',
    'replicas',
    inKubernetes('spec.replicas', 'same role'),
    inDockerCli('docker service scale'),
  ),
  'compose.deploy.endpoint_mode': swarm(
    'network',
    'How Swarm lets clients reach the tasks: one virtual IP in front of them (vip) or DNS round-robin (dnsrr); only Swarm reads it.',
    'networking',
    inKubernetes('Service clusterIP / clusterIP: None (headless)'),
    inDockerCli('docker service create --endpoint-mode'),
  ),
  'compose.deploy.labels': swarm(
    'identity',
    'Labels on the Swarm service object, not on its containers; plain `docker compose` has no service object and ignores them.',
    'labels-metadata',
    inKubernetes('metadata.labels of the Deployment'),
    inDockerCli('docker service create --label'),
  ),
  'compose.deploy.placement': swarm(
    'schedule',
    'Which Swarm nodes may run the tasks and how they spread; Swarm-only, since plain `docker compose` always uses its one host.',
    'scheduling',
    inKubernetes('nodeSelector / affinity / topologySpreadConstraints'),
  ),
  'compose.deploy.placement.constraints': swarm(
    'schedule',
    'Node conditions a task requires (node.role, node.labels.*), like a nodeSelector or required node affinity; Swarm-only.',
    'scheduling',
    inKubernetes('nodeSelector / affinity.nodeAffinity'),
    inDockerCli('docker service create --constraint'),
  ),
  'compose.deploy.placement.preferences': swarm(
    'schedule',
    'Spreads tasks evenly over the values of a node label, like topology spread constraints; Swarm-only.',
    'scheduling',
    inKubernetes('topologySpreadConstraints'),
    inDockerCli('docker service create --placement-pref'),
  ),
  'compose.deploy.placement.max_replicas_per_node': swarm(
    'schedule',
    'The most tasks of this service one node may run; Swarm-only.',
    'scheduling',
    inKubernetes('topologySpreadConstraints / podAntiAffinity'),
    inDockerCli('docker service create --replicas-max-per-node'),
  ),
  'compose.deploy.update_config': swarm(
    'rollout',
    'How Swarm rolls a new version over the tasks (batch size, delay, order, failure action); Swarm-only, plain `docker compose` just recreates containers.',
    'rollout',
    inKubernetes('spec.strategy.rollingUpdate'),
    inDockerCli('docker service update --update-parallelism'),
  ),
  'compose.deploy.rollback_config': swarm(
    'rollout',
    'How Swarm returns the tasks to the previous version when an update fails; Swarm-only.',
    'rollout',
    inKubernetes('kubectl rollout undo', 'manual, no declarative field'),
    inDockerCli('docker service update --rollback'),
  ),
  'compose.deploy.restart_policy': swarm(
    'lifecycle',
    'How Swarm replaces tasks that exit (condition, delay, attempts, window); plain `docker compose` maps only condition and max_attempts onto the engine restart policy.',
    'restart',
    inKubernetes('restartPolicy'),
    inDockerCli('docker service create --restart-condition'),
  ),
  'compose.deploy.resources': swarm(
    'schedule',
    'Holds two layers: limits, which the runtime enforces on each container, and reservations, which Swarm places tasks by; plain `docker compose` applies the limits.',
    'requests-limits',
    inKubernetes('containers[].resources'),
  ),
  'compose.deploy.resources.limits': buildRun(
    'run',
    'Ceilings the runtime enforces on each container (CPU time, memory, PIDs), so it is run-layer despite sitting under deploy:; plain `docker compose` applies it too.',
    'requests-limits',
    inKubernetes('containers[].resources.limits', 'same role'),
    inDockerCli('docker run --cpus / --memory / --pids-limit'),
  ),
  'compose.deploy.resources.reservations': swarm(
    'schedule',
    'Capacity Swarm must find free on a node before placing a task there, like requests; plain `docker compose` keeps only memory, as a soft limit, and ignores cpus.',
    'requests-limits',
    inKubernetes('containers[].resources.requests', 'same role'),
    inDockerCli('docker service create --reserve-cpu / --reserve-memory'),
  ),
  'compose.deploy.resources.reservations.devices': buildRun(
    'run',
    'Devices such as GPUs handed to the container, which plain `docker compose` honours on its host; it grants hardware to one container rather than placing it.',
    'requests-limits',
    inKubernetes('resources.limits: nvidia.com/gpu'),
    inDockerCli('docker run --gpus'),
  ),
  'compose.deploy.resources.reservations.generic_resources': swarm(
    'schedule',
    'Named resources a node advertises (such as GPUs) that a task needs before Swarm places it there; Swarm-only.',
    'requests-limits',
    inKubernetes('extended resources in resources.requests'),
    inDockerCli('docker service create --generic-resource'),
  ),
};
