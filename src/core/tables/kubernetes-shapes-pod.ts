// Shapes shared by every kind: the fallback Object, ObjectMeta, and the pod machinery (PodTemplateSpec,
// PodSpec, Container and their parts). The classifier names Object, ObjectMeta, PodSpec, Container and
// PodTemplateSpec directly, so those ids are fixed.
import type { FieldRule, ShapeTable } from '../types';
import { objectRoot } from './kubernetes-helpers';

const system: FieldRule = { e: 'k8s.metadata.system' };
const unknownData: FieldRule = { e: 'k8s.unknown.data' };

/** Keys of a container that are the same for app, init and ephemeral containers. */
const containerFields: Record<string, FieldRule> = {
  name: { e: 'k8s.container.name' },
  image: { e: 'k8s.container.image' },
  imagePullPolicy: { e: 'k8s.container.imagePullPolicy' },
  command: { e: 'k8s.container.command' },
  args: { e: 'k8s.container.args' },
  workingDir: { e: 'k8s.container.workingDir' },
  env: { e: 'k8s.container.env' },
  envFrom: { e: 'k8s.container.envFrom' },
  ports: { e: 'k8s.container.ports', s: 'ContainerPort' },
  resources: { e: 'k8s.container.resources', s: 'ResourceRequirements' },
  resizePolicy: { e: 'k8s.container.resizePolicy' },
  restartPolicy: { e: 'k8s.container.restartPolicy' },
  restartPolicyRules: { e: 'k8s.container.restartPolicy' },
  livenessProbe: { e: 'k8s.container.livenessProbe' },
  readinessProbe: { e: 'k8s.container.readinessProbe' },
  startupProbe: { e: 'k8s.container.startupProbe' },
  lifecycle: { e: 'k8s.container.lifecycle' },
  volumeMounts: { e: 'k8s.container.volumeMounts' },
  volumeDevices: { e: 'k8s.container.volumeDevices' },
  securityContext: { e: 'k8s.container.securityContext', s: 'SecurityContext' },
  stdin: { e: 'k8s.container.stdin' },
  stdinOnce: { e: 'k8s.container.stdinOnce' },
  tty: { e: 'k8s.container.tty' },
  terminationMessagePath: { e: 'k8s.container.terminationMessagePath' },
  terminationMessagePolicy: { e: 'k8s.container.terminationMessagePolicy' },
};

/** Security keys a pod-level securityContext shares with a container's: same meaning, pod-wide default. */
const sharedSecurityFields: Record<string, FieldRule> = {
  runAsUser: { e: 'k8s.container.securityContext.runAsUser' },
  runAsGroup: { e: 'k8s.container.securityContext.runAsGroup' },
  runAsNonRoot: { e: 'k8s.container.securityContext.runAsNonRoot' },
  seccompProfile: { e: 'k8s.container.securityContext.seccompProfile' },
  appArmorProfile: { e: 'k8s.container.securityContext.appArmorProfile' },
  seLinuxOptions: { e: 'k8s.container.securityContext.seLinuxOptions' },
  windowsOptions: { e: 'k8s.container.securityContext.windowsOptions' },
};

