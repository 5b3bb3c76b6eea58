// How a kustomization file is read. Its keys are kustomize's own; the lists under them (images, replicas,
// generators…) inherit their key's entry. Patch operations are read by src/core/kustomize/, not by shapes.
import type { FieldRule, ShapeTable } from '../../types';

const patch: FieldRule = { entry: 'kustomize.patches', shape: 'KustomizePatch' };

export const kustomizeShapes: ShapeTable = {
  Kustomization: {
    fields: {
      apiVersion: { entry: 'kustomize.apiVersion' },
      kind: { entry: 'kustomize.apiVersion' },
      metadata: { entry: 'kustomize.kustomization' },
      images: { entry: 'kustomize.images' },
      replicas: { entry: 'kustomize.replicas' },
      namePrefix: { entry: 'kustomize.namePrefix' },
      nameSuffix: { entry: 'kustomize.nameSuffix' },
      namespace: { entry: 'kustomize.namespace' },
      commonLabels: { entry: 'kustomize.commonLabels' },
      labels: { entry: 'kustomize.labels' },
      commonAnnotations: { entry: 'kustomize.commonAnnotations' },
      resources: { entry: 'kustomize.resources' },
      bases: { entry: 'kustomize.bases' },
      components: { entry: 'kustomize.components' },
      patches: patch,
      patchesStrategicMerge: { entry: 'kustomize.patchesStrategicMerge' },
      patchesJson6902: { entry: 'kustomize.patchesJson6902', shape: 'KustomizePatch' },
      configMapGenerator: { entry: 'kustomize.configMapGenerator' },
      secretGenerator: { entry: 'kustomize.secretGenerator' },
      generatorOptions: { entry: 'kustomize.generatorOptions' },
      helmCharts: { entry: 'kustomize.helmCharts' },
      helmGlobals: { entry: 'kustomize.helmCharts' },
      crds: { entry: 'kustomize.crds' },
      configurations: { entry: 'kustomize.configurations' },
      replacements: { entry: 'kustomize.replacements' },
      vars: { entry: 'kustomize.vars' },
    },
    otherwise: { entry: 'kustomize.kustomization' },
  },
  // One item of patches or patchesJson6902: its path or inline patch inherits the list's entry.
  KustomizePatch: {
    fields: {
      target: { entry: 'kustomize.patch.target' },
    },
  },
};

/** The kinds a kustomization file declares (kustomize.config.k8s.io). */
export const KUSTOMIZE_KINDS = ['Kustomization', 'Component'] as const;
