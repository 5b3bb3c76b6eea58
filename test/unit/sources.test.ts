// Every claim Layer Lens shows links to the primary page it is written from: each table row (Kubernetes, Compose,
// Dockerfile instructions, flags and directives), each cross-layer note and each Dockerfile occurrence note. Sources
// may only point at the primary documentation of a layer, and feature states come with the version that set them.
import * as assert from 'node:assert/strict';
import { entries, dockerfileNotes } from '../../src/core/tables';
import { crossNotes } from '../../src/core/tables';
import { FEATURE_STATES, SOURCE_PREFIXES, type Note } from '../../src/core/types';

/** Why a URL is not an acceptable primary source, or undefined when it is. */
function sourceProblem(url: string | undefined): string | undefined {
  if (!url) return 'no source';
  if (/\s/.test(url)) return `whitespace in ${url}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not a URL: ${url}`;
  }
  if (parsed.protocol !== 'https:') return `not https: ${url}`;
  if (!SOURCE_PREFIXES.some((p) => url.startsWith(p))) return `not a primary source host: ${url}`;
  if (parsed.hostname === 'github.com' && !parsed.pathname.startsWith('/compose-spec/compose-spec/')) {
    return `only the Compose Specification is cited on github.com: ${url}`;
  }
  return undefined;
}

function notes(): [string, Note][] {
  return [
    ...Object.entries(crossNotes).map(([id, n]): [string, Note] => [`cross-note ${id}`, n]),
    ...Object.entries(dockerfileNotes.nonFinalStage).map(([k, n]): [string, Note] => [`nonFinalStage.${k}`, n]),
    ['argBeforeFrom', dockerfileNotes.argBeforeFrom],
    ['onbuild', dockerfileNotes.onbuild],
  ];
}

describe('sources', () => {
  it('rejects what is not a primary source', () => {
    assert.equal(sourceProblem('https://kubernetes.io/docs/concepts/workloads/pods/#pod-os'), undefined);
    assert.equal(sourceProblem('https://github.com/compose-spec/compose-spec/blob/main/05-services.md#command'), undefined);
    assert.match(sourceProblem('')!, /no source/);
    assert.match(sourceProblem('http://kubernetes.io/docs/')!, /not https/);
    assert.match(sourceProblem('https://stackoverflow.com/q/1')!, /not a primary source/);
    assert.match(sourceProblem('https://kubernetes.io.evil.example/')!, /not a primary source/);
    assert.match(sourceProblem('https://github.com/someone/fork/blob/main/05-services.md')!, /not a primary source/);
  });

  it('gives every table row a primary source', () => {
    const bad = Object.entries(entries).flatMap(([id, e]) => {
      const problem = sourceProblem(e.source);
      return problem ? [`${id}: ${problem}`] : [];
    });
    assert.deepEqual(bad, []);
  });

  it('gives every cross-layer and occurrence note a primary source', () => {
    const bad = notes().flatMap(([name, n]) => {
      const problem = sourceProblem(n.source);
      return problem ? [`${name}: ${problem}`] : [];
    });
    assert.deepEqual(bad, []);
  });

  it('dates every feature state with the Kubernetes version that set it, on Kubernetes rows only', () => {
    for (const [id, e] of Object.entries(entries)) {
      if (e.state === undefined && e.since === undefined) continue;
      assert.ok(id.startsWith('k8s.'), `${id}: a feature state outside Kubernetes`);
      assert.ok(FEATURE_STATES.includes(e.state!), `${id}: state ${e.state}`);
      assert.match(e.since ?? '', /^1\.\d{1,2}$/, `${id}: since ${e.since}`);
    }
  });

  it('records the state of fields that are not GA or arrived recently', () => {
    for (const id of ['k8s.container.resizePolicy', 'k8s.container.restartPolicy', 'k8s.pod.hostUsers', 'k8s.pod.schedulingGates']) {
      assert.ok(entries[id]?.state && entries[id]?.since, `${id} has no feature state`);
    }
  });
});
