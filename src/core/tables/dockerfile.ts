// The Dockerfile layer table: every instruction, flag and parser directive is Docker-layer (build/run), because a
// Dockerfile only ever describes one image and the defaults of the containers started from it.
// Phase tells them apart: `build` acts while the image is built, the rest set how a container from it runs.
import type { EntryTable, Note } from '../types';
import { buildRun, inCompose, inDockerCli, inKubernetes } from './layer-rows';

const instructions: EntryTable = {
  'df.FROM': buildRun(
    'build',
    "Starts a build stage from a base image; the final stage's result is the image that containers run.",
    'image',
    inCompose('services.*.image / build', 'runs or builds this image'),
    inKubernetes('containers[].image', 'names the finished image'),
  ),
  'df.RUN': buildRun(
    'build',
    'Runs a command while the image is built and keeps its file changes as a layer; it never runs when a container starts.',
    'image',
    inCompose('services.*.build'),
    inKubernetes('initContainers', 'for work at start time instead'),
    inDockerCli('docker build'),
  ),
  'df.CMD': buildRun(
    'run',
    'The default arguments a container starts with, or its default command when there is no ENTRYPOINT; it shapes the running container, not the build.',
    'cmd-args',
    inKubernetes('containers[].args', 'overrides it'),
    inCompose('services.*.command', 'overrides it'),
    inDockerCli('docker run IMAGE ARGS…'),
  ),
  'df.LABEL': buildRun(
    'build',
    "Key-value metadata stored in the image's config; Kubernetes labels are a different thing on API objects and never read these.",
    'labels-metadata',
    inCompose('services.*.build.labels', 'same as'),
    inCompose('services.*.labels', 'labels the container instead'),
    inKubernetes('metadata.labels', 'unrelated: not copied from the image'),
  ),
  'df.MAINTAINER': buildRun(
    'build',
    "Deprecated author field of the image; LABEL org.opencontainers.image.authors replaces it.",
    'labels-metadata',
  ),
  'df.EXPOSE': buildRun(
    'network',
    'Records which ports the process listens on as image metadata and publishes nothing: only docker run -p, Compose ports or a Kubernetes Service make a port reachable.',
    'ports',
    inKubernetes('containers[].ports[].containerPort', 'also informational'),
    inCompose('services.*.expose / ports', 'ports actually publishes'),
    inDockerCli('docker run -p / -P'),
  ),
  'df.ENV': buildRun(
    'config',
    'Environment variables for the later build steps that are also baked into every container started from the image.',
    'env',
    inKubernetes('containers[].env', 'adds or overrides'),
    inCompose('services.*.environment', 'adds or overrides'),
    inDockerCli('docker run -e'),
  ),
  'df.ADD': buildRun(
    'build',
    'Copies files into the image like COPY, and can also fetch URLs, clone Git repositories and unpack local tar archives.',
    'image',
    inCompose('services.*.build.context', 'where local sources come from'),
  ),
  'df.COPY': buildRun(
    'build',
    "Copies files from the build context or another stage into the image's filesystem.",
    'image',
    inCompose('services.*.volumes', 'mounts files at run time instead'),
    inKubernetes('volumeMounts / ConfigMap volume', 'supplies files at run time instead'),
  ),
  'df.ENTRYPOINT': buildRun(
    'run',
    'The executable every container from this image starts with, receiving CMD as its default arguments.',
    'entrypoint-command',
    inKubernetes('containers[].command', 'overrides it'),
    inCompose('services.*.entrypoint', 'overrides it'),
    inDockerCli('docker run --entrypoint'),
  ),
  'df.VOLUME': buildRun(
    'storage',
    'Marks a path as a mount point that the engine backs with an anonymous volume when nothing is mounted there; only a volume you mount yourself keeps data.',
    'volumes',
    inCompose('services.*.volumes'),
    inKubernetes('volumes + containers[].volumeMounts'),
    inDockerCli('docker run -v'),
  ),
  'df.USER': buildRun(
    'security',
    "The user (and group) for later RUN steps and for the container's process.",
    'user',
    inKubernetes('securityContext.runAsUser', 'overrides it'),
    inCompose('services.*.user', 'overrides it'),
    inDockerCli('docker run --user'),
  ),
  'df.WORKDIR': buildRun(
    'run',
    "The directory later build steps and the container's process work in.",
    'workdir',
    inKubernetes('containers[].workingDir', 'overrides it'),
    inCompose('services.*.working_dir', 'overrides it'),
    inDockerCli('docker run -w'),
  ),
  'df.ARG': buildRun(
    'build',
    'A variable for the build, set with --build-arg or Compose build.args, that a running container never sees unless an ENV copies it.',
    'env',
    inCompose('services.*.build.args', 'sets it'),
    inDockerCli('docker build --build-arg'),
  ),
  'df.ARG.global': buildRun(
    'build',
    'An ARG before the first FROM is in scope only for FROM lines; a stage must repeat ARG NAME to use its value.',
    'build-stages',
    inCompose('services.*.build.args', 'sets it'),
  ),
  'df.ONBUILD': buildRun(
    'build',
    'Stores an instruction that does nothing in this build and runs at the start of a later build that uses this image as its base.',
    'build-stages',
  ),
  'df.STOPSIGNAL': buildRun(
    'lifecycle',
    'The signal sent to stop a container from this image, which Docker and the Kubernetes container runtimes both honour.',
    'restart',
    inCompose('services.*.stop_signal', 'overrides it'),
    inKubernetes('containers[].lifecycle.stopSignal', 'overrides it (newer clusters)'),
    inKubernetes('terminationGracePeriodSeconds', 'how long before the kill'),
  ),
  'df.HEALTHCHECK': buildRun(
    'health',
    'A check the Docker engine runs inside the container to report it healthy or unhealthy; Kubernetes never runs it and relies on probes instead.',
    'healthcheck-probes',
    inCompose('services.*.healthcheck', 'overrides it'),
    inKubernetes('livenessProbe / readinessProbe / startupProbe', 'what Kubernetes runs instead'),
  ),
  'df.SHELL': buildRun(
    'build',
    'The shell that later shell-form RUN, CMD and ENTRYPOINT lines are run with.',
    'image',
  ),
  'df.unknown': buildRun(
    'build',
    'Not an instruction the Dockerfile parser knows, so the build stops with an error at this line.',
    'docker-layer',
  ),
};

