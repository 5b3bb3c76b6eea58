// Cross-layer notes: where a field overrides or is ignored by the other layer. Data, keyed by entry id;
// the report and the hover show them beside the field. A test checks every id exists in the tables.
import type { ClassifiedField, Note } from '../types';

export const crossNotes: Record<string, Note> = {
  'k8s.container.command': { text: "Replaces the image's ENTRYPOINT; without `args` the image's CMD is dropped too.", source: '' },
  'k8s.container.args': { text: "Replaces the image's CMD; the image's ENTRYPOINT still runs unless `command` is set.", source: '' },
  'k8s.container.workingDir': { text: "Replaces the image's WORKDIR for this container.", source: '' },
  'k8s.container.securityContext.runAsUser': { text: "Overrides the image's USER for this container.", source: '' },
  'k8s.container.env': { text: 'Adds to the ENV baked into the image; a name set in both takes this value.', source: '' },
  'k8s.container.livenessProbe': { text: 'Kubernetes runs this probe and never the image’s HEALTHCHECK.', source: '' },
  'k8s.container.ports.containerPort': { text: 'Informational, like EXPOSE: a Service is what makes the port reachable.', source: '' },
  'compose.service.entrypoint': { text: "Replaces the image's ENTRYPOINT and clears its CMD.", source: '' },
  'compose.service.command': { text: "Replaces the image's CMD.", source: '' },
  'compose.service.healthcheck': { text: "Replaces the image's HEALTHCHECK for this service; Kubernetes ignores both.", source: '' },
  'compose.service.user': { text: "Overrides the image's USER.", source: '' },
  'compose.service.working_dir': { text: "Overrides the image's WORKDIR.", source: '' },
  'df.HEALTHCHECK': { text: 'Docker and Swarm run this check; Kubernetes never does, so its containers need probes.', source: '' },
  'df.EXPOSE': { text: 'Publishes nothing: `docker run -p`, Compose `ports` or a Kubernetes Service does.', source: '' },
  'df.ARG': { text: 'Gone once the build ends: a running container never sees it (ENV persists, ARG does not).', source: '' },
};

/** The note for a field's own entry, when it has one (keys that inherit it do not repeat it). */
export function crossLayerNote(field: ClassifiedField): Note | undefined {
  return field.inherited ? undefined : crossNotes[field.entryId];
}
