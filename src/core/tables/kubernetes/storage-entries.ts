// Entries for configuration and storage objects: ConfigMap, Secret, PersistentVolume, PersistentVolumeClaim,
// StorageClass, VolumeAttachment, CSIDriver. The cluster stores these and delivers them to whichever node a
// pod lands on, which is why they are orchestration even though an image could bake config or a host could
// hold a volume.
import type { EntryTable } from '../../types';
import { docs, inCompose, inDockerCli, inDockerfile } from '../layer-rows';
import { kubernetes } from './rows';

// Primary pages the rows are written from.
const configMap = 'https://kubernetes.io/docs/concepts/configuration/configmap/';
const secretApi = 'https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/secret-v1/#Secret';
const pv = 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/';
const storageClass = 'https://kubernetes.io/docs/concepts/storage/storage-classes/';
const storageApi = 'https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/';

export const storageEntries: EntryTable = {
  'k8s.configmap.data': kubernetes(
    'config',
    'Configuration values the cluster stores and delivers to pods as variables or files, kept out of the image so one image fits every environment.',
    'config-secrets',
    inCompose('configs'),
    inDockerfile('ENV', 'baked into the image instead'),
    docs(`${configMap}#configmap-object`),
  ),
  'k8s.configmap.binaryData': kubernetes(
    'config',
    'Binary configuration values, written base64-encoded, whose keys must not repeat those in data; pods usually read them as files.',
    'config-secrets',
    inCompose('configs'),
    docs(`${configMap}#configmap-object`),
  ),
  'k8s.config.immutable': kubernetes(
    'config',
    'Locks the data for good (only deleting and recreating the object changes it), which lets kubelets stop watching it and eases API server load.',
    'config-secrets',
    docs(`${configMap}#configmap-immutable`),
  ),
  'k8s.secret.data': kubernetes(
    'config',
    'Sensitive values, base64-encoded (not encrypted), that the cluster stores and hands to pods as variables or files, kept out of the image.',
    'config-secrets',
    inCompose('secrets'),
    inDockerCli('docker run --env', 'a plain variable, visible in docker inspect'),
    docs(secretApi),
  ),
  'k8s.secret.stringData': kubernetes(
    'config',
    'Plain-text secret values merged into data when the Secret is written, winning over data on the same key, and never returned on reads.',
    'config-secrets',
    inCompose('secrets'),
    docs(secretApi),
  ),
  'k8s.secret.type': kubernetes(
    'config',
    'The kind of Secret (Opaque by default, or a built-in type such as TLS, registry credentials or service-account token), which sets the keys the API server checks for.',
    'config-secrets',
    inDockerCli('docker login', 'what a registry-credentials Secret stands in for'),
    docs('https://kubernetes.io/docs/concepts/configuration/secret/#secret-types'),
  ),

  'k8s.pv.spec': kubernetes(
    'storage',
    'A piece of cluster storage, created by an admin or a StorageClass, that claims bind to and that exists apart from any pod.',
    'volumes',
    inCompose('volumes', 'a named volume on one host'),
    inDockerCli('docker volume create'),
    docs(`${pv}#introduction`),
  ),
  'k8s.pv.capacity': kubernetes(
    'storage',
    "The size of the volume, matched against claims' requests when binding.",
    'volumes',
    docs(`${pv}#capacity`),
  ),
  'k8s.pv.persistentVolumeReclaimPolicy': kubernetes(
    'storage',
    'What happens once its claim is deleted: Retain keeps the volume for manual cleanup, Delete removes it and its storage, Recycle (deprecated) scrubs it.',
    'volumes',
    docs(`${pv}#reclaiming`),
  ),
  'k8s.pv.nodeAffinity': kubernetes(
    'schedule',
    'The nodes the volume can be reached from; pods using it are only scheduled there.',
    'scheduling',
    docs(`${pv}#node-affinity`),
  ),
  'k8s.pv.claimRef': kubernetes(
    'storage',
    'The claim this volume is bound to, or set by hand to reserve the volume so that no other claim binds it.',
    'volumes',
    docs(`${pv}#reserving-a-persistentvolume`),
  ),
  'k8s.storage.accessModes': kubernetes(
    'storage',
    'Modes (one node read-write, many nodes read-only or read-write, one pod) that claims and volumes are matched on; only ReadWriteOncePod is enforced on use.',
    'volumes',
    docs(`${pv}#access-modes`),
  ),
  'k8s.storage.storageClassName': kubernetes(
    'storage',
    'The StorageClass of a volume or the one a claim asks for; claims bind only to volumes of that class, and new volumes are provisioned through it.',
    'volumes',
    inCompose('volumes.*.driver', 'nearest: picks a volume driver'),
    docs(`${pv}#class`),
  ),
  'k8s.storage.volumeMode': kubernetes(
    'storage',
    'Filesystem (the default) or Block, that is whether pods get a mounted directory or a raw block device.',
    'volumes',
    docs(`${pv}#volume-mode`),
  ),
  'k8s.storage.mountOptions': kubernetes(
    'storage',
    'Mount flags used whenever the volume is mounted on a node, not validated beforehand and not supported by every volume type.',
    'volumes',
    inCompose('volumes.*.driver_opts'),
    docs(`${pv}#mount-options`),
  ),

  'k8s.pvc.spec': kubernetes(
    'storage',
    'A request for storage (size, access mode, class) that the cluster meets by binding or provisioning a volume; pods mount the claim, not the disk.',
    'volumes',
    inCompose('volumes', 'a named volume'),
    inDockerCli('docker volume create'),
    docs(`${pv}#persistentvolumeclaims`),
  ),
  'k8s.pvc.resources': kubernetes(
    'storage',
    "The storage size the claim asks for, which can be raised later if the class allows expansion; unrelated to a container's CPU and memory.",
    'volumes',
    docs(`${pv}#resources`),
  ),
  'k8s.pvc.volumeName': kubernetes(
    'storage',
    "Binds the claim to one named PersistentVolume instead of letting the cluster choose; only the volume's claimRef keeps other claims off it.",
    'volumes',
    docs(`${pv}#reserving-a-persistentvolume`),
  ),
  'k8s.pvc.selector': kubernetes(
    'storage',
    'Labels an existing volume must carry to be bound to this claim; a claim with a selector is never dynamically provisioned.',
    'volumes',
    docs(`${pv}#selector`),
  ),
  'k8s.pvc.dataSource': kubernetes(
    'storage',
    'A VolumeSnapshot or existing claim (or, through dataSourceRef, another populator object) whose data fills the new volume when it is provisioned.',
    'volumes',
    docs(`${pv}#data-source-references`),
  ),

  'k8s.storageclass.provisioner': kubernetes(
    'storage',
    'The volume plugin or CSI driver that creates volumes for claims of this class.',
    'volumes',
    inCompose('volumes.*.driver'),
    inDockerCli('docker volume create --driver'),
    docs(`${storageClass}#provisioner`),
  ),
  'k8s.storageclass.parameters': kubernetes(
    'storage',
    'Driver-specific settings such as disk type or replication, passed to the provisioner.',
    'volumes',
    inCompose('volumes.*.driver_opts'),
    docs(`${storageClass}#parameters`),
  ),
  'k8s.storageclass.reclaimPolicy': kubernetes(
    'storage',
    'Delete (the default) or Retain, the reclaim policy given to volumes this class provisions dynamically.',
    'volumes',
    docs(`${storageClass}#reclaim-policy`),
  ),
  'k8s.storageclass.allowVolumeExpansion': kubernetes(
    'storage',
    'Whether claims of this class may be grown after creation by raising their requested size; volumes never shrink.',
    'volumes',
    docs(`${storageClass}#allow-volume-expansion`),
  ),
  'k8s.storageclass.volumeBindingMode': kubernetes(
    'storage',
    "When claims bind and volumes are provisioned: at once (Immediate, the default) or once a pod uses the claim (WaitForFirstConsumer), following the pod's scheduling constraints.",
    'scheduling',
    docs(`${storageClass}#volume-binding-mode`),
  ),
  'k8s.storageclass.allowedTopologies': kubernetes(
    'schedule',
    'The zones or other topology domains where volumes of this class may be provisioned.',
    'scheduling',
    docs(`${storageClass}#allowed-topologies`),
  ),

  'k8s.volumeattachment.spec': kubernetes(
    'storage',
    "Records the intent to attach a volume to a node or detach it, carried out by the named driver's attacher; the control plane, not users, normally writes it.",
    'volumes',
    docs(`${storageApi}volume-attachment-v1/#VolumeAttachment`),
  ),
  'k8s.csidriver.spec': kubernetes(
    'storage',
    'How the cluster works with a CSI storage driver: whether it attaches, wants pod details at mount, handles fsGroup, reports capacity.',
    'volumes',
    docs(`${storageApi}csi-driver-v1/#CSIDriver`),
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
