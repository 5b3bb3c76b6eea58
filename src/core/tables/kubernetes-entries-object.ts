// Entries every Kubernetes object shares: the root keys, metadata, status, and the guesses for unknown kinds.
// All of it is orchestration: these fields say what the cluster stores and how it finds things, never what
// happens inside a container.
import type { EntryTable } from '../types';
import { inCompose, inDockerCli, inDockerfile } from './layer-rows';
import { kubernetes } from './kubernetes-helpers';

export const objectEntries: EntryTable = {
  'k8s.object': kubernetes(
    'identity',
    'An object stored by the Kubernetes API for its controllers to act on, which makes it orchestration whatever it happens to describe.',
    'kubernetes-layer',
  ),
  'k8s.unknown': kubernetes(
    'identity',
    'A field of a kind this tool does not know, most likely a custom resource read by some controller, so orchestration is the best guess.',
    'custom-resources',
  ),
  'k8s.unknown.data': kubernetes(
    'config',
    "Data held by a kind this tool does not know, guessed to be configuration the cluster stores and hands out like a ConfigMap's data.",
    'config-secrets',
  ),
  'k8s.object.apiVersion': kubernetes(
    'identity',
    'The API group and version the cluster validates and stores this object under.',
    'labels-metadata',
    inCompose('version', 'obsolete file-format version, no API meaning'),
  ),
  'k8s.object.kind': kubernetes(
    'identity',
    'The type of object, which decides which part of the control plane acts on it.',
    'labels-metadata',
  ),
  'k8s.status': kubernetes(
    'identity',
    'Observed state written back by controllers and kubelets rather than by you, so it reports on orchestration instead of configuring it.',
    'kubernetes-layer',
    inDockerCli('docker inspect', 'reports one container\'s runtime state'),
  ),

  'k8s.metadata': kubernetes(
    'identity',
    "How the cluster names, groups and tracks the object (name, namespace, labels, owners), which is cluster bookkeeping and not a container's business.",
    'labels-metadata',
    inDockerfile('LABEL', 'image metadata only, a different thing'),
  ),
  'k8s.metadata.name': kubernetes(
    'identity',
    'The object name, unique per kind within its namespace, by which other objects and kubectl refer to it.',
    'labels-metadata',
    inCompose('services.<name>', 'the service key plays this role'),
    inDockerCli('docker run --name', 'names one container'),
  ),
  'k8s.metadata.generateName': kubernetes(
    'identity',
    'A prefix the API server completes with a random suffix when no name is given, so each create makes a new object.',
    'labels-metadata',
  ),
  'k8s.metadata.namespace': kubernetes(
    'identity',
    'The namespace the object lives in, which scopes its name, its access rules and its quotas.',
    'labels-metadata',
    inCompose('name', 'the project name scopes resources in a similar way'),
  ),
  'k8s.metadata.labels': kubernetes(
    'identity',
    'Key-value tags that Services, controllers and the scheduler select on, unlike a Dockerfile LABEL which only annotates an image and groups nothing.',
    'labels-metadata',
    inDockerfile('LABEL', 'image metadata only, a different thing'),
    inCompose('services.*.labels', 'container metadata only'),
  ),
  'k8s.metadata.annotations': kubernetes(
    'identity',
    'Free-form notes for tools and controllers such as ingress settings or change causes; nothing selects on them, yet many controllers read them.',
    'labels-metadata',
    inDockerfile('LABEL', 'image metadata only'),
  ),
  'k8s.metadata.ownerReferences': kubernetes(
    'identity',
    'Links to the objects that own this one, so the garbage collector deletes it when its owner goes away.',
    'labels-metadata',
  ),
  'k8s.metadata.finalizers': kubernetes(
    'lifecycle',
    'Keys that hold back deletion until the controllers responsible for them have finished their cleanup.',
    'labels-metadata',
  ),
  'k8s.metadata.system': kubernetes(
    'identity',
    'Bookkeeping the API server writes itself (uid, resourceVersion, generation, timestamps, managedFields), ignored or rejected when copied into a manifest.',
    'labels-metadata',
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
