// Shapes of the kinds that do not run pods themselves: networking, configuration, storage, access control,
// policy and API machinery. Subtrees below the keys named here are opaque and inherit their key's entry.
import type { FieldRule, ShapeTable } from '../types';
import { flatRoot, objectRoot, specRoot } from './kubernetes-helpers';

const loadBalancer: FieldRule = { e: 'k8s.service.loadBalancer' };
const clusterIP: FieldRule = { e: 'k8s.service.clusterIP' };
const immutable: FieldRule = { e: 'k8s.config.immutable' };
const accessModes: FieldRule = { e: 'k8s.storage.accessModes' };
const storageClassName: FieldRule = { e: 'k8s.storage.storageClassName' };
const volumeMode: FieldRule = { e: 'k8s.storage.volumeMode' };
const mountOptions: FieldRule = { e: 'k8s.storage.mountOptions' };
const pvcDataSource: FieldRule = { e: 'k8s.pvc.dataSource' };
const rules: FieldRule = { e: 'k8s.rbac.rules' };
const binding = flatRoot({ subjects: { e: 'k8s.rbac.subjects' }, roleRef: { e: 'k8s.rbac.roleRef' } });
const webhooks = flatRoot({ webhooks: { e: 'k8s.webhook.webhooks' } });

export const clusterShapes: ShapeTable = {
  Service: specRoot('k8s.service.spec', 'ServiceSpec'),
  ServiceSpec: {
    // ipFamilies, internalTrafficPolicy, trafficDistribution… inherit k8s.service.spec.
    fields: {
      type: { e: 'k8s.service.type' },
      selector: { e: 'k8s.service.selector' },
      ports: { e: 'k8s.service.ports', s: 'ServicePort' },
      clusterIP,
      clusterIPs: clusterIP,
      externalName: { e: 'k8s.service.externalName' },
      externalTrafficPolicy: { e: 'k8s.service.externalTrafficPolicy' },
      sessionAffinity: { e: 'k8s.service.sessionAffinity' },
      sessionAffinityConfig: { e: 'k8s.service.sessionAffinity' },
      loadBalancerIP: loadBalancer,
      loadBalancerSourceRanges: loadBalancer,
      loadBalancerClass: loadBalancer,
      allocateLoadBalancerNodePorts: loadBalancer,
      publishNotReadyAddresses: { e: 'k8s.service.publishNotReadyAddresses' },
    },
  },
  ServicePort: {
    // name, protocol and appProtocol inherit k8s.service.ports.
    fields: {
      port: { e: 'k8s.service.port' },
      targetPort: { e: 'k8s.service.targetPort' },
      nodePort: { e: 'k8s.service.nodePort' },
    },
  },
  Endpoints: flatRoot({ subsets: { e: 'k8s.endpoints.subsets' } }),
  EndpointSlice: flatRoot({
    addressType: { e: 'k8s.endpointslice.addressType' },
    endpoints: { e: 'k8s.endpointslice.endpoints' },
    ports: { e: 'k8s.endpointslice.ports' },
  }),
  Ingress: specRoot('k8s.ingress.spec', 'IngressSpec'),
  IngressSpec: {
    fields: {
      ingressClassName: { e: 'k8s.ingress.ingressClassName' },
      rules: { e: 'k8s.ingress.rules' },
      defaultBackend: { e: 'k8s.ingress.defaultBackend' },
      backend: { e: 'k8s.ingress.defaultBackend' }, // extensions/v1beta1 name
      tls: { e: 'k8s.ingress.tls' },
    },
  },
  IngressClass: specRoot('k8s.ingressclass.spec'),
  NetworkPolicy: specRoot('k8s.networkpolicy.spec', 'NetworkPolicySpec'),
  NetworkPolicySpec: {
    fields: {
      podSelector: { e: 'k8s.networkpolicy.podSelector' },
      policyTypes: { e: 'k8s.networkpolicy.policyTypes' },
      ingress: { e: 'k8s.networkpolicy.ingress' },
      egress: { e: 'k8s.networkpolicy.egress' },
    },
  },

  ConfigMap: flatRoot({
    data: { e: 'k8s.configmap.data' },
    binaryData: { e: 'k8s.configmap.binaryData' },
    immutable,
  }),
  Secret: flatRoot({
    data: { e: 'k8s.secret.data' },
    stringData: { e: 'k8s.secret.stringData' },
    type: { e: 'k8s.secret.type' },
    immutable,
  }),
  PersistentVolume: specRoot('k8s.pv.spec', 'PersistentVolumeSpec'),
  PersistentVolumeSpec: {
    // The volume source (csi, nfs, hostPath, local…) inherits k8s.pv.spec.
    fields: {
      capacity: { e: 'k8s.pv.capacity' },
      accessModes,
      persistentVolumeReclaimPolicy: { e: 'k8s.pv.persistentVolumeReclaimPolicy' },
      storageClassName,
      volumeMode,
      mountOptions,
      nodeAffinity: { e: 'k8s.pv.nodeAffinity' },
      claimRef: { e: 'k8s.pv.claimRef' },
    },
  },
  PersistentVolumeClaim: specRoot('k8s.pvc.spec', 'PersistentVolumeClaimSpec'),
  PersistentVolumeClaimSpec: {
    // `resources` here is a storage size: deliberately not the container ResourceRequirements shape.
    fields: {
      accessModes,
      resources: { e: 'k8s.pvc.resources' },
      storageClassName,
      volumeMode,
      volumeName: { e: 'k8s.pvc.volumeName' },
      selector: { e: 'k8s.pvc.selector' },
      dataSource: pvcDataSource,
      dataSourceRef: pvcDataSource,
    },
  },
  StorageClass: flatRoot({
    provisioner: { e: 'k8s.storageclass.provisioner' },
    parameters: { e: 'k8s.storageclass.parameters' },
    reclaimPolicy: { e: 'k8s.storageclass.reclaimPolicy' },
    allowVolumeExpansion: { e: 'k8s.storageclass.allowVolumeExpansion' },
    volumeBindingMode: { e: 'k8s.storageclass.volumeBindingMode' },
    allowedTopologies: { e: 'k8s.storageclass.allowedTopologies' },
    mountOptions,
  }),
  VolumeAttachment: specRoot('k8s.volumeattachment.spec'),
  CSIDriver: specRoot('k8s.csidriver.spec'),

  Namespace: specRoot('k8s.namespace.spec'),
  ServiceAccount: flatRoot({
    secrets: { e: 'k8s.serviceaccount.secrets' },
    imagePullSecrets: { e: 'k8s.serviceaccount.imagePullSecrets' },
    automountServiceAccountToken: { e: 'k8s.serviceaccount.automountServiceAccountToken' },
  }),
  Role: flatRoot({ rules }),
  ClusterRole: flatRoot({ rules, aggregationRule: { e: 'k8s.rbac.aggregationRule' } }),
  RoleBinding: binding,
  ClusterRoleBinding: binding,
  PodSecurityPolicy: specRoot('k8s.podsecuritypolicy.spec'),
  MutatingWebhookConfiguration: webhooks,
  ValidatingWebhookConfiguration: webhooks,

  LimitRange: specRoot('k8s.limitrange.spec'),
  ResourceQuota: specRoot('k8s.resourcequota.spec'),
  PriorityClass: flatRoot({
    value: { e: 'k8s.priorityclass.value' },
    globalDefault: { e: 'k8s.priorityclass.globalDefault' },
    description: { e: 'k8s.priorityclass.description' },
    preemptionPolicy: { e: 'k8s.pod.preemptionPolicy' },
  }),
  RuntimeClass: flatRoot({
    handler: { e: 'k8s.runtimeclass.handler' },
    overhead: { e: 'k8s.runtimeclass.overhead' },
    scheduling: { e: 'k8s.runtimeclass.scheduling' },
  }),
  CustomResourceDefinition: specRoot('k8s.crd.spec'),
  APIService: specRoot('k8s.apiservice.spec'),

  Node: specRoot('k8s.node.spec', 'NodeSpec'),
  NodeSpec: {
    // podCIDR(s), providerID, configSource… inherit k8s.node.spec.
    fields: {
      taints: { e: 'k8s.node.taints' },
      unschedulable: { e: 'k8s.node.unschedulable' },
    },
  },
  // core/v1 and events.k8s.io/v1 Events keep their many fields at the root: all of them are the record.
  Event: { fields: objectRoot, otherwise: { e: 'k8s.event' } },
  Lease: specRoot('k8s.lease.spec'),
};