const flags: EntryTable = {
  'df.flag.from': buildRun(
    'build',
    'Takes files (COPY) or a mount (RUN --mount) from another stage, named context or image instead of the build context.',
    'build-stages',
    inCompose('services.*.build.additional_contexts', 'can name the source'),
  ),
  'df.flag.mount': buildRun(
    'build',
    'Mounts a cache, secret, SSH agent or bind source into this RUN step only; it exists during the build and never reaches the image.',
    'build-stages',
    inCompose('services.*.build.secrets / ssh', 'supplies secret and ssh mounts'),
    inKubernetes('containers[].volumeMounts', 'run-time mounts, a different thing'),
  ),
  'df.flag.platform': buildRun(
    'build',
    'Picks which platform variant of the base image this stage starts from, often $BUILDPLATFORM for cross-compiling.',
    'image',
    inCompose('services.*.platform / build.platforms'),
    inKubernetes('nodeSelector kubernetes.io/arch', 'a cluster matches nodes instead'),
  ),
  'df.flag.chown': buildRun(
    'build',
    'Sets the owner and group of the copied files inside the image.',
    'user',
    inKubernetes('securityContext.fsGroup', 'ownership of mounted volumes at run time'),
  ),
  'df.flag.chmod': buildRun('build', 'Sets the permission bits of the copied files inside the image.', 'user'),
  'df.flag.link': buildRun(
    'build',
    'Copies the files into an independent layer that stays reusable when the layers below it change.',
    'image',
  ),
  'df.flag.network': buildRun(
    'build',
    'The network access this RUN step has while the image builds (default, none or host).',
    'networking',
    inCompose('services.*.build.network'),
  ),
  'df.flag.security': buildRun(
    'build',
    'Runs this RUN step sandboxed or, with insecure, with extended privileges that the builder must be allowed to grant.',
    'security',
    inCompose('services.*.build.entitlements'),
    inDockerCli('docker buildx build --allow security.insecure'),
  ),
  'df.flag.exclude': buildRun('build', 'Leaves paths matching a pattern out of what COPY or ADD copies.', 'image'),
  'df.flag.parents': buildRun(
    'build',
    'Keeps the parent directories of the copied sources instead of flattening them into the destination.',
    'image',
  ),
  'df.flag.keep-git-dir': buildRun(
    'build',
    'Keeps the .git directory when ADD clones a Git repository.',
    'image',
  ),
  'df.flag.checksum': buildRun(
    'build',
    'Verifies the checksum of what ADD downloads, failing the build on a mismatch.',
    'security',
  ),
  'df.flag.interval': buildRun(
    'health',
    'Time between two health checks (30s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.interval'),
    inKubernetes('probe periodSeconds'),
  ),
  'df.flag.timeout': buildRun(
    'health',
    'How long one health check may run before it counts as a failure (30s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.timeout'),
    inKubernetes('probe timeoutSeconds'),
  ),
  'df.flag.start-period': buildRun(
    'health',
    'Start-up time during which failed checks do not count toward retries (0s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.start_period'),
    inKubernetes('probe initialDelaySeconds / startupProbe'),
  ),
  'df.flag.start-interval': buildRun(
    'health',
    'Time between health checks during the start period (5s by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.start_interval'),
    inKubernetes('startupProbe periodSeconds'),
  ),
  'df.flag.retries': buildRun(
    'health',
    'How many failed checks in a row mark the container unhealthy (3 by default).',
    'healthcheck-probes',
    inCompose('services.*.healthcheck.retries'),
    inKubernetes('probe failureThreshold'),
  ),
};

