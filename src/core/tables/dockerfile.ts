// The Dockerfile layer table: every instruction, flag and parser directive is Docker-layer (build/run), because a
// Dockerfile only ever describes one image and the defaults of the containers started from it.
// Phase tells them apart: `build` acts while the image is built, the rest set how a container from it runs.
import type { EntryTable, Note } from '../types';
import { buildRun, docs, inCompose, inDockerCli, inKubernetes } from './layer-rows';

const instructions: EntryTable = {
  'df.FROM': buildRun(
    'build',
    'Starts a build stage from a base image; the last stage, or the one picked with --target, becomes the image that containers run.',
    'image',
    inCompose('services.*.image / build', 'runs or builds this image'),
    inKubernetes('containers[].image', 'names the finished image'),
    docs('https://docs.docker.com/reference/dockerfile/#from'),
  ),
  'df.RUN': buildRun(
    'build',
    'Runs a command while the image is built and keeps its file changes as a layer; it never runs when a container starts.',
    'image',
    inCompose('services.*.build'),
    inKubernetes('initContainers', 'for work at start time instead'),
    inDockerCli('docker build'),
    docs('https://docs.docker.com/reference/dockerfile/#run'),
  ),
  'df.CMD': buildRun(
    'run',
    'The default command of a container, or the default arguments of an exec-form ENTRYPOINT; a shell-form ENTRYPOINT ignores it, and it never runs during the build.',
    'cmd-args',
    inKubernetes('containers[].args', 'overrides it'),
    inCompose('services.*.command', 'overrides it'),
    inDockerCli('docker run IMAGE ARGS…'),
    docs('https://docs.docker.com/reference/dockerfile/#cmd'),
  ),
  'df.LABEL': buildRun(
    'build',
    "Key-value metadata stored in the image's config; Kubernetes labels are a different thing on API objects and never read these.",
    'labels-metadata',
    inCompose('services.*.build.labels', 'same as'),
    inCompose('services.*.labels', 'labels the container instead'),
    inKubernetes('metadata.labels', 'unrelated: not copied from the image'),
    docs('https://docs.docker.com/reference/dockerfile/#label'),
  ),
  'df.MAINTAINER': buildRun(
    'build',
    "Deprecated author field of the image; LABEL org.opencontainers.image.authors replaces it.",
    'labels-metadata',
    docs('https://docs.docker.com/reference/dockerfile/#maintainer-deprecated'),
  ),
  'df.EXPOSE': buildRun(
    'network',
    'Records in the image which ports the process listens on and publishes nothing: reaching a port from the host takes docker run -p or -P, or Compose ports.',
    'ports',
    inKubernetes('containers[].ports[].containerPort', 'also a declaration'),
    inCompose('services.*.expose / ports', 'ports actually publishes'),
    inDockerCli('docker run -p / -P'),
    docs('https://docs.docker.com/reference/dockerfile/#expose'),
  ),
  'df.ENV': buildRun(
    'config',
    'Environment variables for the later build steps that are also baked into every container started from the image.',
    'env',
    inKubernetes('containers[].env', 'adds or overrides'),
    inCompose('services.*.environment', 'adds or overrides'),
    inDockerCli('docker run -e'),
    docs('https://docs.docker.com/reference/dockerfile/#env'),
  ),
  'df.ADD': buildRun(
    'build',
    'Copies files into the image like COPY, and can also fetch URLs, clone Git repositories and unpack local tar archives.',
    'image',
    inCompose('services.*.build.context', 'where local sources come from'),
    docs('https://docs.docker.com/reference/dockerfile/#add'),
  ),
  'df.COPY': buildRun(
    'build',
    "Copies files into the image's filesystem from the build context or, with --from, from a stage, an image or a named context.",
    'image',
    inCompose('services.*.volumes', 'mounts files at run time instead'),
    inKubernetes('volumeMounts / ConfigMap volume', 'supplies files at run time instead'),
    docs('https://docs.docker.com/reference/dockerfile/#copy'),
  ),
  'df.ENTRYPOINT': buildRun(
    'run',
    'The executable containers from this image start with; in exec form CMD or run arguments follow it, while the shell form runs under /bin/sh -c and ignores both.',
    'entrypoint-command',
    inKubernetes('containers[].command', 'overrides it'),
    inCompose('services.*.entrypoint', 'overrides it'),
    inDockerCli('docker run --entrypoint'),
    docs('https://docs.docker.com/reference/dockerfile/#entrypoint'),
  ),
  'df.VOLUME': buildRun(
    'storage',
    'Marks a path as a mount point for external volumes; docker run creates a new volume there, seeded from the image, unless the run mounts something at that path.',
    'volumes',
    inCompose('services.*.volumes'),
    inKubernetes('volumes + containers[].volumeMounts'),
    inDockerCli('docker run -v'),
    docs('https://docs.docker.com/reference/dockerfile/#volume'),
  ),
  'df.USER': buildRun(
    'security',
    "The user (and group) for later RUN steps and for the container's process.",
    'user',
    inKubernetes('securityContext.runAsUser', 'overrides it'),
    inCompose('services.*.user', 'overrides it'),
    inDockerCli('docker run --user'),
    docs('https://docs.docker.com/reference/dockerfile/#user'),
  ),
  'df.WORKDIR': buildRun(
    'run',
    "The directory later build steps and the container's process work in.",
    'workdir',
    inKubernetes('containers[].workingDir', 'overrides it'),
    inCompose('services.*.working_dir', 'overrides it'),
    inDockerCli('docker run -w'),
    docs('https://docs.docker.com/reference/dockerfile/#workdir'),
  ),
  'df.ARG': buildRun(
    'build',
    'A variable for the build, set with --build-arg or Compose build.args, that a running container never sees unless an ENV copies it.',
    'env',
    inCompose('services.*.build.args', 'sets it'),
    inDockerCli('docker build --build-arg'),
    docs('https://docs.docker.com/reference/dockerfile/#arg'),
  ),
  'df.ARG.global': buildRun(
    'build',
    'An ARG before the first FROM is in scope only for FROM lines; a stage must repeat ARG NAME to use its value.',
    'build-stages',
    inCompose('services.*.build.args', 'sets it'),
    docs('https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact'),
  ),
  'df.ONBUILD': buildRun(
    'build',
    "Stores an instruction that does nothing in this build and runs in a later build that uses this image as its base, right after that build's FROM.",
    'build-stages',
    docs('https://docs.docker.com/reference/dockerfile/#onbuild'),
  ),
  'df.STOPSIGNAL': buildRun(
    'lifecycle',
    'The signal sent to a container from this image to make it exit (SIGTERM when unset); docker run --stop-signal overrides it.',
    'restart',
    inCompose('services.*.stop_signal', 'overrides it'),
    inKubernetes('containers[].lifecycle.stopSignal', 'overrides it (alpha, ContainerStopSignals gate)'),
    inKubernetes('terminationGracePeriodSeconds', 'how long before the kill'),
    docs('https://docs.docker.com/reference/dockerfile/#stopsignal'),
  ),
  'df.HEALTHCHECK': buildRun(
    'health',
    'A command the Docker engine runs inside the container to mark it healthy or unhealthy; Kubernetes never runs it and checks containers with probes instead.',
    'healthcheck-probes',
    inCompose('services.*.healthcheck', 'overrides it'),
    inKubernetes('livenessProbe / readinessProbe / startupProbe', 'what Kubernetes runs instead'),
    docs('https://docs.docker.com/reference/dockerfile/#healthcheck'),
  ),
  'df.SHELL': buildRun(
    'build',
    'The shell that later shell-form RUN, CMD and ENTRYPOINT lines are run with.',
    'image',
    docs('https://docs.docker.com/reference/dockerfile/#shell'),
  ),
  'df.unknown': buildRun(
    'build',
    'Not an instruction the Dockerfile parser knows, so the build stops with an error at this line.',
    'docker-layer',
    docs('https://docs.docker.com/reference/dockerfile/#overview'),
  ),
};

