// replicas-with-hpa: a HorizontalPodAutoscaler scales a Deployment or StatefulSet whose manifest hard-codes
// `spec.replicas`. "When an HPA is enabled, it is recommended that the value of spec.replicas of the Deployment
// and / or StatefulSet be removed from their manifest(s)": otherwise every `kubectl apply` scales back to it
// (kubernetes.io, Horizontal Pod Autoscaling, "Migrating Deployments and StatefulSets to horizontal autoscaling").
import { nearby } from '../../runners/paths';
import type { Finding } from '../model';
import { relatedAt, runnerRule, where } from './runner-rule';

export const replicasWithHpa = runnerRule('replicas-with-hpa', (ws, path) => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const scaled = ws.runnersIn(path).filter((spec) => spec.replicas && spec.kube?.replicasLine);
  if (scaled.length === 0) return out;
  for (const hpa of ws.hpas) {
    for (const spec of scaled) {
      const k = spec.kube;
      if (!k || !spec.replicas || !k.replicasLine || k.kind !== hpa.target.kind || k.objectName !== hpa.target.name) continue;
      if ((hpa.namespace && k.namespace && hpa.namespace !== k.namespace) || !nearby(hpa.path, spec.path)) continue;
      const key = `${spec.replicas.path}:${spec.replicas.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        rule: 'replicas-with-hpa',
        severity: 'warning',
        path: spec.replicas.path,
        start: spec.replicas.span.start,
        end: spec.replicas.span.end,
        message:
          `${k.kind}/${hpa.target.name} hard-codes \`replicas: ${spec.replicas.value}\`, but the HorizontalPodAutoscaler at ` +
          `${where(ws, spec.replicas.path, hpa.path, hpa.span)} scales it: every \`kubectl apply\` of this manifest resets the count the autoscaler chose. ` +
          'Remove `spec.replicas` and let the autoscaler own it.',
        fixes: [{ title: 'Remove `spec.replicas` (the autoscaler sets it)', preferred: true, edits: [{ path: spec.replicas.path, start: k.replicasLine.start, end: k.replicasLine.end, newText: '' }] }],
        related: [relatedAt(hpa, 'the HorizontalPodAutoscaler that targets it')],
      });
    }
  }
  return out;
});
