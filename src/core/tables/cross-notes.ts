// Cross-layer notes: where a field overrides or is ignored by the other layer. Data, keyed by entry id;
// the report and the hover show them beside the field. A test checks every id exists in the tables.
import type { ClassifiedField, Note } from '../types';


// Plain string literals only: esbuild keeps a module whose top level it cannot prove pure, and the extension's
// eager bundle must not hold this table.
export const crossNotes: Record<string, Note> = {
  'k8s.container.command': {
    text: "Replaces the image's ENTRYPOINT; without `args` the image's CMD is dropped too.",
    source: 'https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#notes',
  },
  'k8s.container.args': {
    text: "Replaces the image's CMD; the image's ENTRYPOINT still runs unless `command` is set, and a shell-form one ignores these.",
    source: 'https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#notes',
  },
  'k8s.container.workingDir': {
    text: "Replaces the image's WORKDIR for this container.",
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#entrypoint',
  },
  'k8s.container.securityContext.runAsUser': {
    text: "Overrides the user ID that the image's USER sets, for this container.",
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context',
  },
  'k8s.container.env': {
    text: 'Adds to the ENV baked into the image; a name set in both takes this value.',
    source: 'https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/',
  },
  'k8s.container.livenessProbe': {
    text: "The kubelet runs this probe and restarts the container when it fails; the image's HEALTHCHECK is no probe and cannot stand in for it.",
    source: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes',
  },
  'k8s.container.ports.containerPort': {
    text: 'Informational, like EXPOSE: a port the process listens on is reachable at the pod IP whether or not it is listed here.',
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  },
  'compose.service.entrypoint': {
    text: "Replaces the image's ENTRYPOINT; once set, the image's CMD is ignored too.",
    source: 'https://docs.docker.com/reference/compose-file/services/#entrypoint',
  },
  'compose.service.command': {
    text: "Replaces the image's CMD.",
    source: 'https://docs.docker.com/reference/compose-file/services/#command',
  },
  'compose.service.healthcheck': {
    text: "Overrides the image's HEALTHCHECK settings for this service's containers, or turns the check off with `disable: true`.",
    source: 'https://docs.docker.com/reference/compose-file/services/#healthcheck',
  },
  'compose.service.user': {
    text: "Overrides the image's USER.",
    source: 'https://docs.docker.com/reference/compose-file/services/#user',
  },
  'compose.service.working_dir': {
    text: "Overrides the image's WORKDIR.",
    source: 'https://docs.docker.com/reference/compose-file/services/#working_dir',
  },
  'df.HEALTHCHECK': {
    text: 'The Docker engine runs this check; Kubernetes never does, so containers there need probes.',
    source: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
  },
  'df.EXPOSE': {
    text: 'Publishes nothing: `docker run -p` or `-P` and Compose `ports` open a port to the host, while containers on a shared network reach it anyway.',
    source: 'https://docs.docker.com/reference/dockerfile/#expose',
  },
  'df.ARG': {
    text: 'Gone once the build ends: a running container never sees it (ENV persists, ARG does not).',
    source: 'https://docs.docker.com/reference/dockerfile/#arg',
  },
};

/** The note for a field's own entry, when it has one (keys that inherit it do not repeat it). */
export function crossLayerNote(field: ClassifiedField): Note | undefined {
  return field.inherited ? undefined : crossNotes[field.entryId];
}
