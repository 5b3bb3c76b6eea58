// Entries every Kubernetes object shares: the root keys, metadata, status, and the guesses for unknown kinds.
// All of it is orchestration: these fields say what the cluster stores and how it finds things, never what
// happens inside a container.
import type { EntryTable } from '../../types';
import { docs, inCompose, inDockerCli, inDockerfile } from '../layer-rows';
import { kubernetes } from './rows';

// Primary pages the rows are written from.
const objects = 'https://kubernetes.io/docs/concepts/overview/working-with-objects/';
const objectMeta = 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/';

export const objectEntries: EntryTable = {
  'k8s.object': kubernetes(
    'identity',
    'An object stored by the Kubernetes API as a record of desired state for its controllers to act on, which makes it orchestration whatever it describes.',
    'kubernetes-layer',
    docs(`${objects}#kubernetes-objects`),
  ),
  'k8s.unknown': kubernetes(
    'identity',
    'A field of a kind this tool does not know, most likely a custom resource read by some controller, so orchestration is the best guess.',
    'custom-resources',
    docs('https://kubernetes.io/docs/concepts/extend-kubernetes/api-extension/custom-resources/'),
  ),
  'k8s.unknown.data': kubernetes(
    'config',
    "Data held by a kind this tool does not know, guessed to be configuration the cluster stores and hands out like a ConfigMap's data.",
    'config-secrets',
    docs('https://kubernetes.io/docs/concepts/configuration/configmap/'),
  ),
  'k8s.object.apiVersion': kubernetes(
    'identity',
    'The API group and version the manifest is written against, which sets the schema the API server checks it with.',
    'labels-metadata',
    docs(`${objects}#required-fields`),
    inCompose('version', 'obsolete file-format version, no API meaning'),
  ),
  'k8s.object.kind': kubernetes(
    'identity',
    'The type of object, which sets its schema and which controllers act on it.',
    'labels-metadata',
    docs(`${objects}#required-fields`),
  ),
  'k8s.status': kubernetes(
    'identity',
    'Current state written by the control plane and its components rather than by you, so it reports on orchestration instead of configuring it.',
    'kubernetes-layer',
    docs(`${objects}#object-spec-and-status`),
    inDockerCli('docker inspect', 'reports one container\'s runtime state'),
  ),

  'k8s.metadata': kubernetes(
    'identity',
    "How the API server names, groups and tracks the object (name, namespace, labels, annotations, owners, finalizers), which is cluster bookkeeping, not a container's settings.",
    'labels-metadata',
    docs(objectMeta),
    inDockerfile('LABEL', 'image metadata only, a different thing'),
  ),
  'k8s.metadata.name': kubernetes(
    'identity',
    'The object name, unique per kind within its namespace, by which other objects and kubectl refer to it; it cannot be changed later.',
    'labels-metadata',
    docs(`${objects}names/#names`),
    inCompose('services.<name>', 'the service key plays this role'),
    inDockerCli('docker run --name', 'names one container'),
  ),
  'k8s.metadata.generateName': kubernetes(
    'identity',
    'A prefix the API server completes with a unique suffix when no name is given, so each create makes a new object.',
    'labels-metadata',
    docs(objectMeta),
  ),
  'k8s.metadata.namespace': kubernetes(
    'identity',
    'The namespace the object lives in, which scopes its name and lets quotas and namespaced access rules apply; cluster-scoped kinds have none.',
    'labels-metadata',
    docs(`${objects}namespaces/`),
    inCompose('name', 'the project name scopes resources in a similar way'),
  ),
  'k8s.metadata.labels': kubernetes(
    'identity',
    'Identifying key-value pairs that label selectors match, which is how Services, controllers and node selection pick objects; a Dockerfile LABEL is only image metadata.',
    'labels-metadata',
    docs(`${objects}labels/#label-selectors`),
    inDockerfile('LABEL', 'image metadata only, a different thing'),
    inCompose('services.*.labels', 'container metadata only'),
  ),
  'k8s.metadata.annotations': kubernetes(
    'identity',
    'Non-identifying key-value notes that tools and controllers read, some as behavior switches; unlike labels, no selector can match on them.',
    'labels-metadata',
    docs(`${objects}annotations/#attaching-metadata-to-objects`),
    inDockerfile('LABEL', 'image metadata only'),
  ),
  'k8s.metadata.ownerReferences': kubernetes(
    'identity',
    'Links to the objects that own this one; once all of them are deleted the garbage collector removes it too, unless the owner was deleted with orphaning.',
    'labels-metadata',
    docs(`${objects}owners-dependents/#owner-references-in-object-specifications`),
  ),
  'k8s.metadata.finalizers': kubernetes(
    'lifecycle',
    'Keys that keep a deleted object in place, marked with a deletionTimestamp, until the controllers responsible for them finish their cleanup and remove them.',
    'labels-metadata',
    docs(`${objects}finalizers/#how-finalizers-work`),
  ),
  'k8s.metadata.system': kubernetes(
    'identity',
    'Bookkeeping the API server fills in itself (uid, resourceVersion, generation, timestamps, managedFields); values copied into a manifest are ignored or can make the request fail.',
    'labels-metadata',
    docs(`${objectMeta}#Read-only`),
  ),
};

/** Object-level entries that have no counterpart in a Dockerfile, a Compose file or the docker CLI. */
export const objectEntriesWithoutCounterparts: readonly string[] = [
  'k8s.object',
  'k8s.unknown',
  'k8s.unknown.data',
  'k8s.object.kind',
  'k8s.metadata.generateName',
  'k8s.metadata.ownerReferences',
  'k8s.metadata.finalizers',
  'k8s.metadata.system',
];
