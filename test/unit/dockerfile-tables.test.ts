// The Dockerfile layer table on its own: one row per instruction, flag and directive, all Docker-layer,
// with the counterparts that explain what Compose and Kubernetes do with each.
import * as assert from 'node:assert/strict';
import { dockerfileEntries, dockerfileNotes } from '../../src/core/tables';
import { rowProblems, sentenceProblem } from './layer-table-checks';

const INSTRUCTIONS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR',
  'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
];
const BUILD_PHASE = ['FROM', 'RUN', 'ADD', 'COPY', 'ARG', 'ONBUILD', 'LABEL', 'MAINTAINER', 'SHELL'];
const FLAGS = [
  'from', 'mount', 'platform', 'chown', 'chmod', 'link', 'network', 'security', 'exclude', 'parents', 'keep-git-dir',
  'checksum', 'interval', 'timeout', 'start-period', 'start-interval', 'retries',
];
const OTHER_IDS = ['df.ARG.global', 'df.unknown', 'df.directive.syntax', 'df.directive.escape', 'df.directive.check'];

const row = (id: string) => {
  const e = dockerfileEntries[id];
  assert.ok(e, `missing ${id}`);
  return e;
};
/** The ref of the first counterpart in `where`. */
const ref = (id: string, where: string) => row(id).counterparts.find((c) => c.where === where)?.ref;

describe('dockerfile table', () => {
  it('has a row for every instruction, flag, directive and the unknown-instruction fallback', () => {
    const ids = [...INSTRUCTIONS.map((k) => `df.${k}`), ...FLAGS.map((f) => `df.flag.${f}`), ...OTHER_IDS];
    assert.deepEqual(ids.filter((id) => !dockerfileEntries[id]), []);
  });

  it('has well-formed rows with counterparts only in other file kinds', () => {
    assert.deepEqual(rowProblems(dockerfileEntries, 'dockerfile'), []);
  });

  it('puts everything in build/run, with no orchestrator', () => {
    for (const [id, e] of Object.entries(dockerfileEntries)) {
      assert.equal(e.layer, 'build/run', id);
      assert.equal(e.orchestrator, undefined, id);
    }
  });

  it('gives build-time instructions the build phase and the rest a run-time phase', () => {
    for (const k of INSTRUCTIONS) {
      if (BUILD_PHASE.includes(k)) assert.equal(row(`df.${k}`).phase, 'build', k);
      else assert.notEqual(row(`df.${k}`).phase, 'build', k);
    }
    assert.equal(row('df.HEALTHCHECK').phase, 'health');
    assert.equal(row('df.EXPOSE').phase, 'network');
    assert.equal(row('df.USER').phase, 'security');
    assert.equal(row('df.VOLUME').phase, 'storage');
    assert.equal(row('df.ENV').phase, 'config');
  });

  it('pairs the start command with Kubernetes command/args and Compose entrypoint/command', () => {
    assert.equal(ref('df.ENTRYPOINT', 'kubernetes'), 'containers[].command');
    assert.equal(ref('df.ENTRYPOINT', 'compose'), 'services.*.entrypoint');
    assert.equal(ref('df.CMD', 'kubernetes'), 'containers[].args');
    assert.equal(ref('df.CMD', 'compose'), 'services.*.command');
    assert.equal(ref('df.ENV', 'kubernetes'), 'containers[].env');
    assert.equal(ref('df.WORKDIR', 'kubernetes'), 'containers[].workingDir');
    assert.equal(ref('df.USER', 'kubernetes'), 'securityContext.runAsUser');
    assert.equal(ref('df.STOPSIGNAL', 'compose'), 'services.*.stop_signal');
  });

  it('says EXPOSE publishes nothing, Kubernetes never runs HEALTHCHECK, and LABEL is not a Kubernetes label', () => {
    assert.match(row('df.EXPOSE').summary, /publishes nothing/);
    assert.equal(ref('df.EXPOSE', 'kubernetes'), 'containers[].ports[].containerPort');
    assert.match(row('df.HEALTHCHECK').summary, /Kubernetes never runs it/);
    assert.match(ref('df.HEALTHCHECK', 'kubernetes') ?? '', /Probe/);
    const k8sLabel = row('df.LABEL').counterparts.find((c) => c.where === 'kubernetes');
    assert.match(k8sLabel?.note ?? '', /unrelated/);
    assert.match(row('df.LABEL').summary, /Kubernetes labels are a different thing/);
  });

  it('maps the HEALTHCHECK flags onto probe fields', () => {
    assert.match(ref('df.flag.interval', 'kubernetes') ?? '', /periodSeconds/);
    assert.match(ref('df.flag.timeout', 'kubernetes') ?? '', /timeoutSeconds/);
    assert.match(ref('df.flag.start-period', 'kubernetes') ?? '', /initialDelaySeconds|startupProbe/);
    assert.match(ref('df.flag.start-interval', 'kubernetes') ?? '', /startupProbe/);
    assert.match(ref('df.flag.retries', 'kubernetes') ?? '', /failureThreshold/);
    for (const f of ['interval', 'timeout', 'start-period', 'start-interval', 'retries']) {
      assert.equal(row(`df.flag.${f}`).phase, 'health', f);
    }
  });

  it('explains the build-only constructs: global ARG, ONBUILD, RUN --mount', () => {
    assert.match(row('df.ARG.global').summary, /only for FROM/);
    assert.match(row('df.ONBUILD').summary, /later build/);
    assert.match(row('df.flag.mount').summary, /never reaches the image/);
  });

  it('has one-sentence occurrence notes for non-final stages, global ARGs and ONBUILD', () => {
    for (const k of ['CMD', 'EXPOSE', 'HEALTHCHECK', 'ENTRYPOINT', 'USER']) {
      assert.ok(dockerfileNotes.nonFinalStage[k], `nonFinalStage.${k}`);
    }
    assert.match(dockerfileNotes.nonFinalStage.CMD.text, /final stage/);
    const notes = [...Object.values(dockerfileNotes.nonFinalStage), dockerfileNotes.argBeforeFrom, dockerfileNotes.onbuild];
    assert.deepEqual(notes.map((n) => sentenceProblem(n.text)).filter(Boolean), []);
    for (const k of Object.keys(dockerfileNotes.nonFinalStage)) assert.ok(INSTRUCTIONS.includes(k), k);
  });
});
