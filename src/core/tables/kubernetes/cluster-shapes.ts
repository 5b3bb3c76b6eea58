// Shapes of the kinds that do not run pods themselves: networking, configuration, storage, access control,
// policy and API machinery. Subtrees below the keys named here are opaque and inherit their key's entry.
import type { FieldRule, ShapeTable } from '../../types';
import { flatRoot, objectRoot, specRoot } from './rows';

const loadBalancer: FieldRule = { entry: 'k8s.service.loadBalancer' };
const clusterIP: FieldRule = { entry: 'k8s.service.clusterIP' };
const immutable: FieldRule = { entry: 'k8s.config.immutable' };
const accessModes: FieldRule = { entry: 'k8s.storage.accessModes' };
const storageClassName: FieldRule = { entry: 'k8s.storage.storageClassName' };
const volumeMode: FieldRule = { entry: 'k8s.storage.volumeMode' };
const mountOptions: FieldRule = { entry: 'k8s.storage.mountOptions' };
const pvcDataSource: FieldRule = { entry: 'k8s.pvc.dataSource' };
const rules: FieldRule = { entry: 'k8s.rbac.rules' };
const binding = flatRoot({ subjects: { entry: 'k8s.rbac.subjects' }, roleRef: { entry: 'k8s.rbac.roleRef' } });
const webhooks = flatRoot({ webhooks: { entry: 'k8s.webhook.webhooks' } });

