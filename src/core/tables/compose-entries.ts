// The Compose layer table: top-level keys here, service keys in the files merged below.
// Plain Compose runs containers on ONE host through the Docker engine, so almost everything is build/run;
// the orchestration layer is `deploy:` (and a few port and network options), which Docker Swarm owns.
import type { EntryTable } from '../types';
import { composeBuildEntries } from './compose-build-entries';
import { composeDeployEntries } from './compose-deploy-entries';
import { composeHostEntries } from './compose-host-entries';
import { composeServiceEntries } from './compose-service-entries';
import { buildRun, inDockerCli, inKubernetes, swarm } from './layer-rows';

const topLevelEntries: EntryTable = {
  'compose.file': buildRun(
    'run',
    'A Compose file describes containers that Docker Compose runs on one Docker host; only its deploy: sections reach an orchestrator, and only when Swarm deploys the stack.',
    'docker-layer',
    inKubernetes('Deployment + Service manifests', 'the cluster-side equivalent'),
    inDockerCli('docker compose up / docker stack deploy'),
  ),
  'compose.extension': buildRun(
    'config',
    'Inert: Compose ignores x- keys, so this block does nothing itself and only stores YAML that anchors and aliases reuse; each reused copy is labelled where it lands.',
    'docker-layer',
  ),
  'compose.version': buildRun(
    'identity',
    'Obsolete: current Compose ignores it (with a warning), while older tools such as `docker stack deploy` still read it to pick the 3.x file format.',
    'docker-layer',
  ),
  'compose.name': buildRun(
    'identity',
    'The project name, which prefixes the containers, networks and volumes Compose creates on the host.',
    'labels-metadata',
    inKubernetes('metadata.namespace', 'the closest grouping'),
    inDockerCli('docker compose -p'),
  ),
  'compose.include': buildRun(
    'config',
    'Pulls other Compose files into this project before anything starts, so it shapes the model rather than any one container.',
    'docker-layer',
    inKubernetes('kustomization resources', 'the closest way to combine manifests'),
  ),
  'compose.services': buildRun(
    'run',
    'The services of the project, each becoming one or more containers that Compose runs on this host.',
    'docker-layer',
    inKubernetes('Deployments / StatefulSets', 'one workload per service'),
  ),
  'compose.networks': buildRun(
    'network',
    'Docker networks Compose creates for services to reach each other by name; a bridge stays on this host, while an overlay spans Swarm nodes.',
    'networking',
    inKubernetes('Service / NetworkPolicy', 'one flat pod network replaces these'),
    inDockerCli('docker network create'),
  ),
  'compose.network.driver': buildRun(
    'network',
    'The network driver: bridge (the default) keeps the network on one host, overlay stretches it across the nodes of a Swarm.',
    'networking',
    inKubernetes('the cluster network plugin (CNI)', 'chosen by the cluster, not per app'),
    inDockerCli('docker network create --driver'),
  ),
  'compose.network.attachable': swarm(
    'network',
    'Lets standalone containers join an overlay network that Swarm services use; it matters only for Swarm-scoped networks.',
    'networking',
    inDockerCli('docker network create --attachable'),
  ),
  'compose.volumes': buildRun(
    'storage',
    'Named volumes that the Docker host keeps outside any container, so data outlives the containers that mount it.',
    'volumes',
    inKubernetes('PersistentVolumeClaim'),
    inDockerCli('docker volume create'),
  ),
  'compose.configs': buildRun(
    'config',
    'Config files for services, taken from a file, an environment variable or inline content; plain Compose mounts them, Swarm stores them in the cluster.',
    'config-secrets',
    inKubernetes('ConfigMap'),
    inDockerCli('docker config create', 'Swarm'),
  ),
  'compose.secrets': buildRun(
    'config',
    'Secrets for services, taken from a file or an environment variable; plain Compose bind-mounts them, Swarm stores them encrypted in the cluster.',
    'config-secrets',
    inKubernetes('Secret'),
    inDockerCli('docker secret create', 'Swarm'),
  ),
  'compose.models': buildRun(
    'run',
    'AI models that Docker Model Runner pulls and serves on this machine for the services that use them; no orchestrator is involved.',
    'docker-layer',
  ),
};

export const composeEntries: EntryTable = {
  ...topLevelEntries,
  ...composeServiceEntries,
  ...composeHostEntries,
  ...composeBuildEntries,
  ...composeDeployEntries,
};
