// Entries for configuration and storage objects: ConfigMap, Secret, PersistentVolume, PersistentVolumeClaim,
// StorageClass, VolumeAttachment, CSIDriver. The cluster stores these and delivers them to whichever node a
// pod lands on, which is why they are orchestration even though an image could bake config or a host could
// hold a volume.
import type { EntryTable } from '../types';
import { inCompose, inDockerCli, inDockerfile } from './layer-rows';
import { kubernetes } from './kubernetes-helpers';

export const storageEntries: EntryTable = {
  'k8s.configmap.data': kubernetes(
    'config',
    'Configuration values the cluster stores and delivers to pods as variables or files, kept out of the image so one image fits every environment.',
    'config-secrets',
    inCompose('configs'),
    inDockerfile('ENV', 'baked into the image instead'),
  ),
  'k8s.configmap.binaryData': kubernetes(
    'config',
    'Binary configuration values, base64-encoded, that the cluster delivers to pods as files.',
    'config-secrets',
    inCompose('configs'),
  ),
  'k8s.config.immutable': kubernetes(
    'config',
    'Locks the data against edits, which also lets every kubelet stop watching the object for changes.',
    'config-secrets',
  ),
  'k8s.secret.data': kubernetes(
    'config',
    'Base64-encoded sensitive values the cluster stores and hands to pods as variables or files, never baked into an image.',
    'config-secrets',
    inCompose('secrets'),
    inDockerCli('docker run --env', 'a plain variable, visible in docker inspect'),
  ),
  'k8s.secret.stringData': kubernetes(
    'config',
    'Plain-text secret values that the API server encodes into data when the Secret is written.',
    'config-secrets',
    inCompose('secrets'),
  ),
  'k8s.secret.type': kubernetes(
    'config',
    'The kind of Secret (opaque, TLS, registry credentials, service-account token), which fixes the keys it must hold and who reads it.',
    'config-secrets',
    inDockerCli('docker login', 'what a registry-credentials Secret stands in for'),
  ),

  'k8s.pv.spec': kubernetes(
    'storage',
    'A piece of cluster storage, created by an admin or a StorageClass, that claims bind to and that exists apart from any pod.',
    'volumes',
    inCompose('volumes', 'a named volume on one host'),
    inDockerCli('docker volume create'),
  ),
  'k8s.pv.capacity': kubernetes(
    'storage',
    "The size of the volume, matched against claims' requests when binding.",
    'volumes',
  ),
  'k8s.pv.persistentVolumeReclaimPolicy': kubernetes(
    'storage',
    'Whether the volume is kept, deleted or recycled once its claim is released.',
    'volumes',
  ),
  'k8s.pv.nodeAffinity': kubernetes(
    'schedule',
    'The nodes the volume can be reached from; pods using it are only scheduled there.',
    'scheduling',
  ),
  'k8s.pv.claimRef': kubernetes(
    'storage',
    'The claim this volume is reserved for or bound to.',
    'volumes',
  ),
  'k8s.storage.accessModes': kubernetes(
    'storage',
    'How the volume may be mounted: read-write by one node, read-only by many, read-write by many, or by a single pod.',
    'volumes',
  ),
  'k8s.storage.storageClassName': kubernetes(
    'storage',
    'The StorageClass to bind or provision through, which picks the kind of backing storage.',
    'volumes',
    inCompose('volumes.*.driver', 'nearest: picks a volume driver'),
  ),
  'k8s.storage.volumeMode': kubernetes(
    'storage',
    'Filesystem or Block, that is whether containers get a mounted directory or a raw device.',
    'volumes',
  ),
  'k8s.storage.mountOptions': kubernetes(
    'storage',
    'Mount flags used whenever the volume is mounted on a node.',
    'volumes',
    inCompose('volumes.*.driver_opts'),
  ),

  'k8s.pvc.spec': kubernetes(
    'storage',
    'A request for storage (size, access mode, class) that the cluster meets by binding or provisioning a volume; pods mount the claim, not the disk.',
    'volumes',
    inCompose('volumes', 'a named volume'),
    inDockerCli('docker volume create'),
  ),
  'k8s.pvc.resources': kubernetes(
    'storage',
    "The storage size the claim asks for and may later grow to, unrelated to a container's CPU and memory.",
    'volumes',
  ),
  'k8s.pvc.volumeName': kubernetes(
    'storage',
    'Binds the claim to one named PersistentVolume instead of letting the cluster choose.',
    'volumes',
  ),
  'k8s.pvc.selector': kubernetes(
    'storage',
    'Labels an existing volume must carry to be bound to this claim.',
    'volumes',
  ),
  'k8s.pvc.dataSource': kubernetes(
    'storage',
    'A snapshot or another claim from which the new volume is filled when it is provisioned.',
    'volumes',
  ),

  'k8s.storageclass.provisioner': kubernetes(
    'storage',
    'The volume plugin or CSI driver that creates volumes for claims of this class.',
    'volumes',
    inCompose('volumes.*.driver'),
    inDockerCli('docker volume create --driver'),
  ),
  'k8s.storageclass.parameters': kubernetes(
    'storage',
    'Driver-specific settings such as disk type or replication, passed to the provisioner.',
    'volumes',
    inCompose('volumes.*.driver_opts'),
  ),
  'k8s.storageclass.reclaimPolicy': kubernetes(
    'storage',
    'Whether volumes made through this class are deleted or kept once released.',
    'volumes',
  ),
  'k8s.storageclass.allowVolumeExpansion': kubernetes(
    'storage',
    'Whether claims of this class may be resized upward after creation.',
    'volumes',
  ),
  'k8s.storageclass.volumeBindingMode': kubernetes(
    'storage',
    'Immediate or WaitForFirstConsumer, that is whether provisioning waits until a pod is scheduled so the volume is made where the pod runs.',
    'scheduling',
  ),
  'k8s.storageclass.allowedTopologies': kubernetes(
    'schedule',
    'The zones or other topology domains where volumes of this class may be provisioned.',
    'scheduling',
  ),

  'k8s.volumeattachment.spec': kubernetes(
    'storage',
    'Records that a volume should be attached to a given node, created by the control plane for a CSI driver rather than by users.',
    'volumes',
  ),
  'k8s.csidriver.spec': kubernetes(
    'storage',
    'How the cluster works with a CSI storage driver: whether it attaches, wants pod details at mount, handles fsGroup, reports capacity.',
    'volumes',
  ),
};

/** Storage and config entries that have no counterpart in a Dockerfile, a Compose file or the docker CLI. */
export const storageEntriesWithoutCounterparts: readonly string[] = [
  'k8s.config.immutable',
  'k8s.pv.capacity',
  'k8s.pv.persistentVolumeReclaimPolicy',
  'k8s.pv.nodeAffinity',
  'k8s.pv.claimRef',
  'k8s.storage.accessModes',
  'k8s.storage.volumeMode',
  'k8s.pvc.resources',
  'k8s.pvc.volumeName',
  'k8s.pvc.selector',
  'k8s.pvc.dataSource',
  'k8s.storageclass.reclaimPolicy',
  'k8s.storageclass.allowVolumeExpansion',
  'k8s.storageclass.volumeBindingMode',
  'k8s.storageclass.allowedTopologies',
  'k8s.volumeattachment.spec',
  'k8s.csidriver.spec',
];