const flags: EntryTable = {
  'df.flag.from': buildRun(
    'build',
    'Takes files (COPY) or a mount (RUN --mount) from another stage, named context or image instead of the build context.',
    'build-stages',
    inCompose('services.*.build.additional_contexts', 'can name the source'),
    docs('https://docs.docker.com/reference/dockerfile/#copy---from'),
  ),
  'df.flag.mount': buildRun(
    'build',
    'Mounts a bind source, cache, tmpfs, secret or SSH agent socket into this RUN step only; what it mounts never reaches the image.',
    'build-stages',
    inCompose('services.*.build.secrets / ssh', 'supplies secret and ssh mounts'),
    inKubernetes('containers[].volumeMounts', 'run-time mounts, a different thing'),
    docs('https://docs.docker.com/reference/dockerfile/#run---mount'),
  ),
  'df.flag.platform': buildRun(
    'build',
    'Picks which platform variant of the base image this stage starts from, often $BUILDPLATFORM for cross-compiling.',
    'image',
    inCompose('services.*.platform / build.platforms'),
    inKubernetes('nodeSelector kubernetes.io/arch', 'a cluster matches nodes instead'),
    docs('https://docs.docker.com/reference/dockerfile/#from'),
  ),
  'df.flag.chown': buildRun(
    'build',
    'Sets the owner and group of the copied files inside the image.',
    'user',
    inKubernetes('securityContext.fsGroup', 'ownership of mounted volumes at run time'),
    docs('https://docs.docker.com/reference/dockerfile/#copy---chown---chmod'),
  ),
  'df.flag.chmod': buildRun(
    'build',
    'Sets the permission bits of the copied files inside the image.',
    'user',
    docs('https://docs.docker.com/reference/dockerfile/#copy---chown---chmod'),
  ),
  'df.flag.link': buildRun(
    'build',
    'Copies the files into an independent layer that stays reusable when the layers below it change.',
    'image',
    docs('https://docs.docker.com/reference/dockerfile/#copy---link'),
  ),
  'df.flag.network': buildRun(
    'build',
    'The network access this RUN step has while the image builds (default, none or host).',
    'networking',
    inCompose('services.*.build.network'),
    docs('https://docs.docker.com/reference/dockerfile/#run---network'),
  ),
  'df.flag.security': buildRun(
    'build',
    'Runs this RUN step sandboxed or, with insecure, with extended privileges that the builder must be allowed to grant.',
    'security',
    inCompose('services.*.build.entitlements'),
    inDockerCli('docker buildx build --allow security.insecure'),
    docs('https://docs.docker.com/reference/dockerfile/#run---security'),
  ),
  'df.flag.exclude': buildRun(
    'build',
    'Leaves paths matching a pattern out of what COPY or ADD copies.',
    'image',
    docs('https://docs.docker.com/reference/dockerfile/#copy---exclude'),
  ),
  'df.flag.parents': buildRun(
    'build',
    'Keeps the parent directories of the copied sources instead of flattening them into the destination.',
    'image',
    docs('https://docs.docker.com/reference/dockerfile/#copy---parents'),
  ),
  'df.flag.keep-git-dir': buildRun(
    'build',
    'Keeps the .git directory when ADD clones a Git repository.',
    'image',
    docs('https://docs.docker.com/reference/dockerfile/#add---keep-git-dir'),
  ),
  'df.flag.checksum': buildRun(
    'build',
    'Verifies the checksum of a remote source that ADD fetches, failing the build on a mismatch.',
    'security',
    docs('https://docs.docker.com/reference/dockerfile/#add---checksum'),
  ),
  'df.flag.interval': buildRun(
    'health',
    'Time between two health checks (30s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.interval'),
    inKubernetes('probe periodSeconds'),
    docs('https://docs.docker.com/reference/dockerfile/#healthcheck'),
  ),
  'df.flag.timeout': buildRun(
    'health',
    'How long one health check may run before it counts as a failure (30s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.timeout'),
    inKubernetes('probe timeoutSeconds'),
    docs('https://docs.docker.com/reference/dockerfile/#healthcheck'),
  ),
  'df.flag.start-period': buildRun(
    'health',
    'Start-up time during which failed checks do not count toward retries (0s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.start_period'),
    inKubernetes('probe initialDelaySeconds / startupProbe'),
    docs('https://docs.docker.com/reference/dockerfile/#healthcheck'),
  ),
  'df.flag.start-interval': buildRun(
    'health',
    'Time between health checks during the start period (5s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.start_interval'),
    inKubernetes('startupProbe periodSeconds'),
    docs('https://docs.docker.com/reference/dockerfile/#healthcheck'),
  ),
  'df.flag.retries': buildRun(
    'health',
    'How many failed checks in a row mark the container unhealthy (3 by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.retries'),
    inKubernetes('probe failureThreshold'),
    docs('https://docs.docker.com/reference/dockerfile/#healthcheck'),
  ),
};

const directives: EntryTable = {
  'df.directive.syntax': buildRun(
    'build',
    'Names the Dockerfile frontend image, and so the syntax version, that the builder uses to read this file.',
    'image',
    docs('https://docs.docker.com/reference/dockerfile/#syntax'),
  ),
  'df.directive.escape': buildRun(
    'build',
    'Sets the escape character of this file: backslash by default, often a backtick in Windows Dockerfiles.',
    'image',
    docs('https://docs.docker.com/reference/dockerfile/#escape'),
  ),
  'df.directive.check': buildRun(
    'build',
    'Configures build checks for this file: which ones to skip and whether a warning fails the build.',
    'image',
    docs('https://docs.docker.com/build/checks/'),
  ),
};

export const dockerfileEntries: EntryTable = { ...instructions, ...flags, ...directives };

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
