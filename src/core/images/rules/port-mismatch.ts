// port-mismatch: ports that do not line up across the runners of one image.
// - A Service `targetPort` that no container of its selected pods lists (`containerPort`) or names: a named
//   targetPort that no container names leaves the Service without endpoints for that port (kubernetes.io,
//   Service, "Port definitions"). A number is only reported when every selected container lists its ports and
//   none of the Service's numbers is among them (containerPort is informational: kubernetes.io, Pod API).
// - A container port that is neither a port the image EXPOSEs (Dockerfile reference, EXPOSE) nor the container
//   side of a port Compose maps for the same image: one of them is listening elsewhere.
import type { RunnerSpec } from '../../runners/spec';
import { nearby } from '../../runners/paths';
import type { Workspace } from '../../runners/workspace';
import type { Finding } from '../model';
import { appContainers, label, relatedAt, runnerRule, where } from './runner-rule';

export const portMismatch = runnerRule('port-mismatch', (ws, path) => [...serviceTargets(ws, path), ...containerPorts(ws, path)]);

function serviceTargets(ws: Workspace, path: string): Finding[] {
  const out: Finding[] = [];
  for (const svc of ws.kubeIn(path)?.services ?? []) {
    const containers = appContainers(ws);
    const keys = Object.entries(svc.selector);
    if (keys.length === 0) continue;
    const selected = containers.filter(
      (c) =>
        keys.every(([k, v]) => c.kube!.labels[k] === v) &&
        (!svc.namespace || !c.kube!.namespace || svc.namespace === c.kube!.namespace) &&
        nearby(svc.path, c.path),
    );
    if (selected.length === 0) continue;
    const isListed = (n: number) => selected.some((c) => c.ports.length === 0 || c.ports.some((p) => p.value === n));
    // containerPort is informational: a number no container lists may still be served (`4369` beside listed
    // `5672`). Only a Service none of whose numbers is listed is reported: it points at another port altogether.
    const someNumberListed = svc.targets.some((t) => typeof t.value === 'number' && isListed(t.value));
    for (const t of svc.targets) {
      const named = typeof t.value === 'string';
      const found = named ? selected.some((c) => c.portNames.some((n) => n.value === t.value)) : someNumberListed || isListed(t.value as number);
      if (found) continue;
      const listed = selected.flatMap((c) => (named ? c.portNames.map((n) => n.value) : c.ports.map((p) => String(p.value))));
      const first = selected[0];
      const near = named ? first.portNames[0] : first.ports[0];
      out.push({
        rule: 'port-mismatch',
        severity: 'warning',
        ...{ path: t.path, start: t.span.start, end: t.span.end },
        message:
          `Service${svc.name ? ` ${svc.name}` : ''} sends traffic to ${named ? 'the port named' : 'port'} \`${t.value}\`, but no container of the pods it selects ` +
          `(${selected.map((c) => c.name).join(', ')}) ${named ? 'names' : 'lists'} it${listed.length > 0 ? ` (they ${named ? 'name' : 'list'} ${listed.map((l) => `\`${l}\``).join(', ')})` : ''}.` +
          (named ? ' A named targetPort that no container names leaves the Service without endpoints for it.' : ''),
        fixes: [],
        related: near ? [relatedAt(near, `${label(first)} ${named ? 'names' : 'lists'} this port`)] : [relatedAt(first, `${label(first)}`)],
      });
    }
  }
  return out;
}

function containerPorts(ws: Workspace, path: string): Finding[] {
  const out: Finding[] = [];
  for (const spec of appContainers(ws, path)) {
    // A port set through the environment (`PORT`, `SERVER_PORT`) is configured per runner on purpose.
    if (spec.ports.length === 0 || spec.env.some((e) => /PORT/i.test(e.value))) continue;
    const defaults = ws.defaultsOf(spec);
    const compose = ws.peers(spec).filter((p) => p.kind !== 'kubernetes' && p.ports.length > 0);
    const expected = [...(defaults?.expose ?? []), ...compose.flatMap((p) => p.ports)];
    if (expected.length === 0 || spec.ports.some((p) => expected.some((e) => e.value === p.value))) continue;
    const port = spec.ports[0];
    const sources = [
      defaults && defaults.expose.length > 0 ? `the image EXPOSEs ${[...new Set(defaults.expose.map((e) => e.value))].join(', ')} (${where(ws, port.path, defaults.path, defaults.expose[0].span)})` : '',
      ...compose.map((p: RunnerSpec) => `${label(p)} maps container port ${[...new Set(p.ports.map((e) => e.value))].join(', ')} (${where(ws, port.path, p.ports[0].path, p.ports[0].span)})`),
    ].filter(Boolean);
    out.push({
      rule: 'port-mismatch',
      severity: 'warning',
      path: port.path,
      start: port.span.start,
      end: port.span.end,
      message:
        `${label(spec)} lists container port ${spec.ports.map((p) => p.value).join(', ')}, but ${sources.join(' and ')}: ` +
        'the same image listens where its configuration says, so one of them is out of date.',
      fixes: [],
      related: [
        ...(defaults && defaults.expose.length > 0 ? [relatedAt({ path: defaults.path, span: defaults.expose[0].span }, 'the EXPOSE of the image')] : []),
        ...compose.map((p) => relatedAt(p.ports[0], `the port ${label(p)} maps`)),
      ],
    });
  }
  return out;
}
