// The Compose layer table: top-level keys here, service keys in the files merged below.
// Plain Compose runs containers on ONE host through the Docker engine, so almost everything is build/run;
// the orchestration layer is `deploy:` (and a few port and network options), which Docker Swarm owns.
import type { EntryTable } from '../../types';
import { composeBuildEntries } from './build-entries';
import { composeDeployEntries } from './deploy-entries';
import { composeHostEntries } from './host-entries';
import { composeServiceEntries } from './service-entries';
import { buildRun, docs, inDockerCli, inKubernetes, swarm } from '../layer-rows';

const topLevelEntries: EntryTable = {
  'compose.file': buildRun(
    'run',
    'A Compose file describes services, networks and volumes that Docker Compose runs on one Docker host; `docker stack deploy` can run it on a Swarm instead, which also reads deploy:.',
    'docker-layer',
    inKubernetes('Deployment + Service manifests', 'the cluster-side equivalent'),
    inDockerCli('docker compose up / docker stack deploy'),
    docs('https://docs.docker.com/reference/compose-file/'),
  ),
  'compose.extension': buildRun(
    'config',
    'Inert: Compose skips x- keys (only tools that define their own read them), so this block just holds YAML that anchors and aliases reuse; each reused copy is labeled where it lands.',
    'docker-layer',
    docs('https://docs.docker.com/reference/compose-file/extension/'),
  ),
  'compose.version': buildRun(
    'identity',
    'Obsolete: Compose only warns about it and validates the file against the newest schema it knows, whatever version says.',
    'docker-layer',
    docs('https://docs.docker.com/reference/compose-file/version-and-name/#version-top-level-element-obsolete'),
  ),
  'compose.name': buildRun(
    'identity',
    'The project name, which prefixes the containers, networks and volumes Compose creates on the host.',
    'labels-metadata',
    inKubernetes('metadata.namespace', 'the closest grouping'),
    inDockerCli('docker compose -p'),
    docs('https://docs.docker.com/reference/compose-file/version-and-name/#name-top-level-element'),
  ),
  'compose.include': buildRun(
    'config',
    'Pulls other Compose files into this project before anything starts, so it shapes the model rather than any one container.',
    'docker-layer',
    inKubernetes('kustomization resources', 'the closest way to combine manifests'),
    docs('https://docs.docker.com/reference/compose-file/include/'),
  ),
  'compose.services': buildRun(
    'run',
    'The services of the project, each becoming one or more containers that Compose runs on this host.',
    'docker-layer',
    inKubernetes('Deployments / StatefulSets', 'one workload per service'),
    docs('https://docs.docker.com/reference/compose-file/services/'),
  ),
  'compose.networks': buildRun(
    'network',
    'Docker networks Compose creates for services to reach each other by name; a bridge stays on this host, while an overlay spans Swarm nodes.',
    'networking',
    inKubernetes('Service / NetworkPolicy', 'one flat pod network replaces these'),
    inDockerCli('docker network create'),
    docs('https://docs.docker.com/reference/compose-file/networks/'),
  ),
  'compose.network.driver': buildRun(
    'network',
    'The network driver: bridge keeps the network on one host, while overlay stretches it across the nodes of a Swarm.',
    'networking',
    inKubernetes('the cluster network plugin (CNI)', 'chosen by the cluster, not per app'),
    inDockerCli('docker network create --driver'),
    docs('https://docs.docker.com/reference/compose-file/networks/#driver'),
  ),
  'compose.network.attachable': swarm(
    'network',
    'Lets standalone containers join an overlay network that Swarm services use; it matters only for Swarm-scoped networks.',
    'networking',
    inDockerCli('docker network create --attachable'),
    docs('https://docs.docker.com/reference/compose-file/networks/#attachable'),
  ),
  'compose.volumes': buildRun(
    'storage',
    'Named volumes that the Docker host keeps outside any container, so data outlives the containers that mount it.',
    'volumes',
    inKubernetes('PersistentVolumeClaim'),
    inDockerCli('docker volume create'),
    docs('https://docs.docker.com/reference/compose-file/volumes/'),
  ),
  'compose.configs': buildRun(
    'config',
    'Config data for services, from a file, an environment variable, inline content or an existing config; plain Compose mounts it as files, Swarm stores it in the cluster.',
    'config-secrets',
    inKubernetes('ConfigMap'),
    inDockerCli('docker config create', 'Swarm'),
    docs('https://docs.docker.com/reference/compose-file/configs/'),
  ),
  'compose.secrets': buildRun(
    'config',
    'Secrets for services, from a file, an environment variable (plain Compose only) or an existing secret; plain Compose mounts them as files, Swarm keeps them encrypted.',
    'config-secrets',
    inKubernetes('Secret'),
    inDockerCli('docker secret create', 'Swarm'),
    docs('https://docs.docker.com/reference/compose-file/secrets/'),
  ),
  'compose.models': buildRun(
    'run',
    'AI models, pulled as OCI artifacts and served by a model runner as an API that the services granted them can call; no orchestrator is involved.',
    'docker-layer',
    docs('https://docs.docker.com/reference/compose-file/models/'),
  ),
};

export const composeEntries: EntryTable = {
  ...topLevelEntries,
  ...composeServiceEntries,
  ...composeHostEntries,
  ...composeBuildEntries,
  ...composeDeployEntries,
};