export const clusterShapes: ShapeTable = {
  Service: specRoot('k8s.service.spec', 'ServiceSpec'),
  ServiceSpec: {
    // ipFamilies, internalTrafficPolicy, trafficDistribution… inherit k8s.service.spec.
    fields: {
      type: { entry: 'k8s.service.type' },
      selector: { entry: 'k8s.service.selector' },
      ports: { entry: 'k8s.service.ports', shape: 'ServicePort' },
      clusterIP,
      clusterIPs: clusterIP,
      externalName: { entry: 'k8s.service.externalName' },
      externalTrafficPolicy: { entry: 'k8s.service.externalTrafficPolicy' },
      sessionAffinity: { entry: 'k8s.service.sessionAffinity' },
      sessionAffinityConfig: { entry: 'k8s.service.sessionAffinity' },
      loadBalancerIP: loadBalancer,
      loadBalancerSourceRanges: loadBalancer,
      loadBalancerClass: loadBalancer,
      allocateLoadBalancerNodePorts: loadBalancer,
      publishNotReadyAddresses: { entry: 'k8s.service.publishNotReadyAddresses' },
    },
  },
  ServicePort: {
    // name, protocol and appProtocol inherit k8s.service.ports.
    fields: {
      port: { entry: 'k8s.service.port' },
      targetPort: { entry: 'k8s.service.targetPort' },
      nodePort: { entry: 'k8s.service.nodePort' },
    },
  },
  Endpoints: flatRoot({ subsets: { entry: 'k8s.endpoints.subsets' } }),
  EndpointSlice: flatRoot({
    addressType: { entry: 'k8s.endpointslice.addressType' },
    endpoints: { entry: 'k8s.endpointslice.endpoints' },
    ports: { entry: 'k8s.endpointslice.ports' },
  }),
  Ingress: specRoot('k8s.ingress.spec', 'IngressSpec'),
  IngressSpec: {
    fields: {
      ingressClassName: { entry: 'k8s.ingress.ingressClassName' },
      rules: { entry: 'k8s.ingress.rules' },
      defaultBackend: { entry: 'k8s.ingress.defaultBackend' },
      backend: { entry: 'k8s.ingress.defaultBackend' }, // extensions/v1beta1 name
      tls: { entry: 'k8s.ingress.tls' },
    },
  },
  IngressClass: specRoot('k8s.ingressclass.spec'),
  NetworkPolicy: specRoot('k8s.networkpolicy.spec', 'NetworkPolicySpec'),
  NetworkPolicySpec: {
    fields: {
      podSelector: { entry: 'k8s.networkpolicy.podSelector' },
      policyTypes: { entry: 'k8s.networkpolicy.policyTypes' },
      ingress: { entry: 'k8s.networkpolicy.ingress' },
      egress: { entry: 'k8s.networkpolicy.egress' },
    },
  },

  ConfigMap: flatRoot({
    data: { entry: 'k8s.configmap.data' },
    binaryData: { entry: 'k8s.configmap.binaryData' },
    immutable,
  }),
  Secret: flatRoot({
    data: { entry: 'k8s.secret.data' },
    stringData: { entry: 'k8s.secret.stringData' },
    type: { entry: 'k8s.secret.type' },
    immutable,
  }),
  PersistentVolume: specRoot('k8s.pv.spec', 'PersistentVolumeSpec'),
  PersistentVolumeSpec: {
    // The volume source (csi, nfs, hostPath, local…) inherits k8s.pv.spec.
    fields: {
      capacity: { entry: 'k8s.pv.capacity' },
      accessModes,
      persistentVolumeReclaimPolicy: { entry: 'k8s.pv.persistentVolumeReclaimPolicy' },
      storageClassName,
      volumeMode,
      mountOptions,
      nodeAffinity: { entry: 'k8s.pv.nodeAffinity' },
      claimRef: { entry: 'k8s.pv.claimRef' },
    },
  },
  PersistentVolumeClaim: specRoot('k8s.pvc.spec', 'PersistentVolumeClaimSpec'),
  PersistentVolumeClaimSpec: {
    // `resources` here is a storage size: deliberately not the container ResourceRequirements shape.
    fields: {
      accessModes,
      resources: { entry: 'k8s.pvc.resources' },
      storageClassName,
      volumeMode,
      volumeName: { entry: 'k8s.pvc.volumeName' },
      selector: { entry: 'k8s.pvc.selector' },
      dataSource: pvcDataSource,
      dataSourceRef: pvcDataSource,
    },
  },
  StorageClass: flatRoot({
    provisioner: { entry: 'k8s.storageclass.provisioner' },
    parameters: { entry: 'k8s.storageclass.parameters' },
    reclaimPolicy: { entry: 'k8s.storageclass.reclaimPolicy' },
    allowVolumeExpansion: { entry: 'k8s.storageclass.allowVolumeExpansion' },
    volumeBindingMode: { entry: 'k8s.storageclass.volumeBindingMode' },
    allowedTopologies: { entry: 'k8s.storageclass.allowedTopologies' },
    mountOptions,
  }),
  VolumeAttachment: specRoot('k8s.volumeattachment.spec'),
  CSIDriver: specRoot('k8s.csidriver.spec'),

  Namespace: specRoot('k8s.namespace.spec'),
  ServiceAccount: flatRoot({
    secrets: { entry: 'k8s.serviceaccount.secrets' },
    imagePullSecrets: { entry: 'k8s.serviceaccount.imagePullSecrets' },
    automountServiceAccountToken: { entry: 'k8s.serviceaccount.automountServiceAccountToken' },
  }),
  Role: flatRoot({ rules }),
  ClusterRole: flatRoot({ rules, aggregationRule: { entry: 'k8s.rbac.aggregationRule' } }),
  RoleBinding: binding,
  ClusterRoleBinding: binding,
  PodSecurityPolicy: specRoot('k8s.podsecuritypolicy.spec'),
  MutatingWebhookConfiguration: webhooks,
  ValidatingWebhookConfiguration: webhooks,

  LimitRange: specRoot('k8s.limitrange.spec'),
  ResourceQuota: specRoot('k8s.resourcequota.spec'),
  PriorityClass: flatRoot({
    value: { entry: 'k8s.priorityclass.value' },
    globalDefault: { entry: 'k8s.priorityclass.globalDefault' },
    description: { entry: 'k8s.priorityclass.description' },
    preemptionPolicy: { entry: 'k8s.pod.preemptionPolicy' },
  }),
  RuntimeClass: flatRoot({
    handler: { entry: 'k8s.runtimeclass.handler' },
    overhead: { entry: 'k8s.runtimeclass.overhead' },
    scheduling: { entry: 'k8s.runtimeclass.scheduling' },
  }),
  CustomResourceDefinition: specRoot('k8s.crd.spec'),
  APIService: specRoot('k8s.apiservice.spec'),

  Node: specRoot('k8s.node.spec', 'NodeSpec'),
  NodeSpec: {
    // podCIDR(s), providerID, configSource… inherit k8s.node.spec.
    fields: {
      taints: { entry: 'k8s.node.taints' },
      unschedulable: { entry: 'k8s.node.unschedulable' },
    },
  },
  // core/v1 and events.k8s.io/v1 Events keep their many fields at the root: all of them are the record.
  Event: { fields: objectRoot, otherwise: { entry: 'k8s.event' } },
  Lease: specRoot('k8s.lease.spec'),
};
