// Shapes shared by every kind: the fallback Object, ObjectMeta, and the pod machinery (PodTemplateSpec,
// PodSpec, Container and their parts). The classifier names Object, ObjectMeta, PodSpec, Container and
// PodTemplateSpec directly, so those ids are fixed.
import type { FieldRule, ShapeTable } from '../../types';
import { objectRoot } from './rows';

const system: FieldRule = { entry: 'k8s.metadata.system' };
const unknownData: FieldRule = { entry: 'k8s.unknown.data' };

/** Keys of a container that are the same for app, init and ephemeral containers. */
const containerFields: Record<string, FieldRule> = {
  name: { entry: 'k8s.container.name' },
  image: { entry: 'k8s.container.image' },
  imagePullPolicy: { entry: 'k8s.container.imagePullPolicy' },
  command: { entry: 'k8s.container.command' },
  args: { entry: 'k8s.container.args' },
  workingDir: { entry: 'k8s.container.workingDir' },
  env: { entry: 'k8s.container.env' },
  envFrom: { entry: 'k8s.container.envFrom' },
  ports: { entry: 'k8s.container.ports', shape: 'ContainerPort' },
  resources: { entry: 'k8s.container.resources', shape: 'ResourceRequirements' },
  resizePolicy: { entry: 'k8s.container.resizePolicy' },
  restartPolicy: { entry: 'k8s.container.restartPolicy' },
  restartPolicyRules: { entry: 'k8s.container.restartPolicyRules' },
  livenessProbe: { entry: 'k8s.container.livenessProbe' },
  readinessProbe: { entry: 'k8s.container.readinessProbe' },
  startupProbe: { entry: 'k8s.container.startupProbe' },
  lifecycle: { entry: 'k8s.container.lifecycle', shape: 'Lifecycle' },
  volumeMounts: { entry: 'k8s.container.volumeMounts' },
  volumeDevices: { entry: 'k8s.container.volumeDevices' },
  securityContext: { entry: 'k8s.container.securityContext', shape: 'SecurityContext' },
  stdin: { entry: 'k8s.container.stdin' },
  stdinOnce: { entry: 'k8s.container.stdinOnce' },
  tty: { entry: 'k8s.container.tty' },
  terminationMessagePath: { entry: 'k8s.container.terminationMessagePath' },
  terminationMessagePolicy: { entry: 'k8s.container.terminationMessagePolicy' },
};

/** Security keys a pod-level securityContext shares with a container's: same meaning, pod-wide default. */
const sharedSecurityFields: Record<string, FieldRule> = {
  runAsUser: { entry: 'k8s.container.securityContext.runAsUser' },
  runAsGroup: { entry: 'k8s.container.securityContext.runAsGroup' },
  runAsNonRoot: { entry: 'k8s.container.securityContext.runAsNonRoot' },
  seccompProfile: { entry: 'k8s.container.securityContext.seccompProfile' },
  appArmorProfile: { entry: 'k8s.container.securityContext.appArmorProfile' },
  seLinuxOptions: { entry: 'k8s.container.securityContext.seLinuxOptions' },
  windowsOptions: { entry: 'k8s.container.securityContext.windowsOptions' },
};

