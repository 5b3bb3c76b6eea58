// The Compose layer tables on their own: ids, shapes, wording, and the layer of the keys people get wrong.
import * as assert from 'node:assert/strict';
import { composeEntries } from '../../src/core/tables';
import { composeShapes } from '../../src/core/tables';
import { danglingRefs, entryAt, rowProblems, unreachableShapes } from './layer-table-checks';

const REQUIRED = [
  'compose.file', 'compose.extension', 'compose.service', 'compose.service.image', 'compose.service.build',
  'compose.service.command', 'compose.service.entrypoint', 'compose.service.environment', 'compose.service.ports',
  'compose.service.healthcheck', 'compose.service.deploy', 'compose.deploy.replicas', 'compose.deploy.resources.limits',
  'compose.deploy.resources.reservations',
];

/** The Compose Specification's service keys (schema/compose-spec.json, definitions.service.properties). */
const SPEC_SERVICE_KEYS = [
  'develop', 'deploy', 'annotations', 'attach', 'build', 'blkio_config', 'cap_add', 'cap_drop', 'cgroup',
  'cgroup_parent', 'command', 'configs', 'container_name', 'cpu_count', 'cpu_percent', 'cpu_shares', 'cpu_quota',
  'cpu_period', 'cpu_rt_period', 'cpu_rt_runtime', 'cpus', 'cpuset', 'credential_spec', 'depends_on',
  'device_cgroup_rules', 'devices', 'dns', 'dns_opt', 'dns_search', 'domainname', 'entrypoint', 'env_file',
  'label_file', 'environment', 'expose', 'extends', 'provider', 'external_links', 'extra_hosts', 'gpus', 'group_add',
  'healthcheck', 'hostname', 'image', 'init', 'ipc', 'isolation', 'labels', 'links', 'logging', 'mac_address',
  'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit', 'network_mode', 'models', 'networks',
  'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'ports', 'post_start', 'pre_stop', 'privileged',
  'profiles', 'pull_policy', 'pull_refresh_after', 'read_only', 'restart', 'runtime', 'scale', 'security_opt',
  'shm_size', 'secrets', 'sysctls', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'tmpfs', 'tty',
  'ulimits', 'use_api_socket', 'user', 'uts', 'userns_mode', 'volumes', 'volumes_from', 'working_dir',
];

/** Entry id for a path below a service, read as the classifier would. */
const at = (...path: (string | number)[]): string =>
  entryAt(composeShapes, 'ComposeFile', 'compose.file', ['services', 'web', ...path]);
const entry = (id: string) => composeEntries[id];

