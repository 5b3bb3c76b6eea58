// Builders shared by the Kubernetes tables. Row constructors for the Docker layer and counterparts come from
// layer-rows.ts; this adds the Kubernetes-owned orchestration row and the root keys every object shares.
import type { FieldRule, GuideId, LayerEntry, Phase, Shape } from '../../types';
import { row, type RowPart } from '../layer-rows';

/** An orchestration row that Kubernetes acts on (the scheduler, a controller, the kubelet or the API server). */
export function kubernetes(phase: Phase, summary: string, guide: GuideId, ...parts: RowPart[]): LayerEntry {
  return row('schedule/scale', phase, summary, guide, parts, 'kubernetes');
}

/** The keys every Kubernetes object has at its root, read the same way for every kind. */
export const objectRoot: Record<string, FieldRule> = {
  apiVersion: { entry: 'k8s.object.apiVersion' },
  kind: { entry: 'k8s.object.kind' },
  metadata: { entry: 'k8s.metadata', shape: 'ObjectMeta' },
  status: { entry: 'k8s.status' },
};

/** A root shape whose `spec` has the given entry and, when its keys are known, the given shape. */
export function specRoot(specEntry: string, specShape?: string): Shape {
  const spec: FieldRule = specShape === undefined ? { entry: specEntry } : { entry: specEntry, shape: specShape };
  return { fields: { ...objectRoot, spec } };
}

/** A root shape for kinds whose own keys sit at the root beside metadata (ConfigMap, StorageClass, RBAC…). */
export function flatRoot(fields: Record<string, FieldRule>): Shape {
  return { fields: { ...objectRoot, ...fields } };
}