export const podShapes: ShapeTable = {
  // Unknown kinds: known root keys keep their meaning, everything else is a guess at orchestration.
  Object: {
    fields: {
      ...objectRoot,
      spec: { entry: 'k8s.unknown' },
      data: unknownData,
      stringData: unknownData,
      binaryData: unknownData,
    },
    otherwise: { entry: 'k8s.unknown' },
  },
  ObjectMeta: {
    fields: {
      name: { entry: 'k8s.metadata.name' },
      generateName: { entry: 'k8s.metadata.generateName' },
      namespace: { entry: 'k8s.metadata.namespace' },
      labels: { entry: 'k8s.metadata.labels' },
      annotations: { entry: 'k8s.metadata.annotations' },
      ownerReferences: { entry: 'k8s.metadata.ownerReferences' },
      finalizers: { entry: 'k8s.metadata.finalizers' },
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
      metadata: { entry: 'k8s.metadata', shape: 'ObjectMeta' },
      spec: { entry: 'k8s.pod.spec', shape: 'PodSpec' },
    },
  },
  PodSpec: {
    fields: {
      containers: { entry: 'k8s.pod.containers', shape: 'Container' },
      initContainers: { entry: 'k8s.pod.initContainers', shape: 'Container' },
      ephemeralContainers: { entry: 'k8s.pod.ephemeralContainers', shape: 'EphemeralContainer' },
      nodeSelector: { entry: 'k8s.pod.nodeSelector' },
      affinity: { entry: 'k8s.pod.affinity' },
      tolerations: { entry: 'k8s.pod.tolerations' },
      topologySpreadConstraints: { entry: 'k8s.pod.topologySpreadConstraints' },
      nodeName: { entry: 'k8s.pod.nodeName' },
      schedulerName: { entry: 'k8s.pod.schedulerName' },
      priorityClassName: { entry: 'k8s.pod.priorityClassName' },
      priority: { entry: 'k8s.pod.priority' },
      preemptionPolicy: { entry: 'k8s.pod.preemptionPolicy' },
      runtimeClassName: { entry: 'k8s.pod.runtimeClassName' },
      overhead: { entry: 'k8s.pod.overhead' },
      schedulingGates: { entry: 'k8s.pod.schedulingGates' },
      os: { entry: 'k8s.pod.os' },
      restartPolicy: { entry: 'k8s.pod.restartPolicy' },
      terminationGracePeriodSeconds: { entry: 'k8s.pod.terminationGracePeriodSeconds' },
      activeDeadlineSeconds: { entry: 'k8s.pod.activeDeadlineSeconds' },
      volumes: { entry: 'k8s.pod.volumes', shape: 'Volume' },
      serviceAccountName: { entry: 'k8s.pod.serviceAccountName' },
      serviceAccount: { entry: 'k8s.pod.serviceAccountName' }, // deprecated alias
      automountServiceAccountToken: { entry: 'k8s.pod.automountServiceAccountToken' },
      imagePullSecrets: { entry: 'k8s.pod.imagePullSecrets' },
      securityContext: { entry: 'k8s.pod.securityContext', shape: 'PodSecurityContext' },
      hostNetwork: { entry: 'k8s.pod.hostNetwork' },
      hostPID: { entry: 'k8s.pod.hostPID' },
      hostIPC: { entry: 'k8s.pod.hostIPC' },
      hostUsers: { entry: 'k8s.pod.hostUsers' },
      shareProcessNamespace: { entry: 'k8s.pod.shareProcessNamespace' },
      hostname: { entry: 'k8s.pod.hostname' },
      hostnameOverride: { entry: 'k8s.pod.hostname' },
      hostAliases: { entry: 'k8s.pod.hostAliases' },
      dnsConfig: { entry: 'k8s.pod.dnsConfig' },
      dnsPolicy: { entry: 'k8s.pod.dnsPolicy' },
      subdomain: { entry: 'k8s.pod.subdomain' },
      setHostnameAsFQDN: { entry: 'k8s.pod.setHostnameAsFQDN' },
      readinessGates: { entry: 'k8s.pod.readinessGates' },
      enableServiceLinks: { entry: 'k8s.pod.enableServiceLinks' },
      resourceClaims: { entry: 'k8s.pod.resourceClaims' },
      resources: { entry: 'k8s.pod.resources', shape: 'PodResources' },
    },
  },
  Container: { fields: containerFields },
  EphemeralContainer: {
    fields: { ...containerFields, targetContainerName: { entry: 'k8s.container.targetContainerName' } },
  },
  ContainerPort: {
    // name and protocol inherit k8s.container.ports.
    fields: {
      containerPort: { entry: 'k8s.container.ports.containerPort' },
      hostPort: { entry: 'k8s.container.ports.hostPort' },
      hostIP: { entry: 'k8s.container.ports.hostIP' },
    },
  },
  Lifecycle: {
    // postStart and preStop (and their handlers) inherit k8s.container.lifecycle.
    fields: { stopSignal: { entry: 'k8s.container.lifecycle.stopSignal' } },
  },
  ResourceRequirements: {
    fields: {
      requests: { entry: 'k8s.container.resources.requests' },
      limits: { entry: 'k8s.container.resources.limits' },
      claims: { entry: 'k8s.container.resources.claims' },
    },
  },
  PodResources: {
    fields: {
      requests: { entry: 'k8s.pod.resources.requests' },
      limits: { entry: 'k8s.pod.resources.limits' },
    },
  },
  SecurityContext: {
    fields: {
      ...sharedSecurityFields,
      privileged: { entry: 'k8s.container.securityContext.privileged' },
      capabilities: { entry: 'k8s.container.securityContext.capabilities' },
      readOnlyRootFilesystem: { entry: 'k8s.container.securityContext.readOnlyRootFilesystem' },
      allowPrivilegeEscalation: { entry: 'k8s.container.securityContext.allowPrivilegeEscalation' },
      procMount: { entry: 'k8s.container.securityContext.procMount' },
    },
  },
  PodSecurityContext: {
    fields: {
      ...sharedSecurityFields,
      fsGroup: { entry: 'k8s.pod.securityContext.fsGroup' },
      fsGroupChangePolicy: { entry: 'k8s.pod.securityContext.fsGroupChangePolicy' },
      supplementalGroups: { entry: 'k8s.pod.securityContext.supplementalGroups' },
      supplementalGroupsPolicy: { entry: 'k8s.pod.securityContext.supplementalGroupsPolicy' },
      sysctls: { entry: 'k8s.pod.securityContext.sysctls' },
      seLinuxChangePolicy: { entry: 'k8s.pod.securityContext.seLinuxChangePolicy' },
    },
  },
  Volume: {
    // name and the other sources (csi, nfs, ephemeral, image…) inherit k8s.pod.volumes.
    fields: {
      persistentVolumeClaim: { entry: 'k8s.pod.volumes.persistentVolumeClaim' },
      configMap: { entry: 'k8s.pod.volumes.configMap' },
      secret: { entry: 'k8s.pod.volumes.secret' },
      projected: { entry: 'k8s.pod.volumes.projected' },
      downwardAPI: { entry: 'k8s.pod.volumes.downwardAPI' },
      emptyDir: { entry: 'k8s.pod.volumes.emptyDir' },
      hostPath: { entry: 'k8s.pod.volumes.hostPath' },
    },
  },
};