describe('compose tables', () => {
  it('defines every id other code refers to', () => {
    assert.deepEqual(REQUIRED.filter((id) => !composeEntries[id]), []);
  });

  it('has well-formed rows: two layers, known phases and guides, one-sentence summaries, foreign counterparts', () => {
    assert.deepEqual(rowProblems(composeEntries, 'compose'), []);
  });

  it('refers only to entries and shapes that exist, and every shape is reachable from ComposeFile', () => {
    assert.ok(composeShapes.ComposeFile, 'root shape ComposeFile');
    assert.deepEqual(danglingRefs(composeShapes, composeEntries), []);
    assert.deepEqual(unreachableShapes(composeShapes, 'ComposeFile'), []);
  });

  it('uses every entry somewhere, except the ones the classifier picks itself', () => {
    const used = new Set(['compose.file', 'compose.extension']);
    for (const s of Object.values(composeShapes)) {
      for (const r of [...Object.values(s.fields), ...(s.otherwise ? [s.otherwise] : [])]) if (r.entry) used.add(r.entry);
    }
    assert.deepEqual(Object.keys(composeEntries).filter((id) => !used.has(id)), []);
  });

  it('gives every service key of the Compose Specification its own rule', () => {
    const missing = SPEC_SERVICE_KEYS.filter((k) => !composeShapes.ComposeService.fields[k]?.entry);
    assert.deepEqual(missing, []);
  });

  it('reads the root keys and the services map', () => {
    const root = (k: string) => entryAt(composeShapes, 'ComposeFile', 'compose.file', [k]);
    assert.equal(root('services'), 'compose.services');
    assert.equal(root('volumes'), 'compose.volumes');
    assert.equal(root('include'), 'compose.include');
    assert.equal(at(), 'compose.service');
    assert.equal(at('some_future_key'), 'compose.service');
    assert.equal(entryAt(composeShapes, 'ComposeFile', 'compose.file', ['networks', 'front', 'driver']), 'compose.network.driver');
    assert.equal(entryAt(composeShapes, 'ComposeFile', 'compose.file', ['networks', 'front', 'ipam']), 'compose.networks');
    assert.equal(entryAt(composeShapes, 'ComposeFile', 'compose.file', ['secrets', 'db_pw', 'file']), 'compose.secrets');
  });

  it('keeps opaque maps opaque: user keys inherit their parent entry', () => {
    assert.equal(at('environment', 'DEBUG'), 'compose.service.environment');
    assert.equal(at('labels', 'com.example.team'), 'compose.service.labels');
    assert.equal(at('build', 'args', 'NODE_ENV'), 'compose.build.args');
    assert.equal(at('build', 'labels', 'org.opencontainers.image.source'), 'compose.build.labels');
    assert.equal(at('build', 'cache_to'), 'compose.service.build');
    assert.equal(at('deploy', 'labels', 'traefik.enable'), 'compose.deploy.labels');
    assert.equal(at('depends_on', 'db', 'condition'), 'compose.service.depends_on');
  });

  it('marks every schedule/scale row as Swarm-owned, except scale, which the Compose CLI acts on', () => {
    const orchestration = Object.entries(composeEntries).filter(([, e]) => e.layer === 'schedule/scale');
    assert.ok(orchestration.length >= 10);
    for (const [id, e] of orchestration) {
      if (id === 'compose.service.scale') assert.equal(e.orchestrator, 'compose', id);
      else assert.equal(e.orchestrator, 'swarm', id);
    }
  });

  it('says for every deploy key whether plain docker compose honors it or only Swarm does', () => {
    const deployIds = Object.keys(composeEntries).filter((id) => id.startsWith('compose.deploy.'));
    assert.ok(deployIds.length >= 15);
    for (const id of deployIds) {
      assert.match(composeEntries[id].summary, /`docker compose( up)?`|Swarm-only|only Swarm reads/, id);
    }
  });

  it('puts deploy.resources.limits in build/run and reservations in schedule/scale, by what they govern', () => {
    const limits = entry(at('deploy', 'resources', 'limits', 'memory'));
    assert.equal(at('deploy', 'resources', 'limits', 'memory'), 'compose.deploy.resources.limits');
    assert.equal(limits.layer, 'build/run');
    assert.match(limits.summary, /deploy:/);
    assert.ok(limits.counterparts.some((c) => c.where === 'kubernetes' && c.ref.endsWith('resources.limits')));
    assert.equal(at('deploy', 'resources', 'reservations', 'cpus'), 'compose.deploy.resources.reservations');
    const reservations = entry('compose.deploy.resources.reservations');
    assert.equal(reservations.layer, 'schedule/scale');
    assert.equal(reservations.orchestrator, 'swarm');
    assert.ok(reservations.counterparts.some((c) => c.ref.endsWith('resources.requests')));
    assert.equal(entry(at('deploy', 'resources', 'reservations', 'devices', 0, 'count')).layer, 'build/run');
  });

  it('reads deploy keys as orchestration with their Kubernetes counterparts', () => {
    const replicas = entry(at('deploy', 'replicas'));
    assert.equal(replicas.layer, 'schedule/scale');
    assert.match(replicas.summary, /docker compose up/);
    assert.ok(replicas.counterparts.some((c) => c.ref === 'spec.replicas'));
    assert.match(entry(at('deploy', 'mode')).summary, /DaemonSet/);
    assert.equal(at('deploy', 'placement', 'constraints', 0), 'compose.deploy.placement.constraints');
    assert.equal(entry(at('deploy', 'update_config', 'parallelism')).phase, 'rollout');
    assert.equal(entry(at('deploy', 'restart_policy', 'condition')).phase, 'lifecycle');
    assert.equal(entry('compose.service.deploy').layer, 'schedule/scale');
  });

  it('keeps the engine-run keys in build/run: restart, healthcheck, image, build, command, ports', () => {
    const restart = entry(at('restart'));
    assert.deepEqual([restart.layer, restart.phase], ['build/run', 'lifecycle']);
    assert.ok(restart.counterparts.some((c) => c.ref === 'spec.restartPolicy'));
    const health = entry(at('healthcheck'));
    assert.deepEqual([health.layer, health.phase], ['build/run', 'health']);
    assert.match(health.summary, /Kubernetes ignores/);
    assert.equal(entry(at('healthcheck', 'retries')).counterparts.find((c) => c.where === 'kubernetes')?.ref, 'probe failureThreshold');
    assert.equal(entry(at('image')).layer, 'build/run');
    assert.equal(entry(at('build', 'target')).phase, 'build');
    assert.equal(entry(at('entrypoint')).counterparts.find((c) => c.where === 'kubernetes')?.ref, 'containers[].command');
    assert.equal(entry(at('command')).counterparts.find((c) => c.where === 'kubernetes')?.ref, 'containers[].args');
    assert.equal(at('ports', 0, 'target'), 'compose.ports.target');
    assert.equal(entry(at('ports', 0, 'mode')).orchestrator, 'swarm');
  });

  it('calls x- blocks inert and version obsolete', () => {
    assert.match(entry('compose.extension').summary, /^Inert/);
    assert.match(entry('compose.version').summary, /^Obsolete/);
  });

  it('treats scale as a copy count on one host, not a Swarm field', () => {
    const scale = entry(at('scale'));
    assert.deepEqual([scale.layer, scale.phase], ['schedule/scale', 'scale']);
    assert.match(scale.summary, /one host/);
  });
});
