// Occurrence notes: what the classifier says about one Dockerfile line whose keyword alone would mislead
// (an instruction in a stage that never becomes the image, an ARG before FROM, ONBUILD).
import type { Note } from '../../types';

/** Occurrence notes the classifier attaches to a Dockerfile line, by situation. One sentence each. */
export interface DockerfileNotes {
  /** By instruction keyword: the instruction sits in a stage that is neither the final one nor an ancestor of it. */
  nonFinalStage: Record<string, Note>;
  /** An ARG before the first FROM. */
  argBeforeFrom: Note;
  /** Any ONBUILD line. */
  onbuild: Note;
}

// A stage outside the target's ancestry leaves nothing in the image's config: only the target stage (the last one
// unless --target names another) becomes the image, and COPY --from copies files, not settings.
const TARGET = 'https://docs.docker.com/build/building/multi-stage/#stop-at-a-specific-build-stage';
const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

/** The note for an instruction whose setting lives in the image config, which a stage outside the target loses. */
function notInImage(keyword: string, effect: string): Note {
  return {
    text: `This ${keyword} ${effect} unless --target picks this stage: by default the image is the final stage, which does not build on this one.`,
    source: TARGET,
  };
}

export const dockerfileNotes: DockerfileNotes = {
  nonFinalStage: {
    CMD: notInImage('CMD', 'never reaches a running container'),
    ENTRYPOINT: notInImage('ENTRYPOINT', 'never reaches a running container'),
    EXPOSE: notInImage('EXPOSE', 'is not recorded in the image'),
    HEALTHCHECK: notInImage('HEALTHCHECK', 'is never run'),
    USER: {
      text: "This USER applies to the later RUN steps of this stage; the container's user comes from the stage the image is built from.",
      source: `${REFERENCE}#user`,
    },
    WORKDIR: {
      text: "This WORKDIR applies to the later steps of this stage; the container's directory comes from the stage the image is built from.",
      source: `${REFERENCE}#workdir`,
    },
    ENV: {
      text: 'These variables reach later steps of this stage and stages built FROM it; COPY --from takes files only, so they do not travel with them.',
      source: `${REFERENCE}#env`,
    },
    VOLUME: notInImage('VOLUME', 'is not recorded in the image, so no container gets a volume from it'),
    STOPSIGNAL: notInImage('STOPSIGNAL', 'is not recorded in the image'),
    LABEL: notInImage('LABEL', 'is not recorded in the image'),
    MAINTAINER: notInImage('MAINTAINER', 'is not recorded in the image'),
    ONBUILD: notInImage('ONBUILD', 'is not stored in the image for later builds to run'),
  },
  argBeforeFrom: {
    text: 'An ARG before the first FROM is visible only to FROM lines; declare ARG with the same name inside a stage to use it there.',
    source: `${REFERENCE}#understand-how-arg-and-from-interact`,
  },
  onbuild: {
    text: 'ONBUILD does nothing in this build: it is stored in the image and runs when a later build uses this image as its base.',
    source: `${REFERENCE}#onbuild`,
  },
};