const directives: EntryTable = {
  'df.directive.syntax': buildRun(
    'build',
    'Names the Dockerfile frontend image, and so the syntax version, that the builder uses to read this file.',
    'image',
  ),
  'df.directive.escape': buildRun(
    'build',
    'Sets the escape character of this file: backslash by default, often a backtick in Windows Dockerfiles.',
    'image',
  ),
  'df.directive.check': buildRun(
    'build',
    'Configures build checks for this file: which ones to skip and whether a warning fails the build.',
    'image',
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

export const dockerfileNotes: DockerfileNotes = {
  nonFinalStage: {
    CMD: { text: 'This CMD never reaches a running container: only the final stage becomes the image, and it does not build on this stage.', source: '' },
    ENTRYPOINT: { text: 'This ENTRYPOINT never reaches a running container: only the final stage becomes the image, and it does not build on this stage.', source: '' },
    EXPOSE: { text: 'This EXPOSE is lost: only the final stage becomes the image, so its port metadata comes from that stage alone.', source: '' },
    HEALTHCHECK: { text: 'This HEALTHCHECK is never run: only the final stage becomes the image, and it does not build on this stage.', source: '' },
    USER: { text: 'This USER only affects the later RUN steps of this stage; the running container takes its user from the final stage.', source: '' },
    WORKDIR: { text: "This WORKDIR only affects later steps of this stage; the running container's directory comes from the final stage.", source: '' },
    ENV: { text: 'These variables only reach later steps of this stage; files copied out of it with COPY --from do not carry them.', source: '' },
    VOLUME: { text: 'This VOLUME is lost: only the final stage becomes the image, so no container gets a volume here.', source: '' },
    STOPSIGNAL: { text: 'This STOPSIGNAL is lost: only the final stage becomes the image, and it does not build on this stage.', source: '' },
    LABEL: { text: 'This LABEL is lost: only the final stage becomes the image, so its metadata comes from that stage alone.', source: '' },
    MAINTAINER: { text: 'This MAINTAINER is lost: only the final stage becomes the image, so its metadata comes from that stage alone.', source: '' },
    ONBUILD: { text: 'This ONBUILD never reaches the image: only the final stage is kept, so builds that start FROM that image will not run it.', source: '' },
  },
  argBeforeFrom: { text: 'An ARG before the first FROM is visible only to FROM lines; declare ARG with the same name inside a stage to use it there.', source: '' },
  onbuild: { text: 'ONBUILD does nothing in this build: it is stored in the image and runs when another Dockerfile uses this image in FROM.', source: '' },
};
