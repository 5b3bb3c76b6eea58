// Rows for the keys of a kustomization file. Kustomize builds the objects it sends to the API server, so each key's
// layer is that of the manifest fields it writes: `images` rewrites containers' images (build/run); the rest name,
// label, count, select or generate objects (schedule/scale). A patch's own fields take the layer of the field they
// change, read through the Kubernetes shapes (src/core/kustomize/).
import type { EntryTable } from '../../types';
import { buildRun, docs, inCompose, inDockerCli, inDockerfile } from '../layer-rows';
import { kubernetes } from '../kubernetes/rows';

// The kubectl task page on kubernetes.io, and the kustomize reference the Kubernetes project publishes beside it.
const task = 'https://kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/';
const reference = 'https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/';

export const kustomizeEntries: EntryTable = {
  'kustomize.kustomization': kubernetes(
    'identity',
    'A setting of this kustomization, which kustomize applies while it builds the objects that kubectl apply -k sends to the API server.',
    'kubernetes-layer',
    docs(`${task}#kustomize-feature-list`),
  ),
  'kustomize.apiVersion': kubernetes(
    'identity',
    'The schema of this file (Kustomization, or Component for a reusable piece), read by kustomize rather than stored by the API server.',
    'labels-metadata',
    docs(reference),
  ),
  'kustomize.images': buildRun(
    'run',
    'Rewrites the name, tag or digest of matching container images in every object it builds, which changes the image each container runs.',
    'image',
    docs(`${reference}images/`),
    inCompose('services.*.image'),
    inDockerCli('docker run IMAGE'),
  ),
  'kustomize.replicas': kubernetes(
    'scale',
    'Sets the replica count of the named Deployment, ReplicaSet, ReplicationController or StatefulSet: how many pods its controller keeps running.',
    'replicas',
    docs(`${reference}replicas/`),
    inCompose('deploy.replicas', 'Swarm'),
  ),
  'kustomize.namePrefix': kubernetes(
    'identity',
    'Prepended to the name of every object it builds and to references to those names, so the API server stores them under new names.',
    'labels-metadata',
    docs(`${reference}nameprefix/`),
    inCompose('name', 'the project name prefixes container names'),
  ),
  'kustomize.nameSuffix': kubernetes(
    'identity',
    'Appended to the name of every object it builds and to references to those names, so the API server stores them under new names.',
    'labels-metadata',
    docs(`${reference}namesuffix/`),
  ),
  'kustomize.namespace': kubernetes(
    'identity',
    'Sets the namespace of every namespaced object it builds, which scopes their names and lets quotas and namespaced access rules apply.',
    'labels-metadata',
    docs(`${task}#setting-cross-cutting-fields`),
    inCompose('name', 'the project name scopes resources in a similar way'),
  ),
  'kustomize.commonLabels': kubernetes(
    'identity',
    'Labels added to every object and also to its selectors and pod templates, which decides what Services and controllers select.',
    'labels-metadata',
    docs(`${reference}commonlabels/`),
    inDockerfile('LABEL', 'image metadata only, a different thing'),
  ),
  'kustomize.labels': kubernetes(
    'identity',
    'Labels added to every object; selectors and pod templates get them only where includeSelectors or includeTemplates says so.',
    'labels-metadata',
    docs(`${reference}labels/`),
    inDockerfile('LABEL', 'image metadata only, a different thing'),
  ),
  'kustomize.commonAnnotations': kubernetes(
    'identity',
    'Annotations added to every object it builds, for tools and controllers to read; no selector matches on them.',
    'labels-metadata',
    docs(`${reference}commonannotations/`),
  ),
  'kustomize.resources': kubernetes(
    'identity',
    'The manifest files, folders and other kustomizations whose objects this build includes, which decides what is sent to the API server.',
    'kubernetes-layer',
    docs(`${task}#composing`),
  ),
  'kustomize.bases': kubernetes(
    'identity',
    'Folders holding a kustomization whose objects this one builds on: the older way of listing them under resources.',
    'kubernetes-layer',
    docs(`${task}#bases-and-overlays`),
  ),
  'kustomize.components': kubernetes(
    'identity',
    'Kustomizations of kind Component whose objects and changes are mixed into this build, as optional pieces an overlay opts into.',
    'kubernetes-layer',
    docs(`${reference}components/`),
  ),
  'kustomize.patches': kubernetes(
    'identity',
    'Changes to objects this build includes, as strategic-merge or JSON 6902 patches; each field a patch sets takes the layer of that field.',
    'kubernetes-layer',
    docs(`${reference}patches/`),
  ),
  'kustomize.patchesStrategicMerge': kubernetes(
    'identity',
    'Strategic-merge patches that name the objects they change by kind and name, deprecated in favor of patches; each field they set keeps its own layer.',
    'kubernetes-layer',
    docs(`${reference}patchesStrategicMerge/`),
  ),
  'kustomize.patchesJson6902': kubernetes(
    'identity',
    'JSON 6902 patches, each a target object and operations on field paths, deprecated in favor of patches; each operation takes the layer of its path.',
    'kubernetes-layer',
    docs(`${reference}patchesjson6902/`),
  ),
  'kustomize.patch.target': kubernetes(
    'identity',
    'Selects the objects a patch applies to by group, version, kind, name, namespace or label and annotation selectors.',
    'labels-metadata',
    docs(`${reference}patches/`),
  ),
  'kustomize.configMapGenerator': kubernetes(
    'config',
    'Generates ConfigMaps from files, env files or literals; a content hash in the name makes each change a new ConfigMap, and references follow it.',
    'config-secrets',
    docs(`${task}#configmapgenerator`),
    inCompose('configs'),
  ),
  'kustomize.secretGenerator': kubernetes(
    'config',
    'Generates Secrets from files or literals; a content hash in the name makes each change a new Secret, and references follow it.',
    'config-secrets',
    docs(`${task}#secretgenerator`),
    inCompose('secrets'),
  ),
  'kustomize.generatorOptions': kubernetes(
    'config',
    'Labels, annotations and the content-hash name suffix for every ConfigMap and Secret this kustomization generates.',
    'config-secrets',
    docs(`${task}#generatoroptions`),
  ),
  'kustomize.helmCharts': kubernetes(
    'identity',
    'Helm charts that kustomize build --enable-helm renders into objects of this build, with the values given here.',
    'kubernetes-layer',
    docs(`${reference}helmcharts/`),
  ),
  'kustomize.crds': kubernetes(
    'identity',
    'Definitions of custom kinds that kustomize reads so renaming and hashing also update name references inside custom resources.',
    'custom-resources',
    docs(`${reference}crds/`),
  ),
  'kustomize.configurations': kubernetes(
    'identity',
    'Files that tell kustomize which fields of custom kinds hold names, labels or images for its transformers to rewrite.',
    'custom-resources',
    docs(`${task}#kustomize-feature-list`),
  ),
  'kustomize.replacements': kubernetes(
    'identity',
    'Copies a field of one object, such as a name kustomize changed, into chosen fields of other objects while it builds them.',
    'labels-metadata',
    docs(`${reference}replacements/`),
  ),
  'kustomize.vars': kubernetes(
    'identity',
    'Captures a field of one object, such as a Service name after renaming, for $(NAME) references in containers; deprecated in favor of replacements.',
    'labels-metadata',
    docs(`${reference}vars/`),
  ),
};

/** Kustomize rows whose concern exists only where kustomize builds objects for a cluster. */
export const kustomizeEntriesWithoutCounterparts: readonly string[] = [
  'kustomize.kustomization',
  'kustomize.apiVersion',
  'kustomize.nameSuffix',
  'kustomize.commonAnnotations',
  'kustomize.resources',
  'kustomize.bases',
  'kustomize.components',
  'kustomize.patches',
  'kustomize.patchesStrategicMerge',
  'kustomize.patchesJson6902',
  'kustomize.patch.target',
  'kustomize.generatorOptions',
  'kustomize.helmCharts',
  'kustomize.crds',
  'kustomize.configurations',
  'kustomize.replacements',
  'kustomize.vars',
];
