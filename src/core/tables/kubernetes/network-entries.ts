// Entries for cluster networking: Service, Endpoints, EndpointSlice, Ingress, IngressClass, NetworkPolicy.
// All orchestration: they route traffic between pods across nodes, which one container on one host never does.
// Where Compose or docker come close (published ports, networks) the counterpart says how far the likeness goes.
import type { EntryTable } from '../../types';
import { docs, inCompose, inDockerCli, inDockerfile } from '../layer-rows';
import { kubernetes } from './rows';

export const networkEntries: EntryTable = {
  'k8s.service.spec': kubernetes(
    'network',
    'A stable virtual address and DNS name that spreads traffic over the ready pods its selector matches, the cluster form of service discovery.',
    'networking',
    inCompose('services.<name>', 'the service name resolves by DNS on its networks'),
    inCompose('services.*.ports'),
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#services-in-kubernetes'),
  ),
  'k8s.service.type': kubernetes(
    'network',
    'ClusterIP (inside the cluster only), NodePort (a port on every node), LoadBalancer (an external load balancer) or ExternalName (a DNS alias).',
    'networking',
    inCompose('services.*.ports', 'publishes on the host, not across a cluster'),
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types'),
  ),
  'k8s.service.selector': kubernetes(
    'network',
    "Pod labels whose matching pods become the Service's endpoints; without a selector, EndpointSlices are written by hand or by another controller.",
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#services-without-selectors'),
  ),
  'k8s.service.ports': kubernetes(
    'network',
    'The ports the Service offers and where each one forwards to in the selected pods.',
    'ports',
    inCompose('services.*.ports'),
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports'),
  ),
  'k8s.service.port': kubernetes(
    'network',
    "The port clients connect to on the Service's cluster address, which need not equal the container port.",
    'ports',
    inCompose('services.*.ports', 'published side of host:container'),
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service'),
  ),
  'k8s.service.targetPort': kubernetes(
    'network',
    'The pod port that traffic is forwarded to, a number or the name of a containerPort; it defaults to port and must be where the app listens.',
    'ports',
    inDockerfile('EXPOSE', 'documents the port the app listens on'),
    inCompose('services.*.ports', 'container side of host:container'),
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports'),
  ),
  'k8s.service.nodePort': kubernetes(
    'network',
    "The port, from the node-port range (default 30000-32767), that every node forwards to the Service's ready endpoints for a NodePort or LoadBalancer Service.",
    'ports',
    inDockerCli('docker run --publish <host>:<container>', 'one host only'),
    inCompose('services.*.ports', 'in Swarm, ingress mode publishes on every node'),
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport'),
  ),
  'k8s.service.clusterIP': kubernetes(
    'network',
    "The Service's virtual IP inside the cluster, or None for a headless Service, which gets no proxying and whose DNS name returns the endpoint addresses.",
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#headless-services'),
  ),
  'k8s.service.externalName': kubernetes(
    'network',
    'An outside DNS name the Service stands for through a CNAME record, with no proxying at all.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#externalname'),
  ),
  'k8s.service.externalTrafficPolicy': kubernetes(
    'network',
    'Whether outside traffic may go to ready endpoints on any node (Cluster) or only to those on the receiving node, keeping the client address (Local).',
    'networking',
    docs('https://kubernetes.io/docs/reference/networking/virtual-ips/#external-traffic-policy'),
  ),
  'k8s.service.sessionAffinity': kubernetes(
    'network',
    'Whether connections from one client IP address keep going to the same pod (ClientIP), and for how long.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#session-stickiness'),
  ),
  'k8s.service.loadBalancer': kubernetes(
    'network',
    'Settings of a LoadBalancer Service: requested address (deprecated), implementation class, allowed client ranges, and whether node ports are allocated.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer'),
  ),
  'k8s.service.publishNotReadyAddresses': kubernetes(
    'network',
    'Publishes pods in DNS and endpoints before they pass readiness, which peers in a StatefulSet use to find each other.',
    'networking',
    docs('https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec'),
  ),

  'k8s.endpoints.subsets': kubernetes(
    'network',
    'Legacy list of the addresses and ports behind a Service, capped at 1000 endpoints; EndpointSlice is its recommended replacement.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/service/#endpoints'),
  ),
  'k8s.endpointslice.addressType': kubernetes(
    'network',
    'Whether the slice holds IPv4, IPv6 or FQDN addresses, fixed when the slice is created.',
    'networking',
    docs('https://kubernetes.io/docs/reference/kubernetes-api/service-resources/endpoint-slice-v1/#EndpointSlice'),
  ),
  'k8s.endpointslice.endpoints': kubernetes(
    'network',
    'The addresses in this slice with their readiness, node and zone, which kube-proxy and cluster DNS route by.',
    'networking',
    docs('https://kubernetes.io/docs/reference/kubernetes-api/service-resources/endpoint-slice-v1/#EndpointSlice'),
  ),
  'k8s.endpointslice.ports': kubernetes(
    'network',
    'The ports served by every endpoint of the slice.',
    'ports',
    docs('https://kubernetes.io/docs/reference/kubernetes-api/service-resources/endpoint-slice-v1/#EndpointSlice'),
  ),

  'k8s.ingress.spec': kubernetes(
    'network',
    'HTTP(S) routing by host and path from outside the cluster to Services, which does nothing until an ingress controller runs.',
    'networking',
    inCompose('services.*.ports', 'raw port publishing, no HTTP routing'),
    docs('https://kubernetes.io/docs/concepts/services-networking/ingress/#what-is-ingress'),
  ),
  'k8s.ingress.ingressClassName': kubernetes(
    'network',
    'The IngressClass, and so the ingress controller, that implements this Ingress; without it the default class applies.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class'),
  ),
  'k8s.ingress.rules': kubernetes(
    'network',
    'Host and path rules sending matching requests to a backend, usually a Service and port.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules'),
  ),
  'k8s.ingress.defaultBackend': kubernetes(
    'network',
    'Where requests that match no rule are sent; if unset, the ingress controller decides.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/ingress/#default-backend'),
  ),
  'k8s.ingress.tls': kubernetes(
    'network',
    'The hosts served over TLS and the Secret holding their certificate and key.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/ingress/#tls'),
  ),
  'k8s.ingressclass.spec': kubernetes(
    'network',
    'Names the controller that implements Ingresses of this class, plus optional parameters for it.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class'),
  ),

  'k8s.networkpolicy.spec': kubernetes(
    'network',
    "Additive allow rules for the traffic that may reach or leave the selected pods, with no effect unless the cluster's network plugin enforces them.",
    'networking',
    inCompose('networks', 'isolation by network membership only'),
    docs('https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource'),
  ),
  'k8s.networkpolicy.podSelector': kubernetes(
    'network',
    'The pods the policy applies to; an empty selector means every pod of the namespace.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource'),
  ),
  'k8s.networkpolicy.policyTypes': kubernetes(
    'network',
    'Whether the policy isolates incoming traffic, outgoing traffic, or both; unset, it means Ingress, plus Egress when egress rules exist.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource'),
  ),
  'k8s.networkpolicy.ingress': kubernetes(
    'network',
    'Incoming traffic allowed to the selected pods, by source pods, namespaces, address blocks and ports.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors'),
  ),
  'k8s.networkpolicy.egress': kubernetes(
    'network',
    'Outgoing traffic allowed from the selected pods, by destination pods, namespaces, address blocks and ports.',
    'networking',
    docs('https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors'),
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
