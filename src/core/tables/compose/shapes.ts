// How a Compose file's YAML is read: which entry each key has and the shape of its value.
// Keys follow the Compose Specification schema (compose-spec/compose-spec, schema/compose-spec.json).
// A rule without `s` makes the subtree opaque: environment, labels and the like inherit their key's entry.
import type { FieldRule, ShapeTable } from '../../types';

/** Keys whose entry id is `compose.service.<key>` and whose value needs no shape of its own. */
const plainServiceKeys = [
  'image', 'pull_policy', 'platform', 'command', 'entrypoint', 'working_dir', 'environment', 'env_file', 'secrets',
  'configs', 'models', 'expose', 'networks', 'network_mode', 'hostname', 'dns', 'extra_hosts', 'mac_address', 'links',
  'external_links', 'volumes', 'volumes_from', 'tmpfs', 'restart', 'depends_on', 'stop_signal', 'stop_grace_period',
  'post_start', 'pre_stop', 'scale', 'container_name', 'labels', 'annotations', 'profiles', 'extends', 'attach',
  'stdin_open', 'tty', 'logging', 'develop', 'provider', 'user', 'group_add', 'cap_add', 'cap_drop', 'privileged',
  'read_only', 'security_opt', 'credential_spec', 'use_api_socket', 'device_cgroup_rules', 'ipc', 'pid', 'uts',
  'userns_mode', 'cgroup', 'init', 'runtime', 'isolation', 'devices', 'gpus', 'sysctls', 'ulimits', 'mem_limit',
  'memswap_limit', 'mem_reservation', 'mem_swappiness', 'cpus', 'cpu_shares', 'cpuset', 'pids_limit',
  'oom_kill_disable', 'oom_score_adj', 'blkio_config', 'cgroup_parent', 'shm_size', 'storage_opt',
];

/** Keys that share an entry with a sibling: same concern, different spelling. */
const sharedServiceKeys: Record<string, string> = {
  domainname: 'compose.service.hostname',
  dns_opt: 'compose.service.dns',
  dns_search: 'compose.service.dns',
  label_file: 'compose.service.labels',
  pull_refresh_after: 'compose.service.pull_policy',
  cpu_quota: 'compose.service.cpu-tuning',
  cpu_period: 'compose.service.cpu-tuning',
  cpu_rt_runtime: 'compose.service.cpu-tuning',
  cpu_rt_period: 'compose.service.cpu-tuning',
  cpu_count: 'compose.service.cpu-tuning',
  cpu_percent: 'compose.service.cpu-tuning',
};

/** `{key: {e: prefix + key}}` for each key. */
function rules(prefix: string, keys: string[]): Record<string, FieldRule> {
  return Object.fromEntries(keys.map((k) => [k, { entry: prefix + k }]));
}

export const composeShapes: ShapeTable = {
  ComposeFile: {
    fields: {
      services: { entry: 'compose.services', shape: 'ComposeServices' },
      networks: { entry: 'compose.networks', shape: 'ComposeNetworks' },
      volumes: { entry: 'compose.volumes' },
      configs: { entry: 'compose.configs' },
      secrets: { entry: 'compose.secrets' },
      name: { entry: 'compose.name' },
      version: { entry: 'compose.version' },
      include: { entry: 'compose.include' },
      models: { entry: 'compose.models' },
    },
  },
  ComposeServices: { fields: {}, otherwise: { entry: 'compose.service', shape: 'ComposeService' } },
  ComposeService: {
    fields: {
      ...rules('compose.service.', plainServiceKeys),
      ...Object.fromEntries(Object.entries(sharedServiceKeys).map(([k, entry]) => [k, { entry }])),
      build: { entry: 'compose.service.build', shape: 'ComposeBuild' },
      ports: { entry: 'compose.service.ports', shape: 'ComposePort' },
      healthcheck: { entry: 'compose.service.healthcheck', shape: 'ComposeHealthcheck' },
      deploy: { entry: 'compose.service.deploy', shape: 'ComposeDeploy' },
    },
  },
  // Build keys not listed (dockerfile_inline, cache_to, no_cache, pull, shm_size…) inherit compose.service.build.
  ComposeBuild: {
    fields: {
      ...rules('compose.build.', [
        'context', 'dockerfile', 'args', 'target', 'cache_from', 'tags', 'platforms', 'secrets', 'ssh', 'network',
        'additional_contexts', 'labels', 'entitlements', 'privileged',
      ]),
      dockerfile_inline: { entry: 'compose.build.dockerfile' },
    },
  },
  ComposePort: { fields: rules('compose.ports.', ['target', 'published', 'mode']) },
  ComposeHealthcheck: {
    fields: rules('compose.healthcheck.', [
      'test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval', 'disable',
    ]),
  },
  ComposeDeploy: {
    fields: {
      ...rules('compose.deploy.', [
        'mode', 'replicas', 'endpoint_mode', 'labels', 'update_config', 'rollback_config', 'restart_policy',
      ]),
      placement: { entry: 'compose.deploy.placement', shape: 'ComposePlacement' },
      resources: { entry: 'compose.deploy.resources', shape: 'ComposeResources' },
    },
  },
  ComposePlacement: {
    fields: rules('compose.deploy.placement.', ['constraints', 'preferences', 'max_replicas_per_node']),
  },
  ComposeResources: {
    fields: {
      limits: { entry: 'compose.deploy.resources.limits' },
      reservations: { entry: 'compose.deploy.resources.reservations', shape: 'ComposeReservations' },
    },
  },
  // cpus and memory inherit the reservations entry; devices grant hardware to the container itself.
  ComposeReservations: {
    fields: rules('compose.deploy.resources.reservations.', ['devices', 'generic_resources']),
  },
  // Each named network: keys not listed (ipam, internal, labels…) inherit compose.networks.
  ComposeNetworks: { fields: {}, otherwise: { shape: 'ComposeNetwork' } },
  ComposeNetwork: {
    fields: {
      driver: { entry: 'compose.network.driver' },
      attachable: { entry: 'compose.network.attachable' },
    },
  },
};
