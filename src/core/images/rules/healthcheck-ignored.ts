// healthcheck-ignored: the image's Dockerfile declares a HEALTHCHECK, or a Compose/Swarm service of the same
// image declares a `healthcheck` (Compose Specification, services `healthcheck`), but Kubernetes never runs
// either — the kubelet only acts on probes. Without a livenessProbe, a container that Docker would mark unhealthy keeps
// running under Kubernetes. The fix carries the same check over as a probe. A warning when the container has no
// probe at all; a hint when it has a readinessProbe (health is handled, liveness left out on purpose).
import { insertLines } from '../edits';
import { workspaceOf } from '../../runners/workspace';
import type { ContainerFacts, FileFacts, Finding, Related, RunDecl } from '../model';
import { displayRef } from '../ref';
import { healthcheckOf, type Healthcheck } from '../stages';
import type { ImageIndex } from '../image-index';
import type { ImageRule } from './rule';
import { runnerName } from './verdict';

/** What a probe is made from: the HEALTHCHECK's command and timings, or a Compose test. */
type ProbeSource = Omit<Healthcheck, 'instruction'> | Healthcheck;

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

/** The check Kubernetes leaves out: the Dockerfile's HEALTHCHECK, else a Compose healthcheck of the same image. */
interface Ignored {
  probe: ProbeSource;
  what: string;
  related: Related;
}

function ignoredCheck(run: RunDecl, index: ImageIndex): Ignored | undefined {
  const target = index.dockerfileForImage(run.ref);
  const hc = target && healthcheckOf(target.model, target.stage);
  if (target && hc) {
    return {
      probe: hc,
      what: 'whose Dockerfile declares a HEALTHCHECK',
      related: { path: target.path, start: hc.instruction.span.start, end: hc.instruction.span.end, message: 'the HEALTHCHECK Kubernetes does not run' },
    };
  }
  // A Job runs to completion: a long-running service's Compose healthcheck says nothing about it.
  if (run.kind === 'Job' || run.kind === 'CronJob') return undefined;
  const ws = workspaceOf(index);
  const spec = ws.runnersIn(run.path).find((s) => s.path === run.path && s.span.start <= run.span.start && run.span.end <= s.span.end);
  const peer = spec && ws.peers(spec).find((p) => p.kind !== 'kubernetes' && p.healthcheck && p.healthcheckTest);
  if (!peer?.healthcheck || !peer.healthcheckTest) return undefined;
  const at = peer.healthcheck;
  return {
    probe: peer.healthcheckTest,
    what: `whose ${peer.kind === 'swarm' ? 'Swarm' : 'Compose'} service ${peer.name} declares a \`healthcheck\``,
    related: { path: at.path, start: at.span.start, end: at.span.end, message: 'the Compose healthcheck Kubernetes does not run' },
  };
}

function check(facts: FileFacts, run: RunDecl, index: ImageIndex): Finding | undefined {
  const c = run.container;
  if (!c || c.init || !run.ref.known || c.keys.includes('livenessProbe')) return undefined;
  const ignored = ignoredCheck(run, index);
  if (!ignored) return undefined;
  const hc = ignored.probe;
  const otherProbes = c.keys.filter((k) => k === 'readinessProbe' || k === 'startupProbe');
  const head =
    `${runnerName(run)} runs ${displayRef(run.ref)}, ${ignored.what} (build/run: Docker, Compose ` +
    `and Swarm act on it), but Kubernetes ignores ${'instruction' in hc ? 'HEALTHCHECK' : 'Compose healthchecks'}: there only probes, part of the schedule/scale layer, act on health.`;
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
        ? `${head} It has ${otherProbes.join(' and ')} but no livenessProbe, so the kubelet never restarts it when that check fails; add one only if a restart is what the ${'instruction' in hc ? 'HEALTHCHECK' : 'healthcheck'} is for.`
        : `${head} ${otherProbes.length > 0 ? 'Past its startupProbe, this container' : 'This container'} has no probe, so when that check fails nothing happens: the kubelet neither restarts it nor takes it out of Service traffic.`,
    fixes: [],
    related: [ignored.related],
  };
  // A Compose test that runs a script by path (`/healthchecks/redis.sh`) may come from a Compose volume the
  // Kubernetes container does not mount: carrying it over is not safe.
  const program = hc.exec?.[0] ?? hc.shell?.trim().split(/\s+/)[0] ?? '';
  const portable = 'instruction' in hc || !/^\.{0,2}\//.test(program);
  if (c.block && portable) {
    f.fixes.push({
      title: `Add a livenessProbe from the ${'instruction' in hc ? 'Dockerfile HEALTHCHECK' : 'Compose healthcheck'}`,
      preferred: true,
      edits: [insertLines(facts.path, facts.text, c.insertAt, probeYaml(hc, c))],
    });
  }
  return f;
}

/** The HEALTHCHECK as a `livenessProbe:` block at the container's indentation. */
function probeYaml(hc: ProbeSource, c: Pick<ContainerFacts, 'indent' | 'step'>): string {
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

function httpCheck(hc: ProbeSource): { path: string; port: number } | undefined {
  const cmd = (hc.exec ? hc.exec.join(' ') : hc.shell!).replace(/\s*\|\|\s*exit(?:\s+1)?\s*$/, '').trim();
  const tool = CURL.exec(cmd) ?? WGET.exec(cmd);
  if (!tool) return undefined;
  const url = URL.exec(cmd.slice(tool[0].length));
  if (!url) return undefined;
  return { path: url[2] ?? '/', port: url[1] ? Number(url[1]) : 80 };
}