export const podShapes: ShapeTable = {
  // Unknown kinds: known root keys keep their meaning, everything else is a guess at orchestration.
  Object: {
    fields: {
      ...objectRoot,
      spec: { e: 'k8s.unknown' },
      data: unknownData,
      stringData: unknownData,
      binaryData: unknownData,
    },
    otherwise: { e: 'k8s.unknown' },
  },
  ObjectMeta: {
    fields: {
      name: { e: 'k8s.metadata.name' },
      generateName: { e: 'k8s.metadata.generateName' },
      namespace: { e: 'k8s.metadata.namespace' },
      labels: { e: 'k8s.metadata.labels' },
      annotations: { e: 'k8s.metadata.annotations' },
      ownerReferences: { e: 'k8s.metadata.ownerReferences' },
      finalizers: { e: 'k8s.metadata.finalizers' },
      uid: system,
      resourceVersion: system,
      generation: system,
      creationTimestamp: system,
      deletionTimestamp: system,
      deletionGracePeriodSeconds: system,
      managedFields: system,
      selfLink: system,
    },
  },
  PodTemplateSpec: {
    fields: {
      metadata: { e: 'k8s.metadata', s: 'ObjectMeta' },
      spec: { e: 'k8s.pod.spec', s: 'PodSpec' },
    },
  },
  PodSpec: {
    fields: {
      containers: { e: 'k8s.pod.containers', s: 'Container' },
      initContainers: { e: 'k8s.pod.initContainers', s: 'Container' },
      ephemeralContainers: { e: 'k8s.pod.ephemeralContainers', s: 'EphemeralContainer' },
      nodeSelector: { e: 'k8s.pod.nodeSelector' },
      affinity: { e: 'k8s.pod.affinity' },
      tolerations: { e: 'k8s.pod.tolerations' },
      topologySpreadConstraints: { e: 'k8s.pod.topologySpreadConstraints' },
      nodeName: { e: 'k8s.pod.nodeName' },
      schedulerName: { e: 'k8s.pod.schedulerName' },
      priorityClassName: { e: 'k8s.pod.priorityClassName' },
      priority: { e: 'k8s.pod.priority' },
      preemptionPolicy: { e: 'k8s.pod.preemptionPolicy' },
      runtimeClassName: { e: 'k8s.pod.runtimeClassName' },
      overhead: { e: 'k8s.pod.overhead' },
      schedulingGates: { e: 'k8s.pod.schedulingGates' },
      os: { e: 'k8s.pod.os' },
      restartPolicy: { e: 'k8s.pod.restartPolicy' },
      terminationGracePeriodSeconds: { e: 'k8s.pod.terminationGracePeriodSeconds' },
      activeDeadlineSeconds: { e: 'k8s.pod.activeDeadlineSeconds' },
      volumes: { e: 'k8s.pod.volumes', s: 'Volume' },
      serviceAccountName: { e: 'k8s.pod.serviceAccountName' },
      serviceAccount: { e: 'k8s.pod.serviceAccountName' }, // deprecated alias
      automountServiceAccountToken: { e: 'k8s.pod.automountServiceAccountToken' },
      imagePullSecrets: { e: 'k8s.pod.imagePullSecrets' },
      securityContext: { e: 'k8s.pod.securityContext', s: 'PodSecurityContext' },
      hostNetwork: { e: 'k8s.pod.hostNetwork' },
      hostPID: { e: 'k8s.pod.hostPID' },
      hostIPC: { e: 'k8s.pod.hostIPC' },
      hostUsers: { e: 'k8s.pod.hostUsers' },
      shareProcessNamespace: { e: 'k8s.pod.shareProcessNamespace' },
      hostname: { e: 'k8s.pod.hostname' },
      hostnameOverride: { e: 'k8s.pod.hostname' },
      hostAliases: { e: 'k8s.pod.hostAliases' },
      dnsConfig: { e: 'k8s.pod.dnsConfig' },
      dnsPolicy: { e: 'k8s.pod.dnsPolicy' },
      subdomain: { e: 'k8s.pod.subdomain' },
      setHostnameAsFQDN: { e: 'k8s.pod.setHostnameAsFQDN' },
      readinessGates: { e: 'k8s.pod.readinessGates' },
      enableServiceLinks: { e: 'k8s.pod.enableServiceLinks' },
      resourceClaims: { e: 'k8s.pod.resourceClaims' },
      resources: { e: 'k8s.pod.resources', s: 'PodResources' },
    },
  },
  Container: { fields: containerFields },
  EphemeralContainer: {
    fields: { ...containerFields, targetContainerName: { e: 'k8s.container.targetContainerName' } },
  },
  ContainerPort: {
    // name and protocol inherit k8s.container.ports.
    fields: {
      containerPort: { e: 'k8s.container.ports.containerPort' },
      hostPort: { e: 'k8s.container.ports.hostPort' },
      hostIP: { e: 'k8s.container.ports.hostIP' },
    },
  },
  ResourceRequirements: {
    fields: {
      requests: { e: 'k8s.container.resources.requests' },
      limits: { e: 'k8s.container.resources.limits' },
      claims: { e: 'k8s.container.resources.claims' },
    },
  },
  PodResources: {
    fields: {
      requests: { e: 'k8s.pod.resources.requests' },
      limits: { e: 'k8s.pod.resources.limits' },
    },
  },
  SecurityContext: {
    fields: {
      ...sharedSecurityFields,
      privileged: { e: 'k8s.container.securityContext.privileged' },
      capabilities: { e: 'k8s.container.securityContext.capabilities' },
      readOnlyRootFilesystem: { e: 'k8s.container.securityContext.readOnlyRootFilesystem' },
      allowPrivilegeEscalation: { e: 'k8s.container.securityContext.allowPrivilegeEscalation' },
      procMount: { e: 'k8s.container.securityContext.procMount' },
    },
  },
  PodSecurityContext: {
    fields: {
      ...sharedSecurityFields,
      fsGroup: { e: 'k8s.pod.securityContext.fsGroup' },
      fsGroupChangePolicy: { e: 'k8s.pod.securityContext.fsGroupChangePolicy' },
      supplementalGroups: { e: 'k8s.pod.securityContext.supplementalGroups' },
      supplementalGroupsPolicy: { e: 'k8s.pod.securityContext.supplementalGroupsPolicy' },
      sysctls: { e: 'k8s.pod.securityContext.sysctls' },
      seLinuxChangePolicy: { e: 'k8s.pod.securityContext.seLinuxChangePolicy' },
    },
  },
  Volume: {
    // name and the other sources (csi, nfs, ephemeral, image…) inherit k8s.pod.volumes.
    fields: {
      persistentVolumeClaim: { e: 'k8s.pod.volumes.persistentVolumeClaim' },
      configMap: { e: 'k8s.pod.volumes.configMap' },
      secret: { e: 'k8s.pod.volumes.secret' },
      projected: { e: 'k8s.pod.volumes.projected' },
      downwardAPI: { e: 'k8s.pod.volumes.downwardAPI' },
      emptyDir: { e: 'k8s.pod.volumes.emptyDir' },
      hostPath: { e: 'k8s.pod.volumes.hostPath' },
    },
  },
};
