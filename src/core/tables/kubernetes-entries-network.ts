// Entries for cluster networking: Service, Endpoints, EndpointSlice, Ingress, IngressClass, NetworkPolicy.
// All orchestration: they route traffic between pods across nodes, which one container on one host never does.
// Where Compose or docker come close (published ports, networks) the counterpart says how far the likeness goes.
import type { EntryTable } from '../types';
import { inCompose, inDockerCli, inDockerfile } from './layer-rows';
import { kubernetes } from './kubernetes-helpers';

export const networkEntries: EntryTable = {
  'k8s.service.spec': kubernetes(
    'network',
    'A stable virtual address and DNS name that spreads traffic over the ready pods its selector matches, the cluster form of service discovery.',
    'networking',
    inCompose('services.<name>', 'the service name resolves by DNS on its networks'),
    inCompose('services.*.ports'),
  ),
  'k8s.service.type': kubernetes(
    'network',
    'ClusterIP, NodePort, LoadBalancer or ExternalName, that is how far the Service reaches, from inside the cluster only up to a cloud load balancer.',
    'networking',
    inCompose('services.*.ports', 'published ports reach beyond one host'),
  ),
  'k8s.service.selector': kubernetes(
    'network',
    "Pod labels whose ready pods become the Service's endpoints; without a selector the endpoints are managed by hand.",
    'networking',
  ),
  'k8s.service.ports': kubernetes(
    'network',
    'The ports the Service offers and where each one forwards to in the selected pods.',
    'ports',
    inCompose('services.*.ports'),
  ),
  'k8s.service.port': kubernetes(
    'network',
    "The port clients connect to on the Service's cluster address, which need not equal the container port.",
    'ports',
    inCompose('services.*.ports', 'published side of host:container'),
  ),
  'k8s.service.targetPort': kubernetes(
    'network',
    'The pod port, by number or by name, that traffic is forwarded to; it should match a containerPort, the EXPOSE of the pod world.',
    'ports',
    inDockerfile('EXPOSE', 'the port it should match'),
    inCompose('services.*.ports', 'container side of host:container'),
  ),
  'k8s.service.nodePort': kubernetes(
    'network',
    'The port opened on every node for a NodePort or LoadBalancer Service, forwarding to the pods wherever they run.',
    'ports',
    inDockerCli('docker run --publish <host>:<container>', 'one host only'),
    inCompose('services.*.ports', 'Swarm ingress mode publishes on every node'),
  ),
  'k8s.service.clusterIP': kubernetes(
    'network',
    "The Service's virtual IP inside the cluster, or None for a headless Service whose DNS name returns the pod addresses.",
    'networking',
  ),
  'k8s.service.externalName': kubernetes(
    'network',
    'An outside DNS name the Service stands for through a CNAME record, with no proxying at all.',
    'networking',
  ),
  'k8s.service.externalTrafficPolicy': kubernetes(
    'network',
    'Whether outside traffic may hop to pods on other nodes (Cluster) or stays on the receiving node and keeps the client address (Local).',
    'networking',
  ),
  'k8s.service.sessionAffinity': kubernetes(
    'network',
    'Whether repeated requests from one client address stick to the same pod, and for how long.',
    'networking',
  ),
  'k8s.service.loadBalancer': kubernetes(
    'network',
    'Settings passed to the cloud load balancer (requested address, class, allowed source ranges, node-port allocation).',
    'networking',
  ),
  'k8s.service.publishNotReadyAddresses': kubernetes(
    'network',
    'Publishes pods in DNS and endpoints before they pass readiness, which peers in a StatefulSet use to find each other.',
    'networking',
  ),

  'k8s.endpoints.subsets': kubernetes(
    'network',
    'Pod addresses and ports behind a Service, written by the control plane from the selector, or by hand for a selector-less Service.',
    'networking',
  ),
  'k8s.endpointslice.addressType': kubernetes(
    'network',
    'Whether the slice holds IPv4, IPv6 or FQDN addresses.',
    'networking',
  ),
  'k8s.endpointslice.endpoints': kubernetes(
    'network',
    'The addresses in this slice with their readiness, node and zone, which kube-proxy and cluster DNS route by.',
    'networking',
  ),
  'k8s.endpointslice.ports': kubernetes(
    'network',
    'The ports served by every endpoint of the slice.',
    'ports',
  ),

  'k8s.ingress.spec': kubernetes(
    'network',
    'HTTP routing by host and path from outside the cluster to Services, carried out by an ingress controller.',
    'networking',
    inCompose('services.*.ports', 'raw port publishing, no HTTP routing'),
  ),
  'k8s.ingress.ingressClassName': kubernetes(
    'network',
    'Which ingress controller implements this Ingress.',
    'networking',
  ),
  'k8s.ingress.rules': kubernetes(
    'network',
    'Host and path rules sending requests to backend Services and their ports.',
    'networking',
  ),
  'k8s.ingress.defaultBackend': kubernetes(
    'network',
    'Where requests that match no rule are sent.',
    'networking',
  ),
  'k8s.ingress.tls': kubernetes(
    'network',
    'The hosts served over TLS and the Secret holding their certificate and key.',
    'networking',
  ),
  'k8s.ingressclass.spec': kubernetes(
    'network',
    'Names the controller that implements Ingresses of this class, plus optional parameters for it.',
    'networking',
  ),

  'k8s.networkpolicy.spec': kubernetes(
    'network',
    "Firewall rules for pods, enforced by the cluster's network plugin, saying which traffic may reach or leave the selected pods.",
    'networking',
    inCompose('networks', 'isolation by network membership only'),
  ),
  'k8s.networkpolicy.podSelector': kubernetes(
    'network',
    'The pods the policy applies to; an empty selector means every pod of the namespace.',
    'networking',
  ),
  'k8s.networkpolicy.policyTypes': kubernetes(
    'network',
    'Whether the policy restricts incoming traffic, outgoing traffic, or both.',
    'networking',
  ),
  'k8s.networkpolicy.ingress': kubernetes(
    'network',
    'Incoming traffic allowed to the selected pods, by source pods, namespaces, address blocks and ports.',
    'networking',
  ),
  'k8s.networkpolicy.egress': kubernetes(
    'network',
    'Outgoing traffic allowed from the selected pods, by destination pods, namespaces, address blocks and ports.',
    'networking',
  ),
};

/** Network entries that have no counterpart in a Dockerfile, a Compose file or the docker CLI. */
export const networkEntriesWithoutCounterparts: readonly string[] = [
  'k8s.service.selector',
  'k8s.service.clusterIP',
  'k8s.service.externalName',
  'k8s.service.externalTrafficPolicy',
  'k8s.service.sessionAffinity',
  'k8s.service.loadBalancer',
  'k8s.service.publishNotReadyAddresses',
  'k8s.endpoints.subsets',
  'k8s.endpointslice.addressType',
  'k8s.endpointslice.endpoints',
  'k8s.endpointslice.ports',
  'k8s.ingress.ingressClassName',
  'k8s.ingress.rules',
  'k8s.ingress.defaultBackend',
  'k8s.ingress.tls',
  'k8s.ingressclass.spec',
  'k8s.networkpolicy.podSelector',
  'k8s.networkpolicy.policyTypes',
  'k8s.networkpolicy.ingress',
  'k8s.networkpolicy.egress',
];
