// Cross-layer notes: where a field overrides or is ignored by the other layer. Data, keyed by entry id;
// the report and the hover show them beside the field. A test checks every id exists in the tables.
import type { ClassifiedField } from '../types';

export const crossNotes: Record<string, string> = {
  'k8s.container.command': "Replaces the image's ENTRYPOINT; without `args` the image's CMD is dropped too.",
  'k8s.container.args': "Replaces the image's CMD; the image's ENTRYPOINT still runs unless `command` is set.",
  'k8s.container.workingDir': "Replaces the image's WORKDIR for this container.",
  'k8s.container.securityContext.runAsUser': "Overrides the image's USER for this container.",
  'k8s.container.env': 'Adds to the ENV baked into the image; a name set in both takes this value.',
  'k8s.container.livenessProbe': 'Kubernetes runs this probe and never the image’s HEALTHCHECK.',
  'k8s.container.ports.containerPort': 'Informational, like EXPOSE: a Service is what makes the port reachable.',
  'compose.service.entrypoint': "Replaces the image's ENTRYPOINT and clears its CMD.",
  'compose.service.command': "Replaces the image's CMD.",
  'compose.service.healthcheck': "Replaces the image's HEALTHCHECK for this service; Kubernetes ignores both.",
  'compose.service.user': "Overrides the image's USER.",
  'compose.service.working_dir': "Overrides the image's WORKDIR.",
  'df.HEALTHCHECK': 'Docker and Swarm run this check; Kubernetes never does, so its containers need probes.',
  'df.EXPOSE': 'Publishes nothing: `docker run -p`, Compose `ports` or a Kubernetes Service does.',
  'df.ARG': 'Gone once the build ends: a running container never sees it (ENV persists, ARG does not).',
};

/** The note for a field's own entry, when it has one (keys that inherit it do not repeat it). */
export function crossLayerNote(field: ClassifiedField): string | undefined {
  return field.inherited ? undefined : crossNotes[field.entryId];
}
