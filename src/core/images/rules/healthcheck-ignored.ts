// healthcheck-ignored: the image's Dockerfile declares a HEALTHCHECK, but Kubernetes never runs it — the
// kubelet only acts on probes. Without a livenessProbe, a container that Docker would mark unhealthy keeps
// running under Kubernetes. The fix carries the same check over as a probe. A warning when the container has no
// probe at all; a hint when it has a readinessProbe (health is handled, liveness left out on purpose).
import { insertLines } from '../edits';
import type { ContainerFacts, FileFacts, Finding, RunDecl } from '../model';
import { displayRef } from '../ref';
import { healthcheckOf, type Healthcheck } from '../stages';
import type { ImageIndex } from '../image-index';
import type { ImageRule } from './rule';
import { runnerName } from './verdict';

export const healthcheckIgnored: ImageRule = {
  id: 'healthcheck-ignored',
  check(facts, index) {
    const out: Finding[] = [];
    for (const run of facts.runs) {
      const f = run.via === 'kubernetes' ? check(facts, run, index) : undefined;
      if (f) out.push(f);
    }
    return out;
  },
};

function check(facts: FileFacts, run: RunDecl, index: ImageIndex): Finding | undefined {
  const c = run.container;
  if (!c || c.init || !run.ref.known || c.keys.includes('livenessProbe')) return undefined;
  const target = index.dockerfileForImage(run.ref);
  const hc = target && healthcheckOf(target.model, target.stage);
  if (!target || !hc) return undefined;
  const otherProbes = c.keys.filter((k) => k === 'readinessProbe' || k === 'startupProbe');
  const head =
    `${runnerName(run)} runs ${displayRef(run.ref)}, whose Dockerfile declares a HEALTHCHECK (build/run: Docker, Compose ` +
    `and Swarm act on it), but Kubernetes ignores HEALTHCHECK: there only probes, part of the schedule/scale layer, act on health.`;
  // With other probes the author chose how Kubernetes checks this container; leaving out liveness is a common,
  // deliberate choice (a restart does not cure most failures). Without any probe, the image's only check is lost.
  // A startupProbe alone stops checking once the container has started, so it does not count.
  const ready = c.keys.includes('readinessProbe');
  const f: Finding = {
    rule: 'healthcheck-ignored',
    severity: ready ? 'hint' : 'warning',
    path: facts.path,
    start: run.span.start,
    end: run.span.end,
    message:
      ready
        ? `${head} It has ${otherProbes.join(' and ')} but no livenessProbe, so the kubelet never restarts it when that check fails; add one only if a restart is what the HEALTHCHECK is for.`
        : `${head} ${otherProbes.length > 0 ? 'Past its startupProbe, this container' : 'This container'} has no probe, so when that check fails nothing happens: the kubelet neither restarts it nor takes it out of Service traffic.`,
    fixes: [],
    related: [{ path: target.path, start: hc.instruction.span.start, end: hc.instruction.span.end, message: 'the HEALTHCHECK Kubernetes does not run' }],
  };
  if (c.block) {
    f.fixes.push({
      title: 'Add a livenessProbe from the Dockerfile HEALTHCHECK',
      preferred: true,
      edits: [insertLines(facts.path, facts.text, c.insertAt, probeYaml(hc, c))],
    });
  }
  return f;
}

/** The HEALTHCHECK as a `livenessProbe:` block at the container's indentation. */
function probeYaml(hc: Healthcheck, c: Pick<ContainerFacts, 'indent' | 'step'>): string {
  const pad = (n: number) => ' '.repeat(c.indent + n * c.step);
  const lines = [`${pad(0)}livenessProbe:`];
  const http = httpCheck(hc);
  if (http) {
    lines.push(`${pad(1)}httpGet:`, `${pad(2)}path: ${http.path}`, `${pad(2)}port: ${http.port}`);
  } else {
    const command = hc.exec ?? ['sh', '-c', hc.shell!];
    lines.push(`${pad(1)}exec:`, `${pad(2)}command: [${command.map((s) => JSON.stringify(s)).join(', ')}]`);
  }
  const timing: [string, number | undefined][] = [
    ['initialDelaySeconds', hc.startPeriodSeconds],
    ['periodSeconds', hc.intervalSeconds],
    ['timeoutSeconds', hc.timeoutSeconds],
    ['failureThreshold', hc.retries],
  ];
  for (const [key, value] of timing) if (value !== undefined) lines.push(`${pad(1)}${key}: ${value}`);
  return lines.map((l) => `${l}\n`).join('');
}

// `curl -f http://localhost:8080/health` or `wget -q --spider http://localhost/` (optionally `|| exit 1`):
// a plain HTTP check of the container itself, which httpGet does natively (success is 200–399 for both).
const CURL = /^curl(?:\s+(?:-[sSfL]*f[sSfL]*|--fail(?:-with-body)?|--silent|--show-error|--location|-o\s+\/dev\/null|--max-time\s+\d+|-m\s+\d+))+\s+/;
const WGET = /^wget(?:\s+(?:-q|--quiet|--spider|-O\s*-|-qO-|-q?O\s*\/dev\/null|--no-verbose|-nv|--tries=1|-T\s*\d+|--timeout=\d+))*\s+/;
const URL = /^["']?http:\/\/(?:localhost|127\.0\.0\.1)(?::(\d+))?(\/[^\s"'|;&]*)?["']?$/;

function httpCheck(hc: Healthcheck): { path: string; port: number } | undefined {
  const cmd = (hc.exec ? hc.exec.join(' ') : hc.shell!).replace(/\s*\|\|\s*exit(?:\s+1)?\s*$/, '').trim();
  const tool = CURL.exec(cmd) ?? WGET.exec(cmd);
  if (!tool) return undefined;
  const url = URL.exec(cmd.slice(tool[0].length));
  if (!url) return undefined;
  return { path: url[2] ?? '/', port: url[1] ? Number(url[1]) : 80 };
}
