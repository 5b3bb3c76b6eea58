// Seeded generators for the benchmark workloads: the same seed gives the same text on every machine, so runs
// compare. Nothing here is random at run time: `rng(seed)` is a small PRNG (mulberry32).

/** A PRNG returning floats in [0, 1), and helpers that draw from it. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const WORDS = ['cart', 'checkout', 'search', 'auth', 'billing', 'catalog', 'mailer', 'gateway', 'ledger', 'profile',
  'render', 'queue', 'report', 'media', 'notify', 'pricing', 'export', 'import', 'audit', 'session'];
const BASES = ['node:20-alpine', 'python:3.12-slim', 'golang:1.22', 'eclipse-temurin:21-jre', 'nginx:1.27',
  'debian:bookworm-slim', 'alpine:3.20', 'redis:7', 'postgres:16', 'gcr.io/distroless/static:nonroot'];

/** `app-name-7`-style names, distinct enough that maps do not repeat keys. */
function nameOf(r, i) {
  return `${r.pick(WORDS)}-${r.pick(WORDS)}-${i}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes manifests

function deployment(r, i) {
  const name = nameOf(r, i);
  const L = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    `  namespace: team-${r.int(1, 9)}`,
    '  labels:',
    `    app.kubernetes.io/name: ${name}`,
    `    app.kubernetes.io/version: "1.${r.int(0, 40)}.${r.int(0, 9)}"`,
    '  annotations:',
    `    deployment.kubernetes.io/revision: "${r.int(1, 90)}"`,
    'spec:',
    `  replicas: ${r.int(1, 12)}`,
    `  revisionHistoryLimit: ${r.int(2, 10)}`,
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${name}`,
    '  strategy:',
    '    type: RollingUpdate',
    '    rollingUpdate:',
    `      maxSurge: ${r.int(1, 3)}`,
    '      maxUnavailable: 0',
    '  template:',
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${name}`,
    '    spec:',
    `      serviceAccountName: ${name}`,
    `      terminationGracePeriodSeconds: ${r.int(10, 60)}`,
    '      securityContext:',
    '        runAsNonRoot: true',
    `        runAsUser: ${r.int(1000, 2000)}`,
  ];
  if (r.chance(0.5)) {
    L.push('      nodeSelector:', `        kubernetes.io/arch: ${r.pick(['amd64', 'arm64'])}`);
  }
  if (r.chance(0.4)) {
    L.push(
      '      tolerations:',
      '        - key: dedicated',
      '          operator: Equal',
      `          value: ${r.pick(WORDS)}`,
      '          effect: NoSchedule',
    );
  }
  if (r.chance(0.3)) {
    L.push(
      '      affinity:',
      '        podAntiAffinity:',
      '          preferredDuringSchedulingIgnoredDuringExecution:',
      '            - weight: 100',
      '              podAffinityTerm:',
      '                topologyKey: kubernetes.io/hostname',
      '                labelSelector:',
      '                  matchLabels:',
      `                    app.kubernetes.io/name: ${name}`,
    );
  }
  L.push('      containers:');
  const containers = r.int(1, 3);
  for (let c = 0; c < containers; c++) L.push(...container(r, c === 0 ? name : `${name}-side${c}`));
  L.push(
    '      volumes:',
    '        - name: config',
    '          configMap:',
    `            name: ${name}-config`,
    '        - name: tmp',
    '          emptyDir: {}',
  );
  return L;
}

function container(r, name) {
  const port = r.pick([80, 8080, 3000, 5000, 9090]);
  const L = [
    `        - name: ${name}`,
    `          image: registry.example.com/${name}:${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`,
    `          imagePullPolicy: ${r.pick(['IfNotPresent', 'Always'])}`,
  ];
  if (r.chance(0.5)) L.push('          command: ["/app/server"]');
  if (r.chance(0.5)) L.push(`          args: ["--port=${port}", "--log-level=${r.pick(['info', 'debug'])}"]`);
  L.push('          ports:', `            - name: http`, `              containerPort: ${port}`, '              protocol: TCP');
  L.push('          env:');
  for (let e = r.int(2, 6); e > 0; e--) {
    if (r.chance(0.7)) {
      L.push(`            - name: ${r.pick(WORDS).toUpperCase()}_${e}`, `              value: "${r.int(0, 99999)}"`);
    } else {
      L.push(
        `            - name: SECRET_${e}`,
        '              valueFrom:',
        '                secretKeyRef:',
        `                  name: ${name}-secret`,
        `                  key: key${e}`,
      );
    }
  }
  L.push(
    '          resources:',
    '            requests:',
    `              cpu: ${r.int(50, 500)}m`,
    `              memory: ${r.int(64, 512)}Mi`,
    '            limits:',
    `              cpu: ${r.int(500, 2000)}m`,
    `              memory: ${r.int(512, 2048)}Mi`,
    '          livenessProbe:',
    '            httpGet:',
    '              path: /healthz',
    `              port: ${port}`,
    `            initialDelaySeconds: ${r.int(5, 30)}`,
    `            periodSeconds: ${r.int(5, 20)}`,
    '          readinessProbe:',
    '            httpGet:',
    '              path: /ready',
    `              port: ${port}`,
    `            failureThreshold: ${r.int(1, 5)}`,
    '          volumeMounts:',
    '            - name: config',
    '              mountPath: /etc/app',
    '              readOnly: true',
    '            - name: tmp',
    '              mountPath: /tmp',
    '          securityContext:',
    '            allowPrivilegeEscalation: false',
    '            readOnlyRootFilesystem: true',
  );
  return L;
}

function service(r, i) {
  const name = nameOf(r, i);
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    '  labels:',
    `    app.kubernetes.io/name: ${name}`,
    'spec:',
    `  type: ${r.pick(['ClusterIP', 'ClusterIP', 'NodePort', 'LoadBalancer'])}`,
    '  selector:',
    `    app.kubernetes.io/name: ${name}`,
    '  ports:',
    '    - name: http',
    `      port: ${r.pick([80, 443, 8080])}`,
    `      targetPort: ${r.pick([80, 8080, 3000])}`,
    '      protocol: TCP',
  ];
}

function configMap(r, i, dataLines) {
  const name = nameOf(r, i);
  const L = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${name}-config`, 'data:'];
  for (let d = 0; d < dataLines; d++) L.push(`  ${r.pick(WORDS)}.setting.${d}: "${r.int(0, 1e6)}"`);
  return L;
}

/**
 * A multi-document manifest of exactly `lines` lines (documents separated by `---`): mostly Deployments,
 * with Services and ConfigMaps between; a final ConfigMap pads to the exact count.
 */
export function manifests(lines, seed = 1) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; ; i++) {
    const roll = r.next();
    const doc = roll < 0.55 ? deployment(r, i) : roll < 0.85 ? service(r, i) : configMap(r, i, r.int(3, 12));
    // Room left for this document, its separator and a closing ConfigMap (5 lines of head + 1 data line).
    if (out.length + 1 + doc.length + 1 + 6 > lines) {
      const rest = lines - out.length - (out.length > 0 ? 1 : 0) - 5;
      if (out.length > 0) out.push('---');
      out.push(...configMap(r, i, Math.max(0, rest)));
      break;
    }
    if (out.length > 0) out.push('---');
    out.push(...doc);
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Dockerfile

function stage(r, s, name, prev) {
  const L = [`# stage ${s}: ${name}`, `FROM ${r.pick(BASES)} AS ${name}`, `ARG VERSION_${s}=1.${r.int(0, 9)}`];
  L.push(`ENV APP_HOME=/opt/${name} \\`, `    PATH=/opt/${name}/bin:$PATH \\`, `    LANG=C.UTF-8`);
  L.push(`WORKDIR /opt/${name}`, `LABEL org.opencontainers.image.title="${name}" stage="${s}"`);
  if (prev) L.push(`COPY --from=${prev} /opt/${prev}/bin/ ./bin/`);
  L.push(`COPY --chown=${r.int(1000, 2000)}:${r.int(1000, 2000)} src/${name}/ ./src/`);
  L.push(
    'RUN --mount=type=cache,target=/var/cache/apt set -eux; \\',
    '    apt-get update; \\',
    `    apt-get install -y --no-install-recommends ${r.pick(['curl', 'git', 'make', 'gcc'])} ca-certificates; \\`,
    '    rm -rf /var/lib/apt/lists/*',
  );
  for (let k = r.int(1, 4); k > 0; k--) L.push(`RUN ./build.sh --target ${r.pick(WORDS)} --jobs ${r.int(1, 8)}`);
  if (r.chance(0.5)) L.push(`EXPOSE ${r.pick([80, 8080, 3000])}/tcp`);
  if (r.chance(0.5)) L.push(`USER ${r.int(1000, 2000)}:${r.int(1000, 2000)}`);
  if (r.chance(0.4)) {
    L.push(`HEALTHCHECK --interval=${r.int(5, 60)}s --timeout=3s \\`, `  CMD curl -f http://localhost/health || exit 1`);
  }
  if (r.chance(0.3)) L.push(`VOLUME ["/opt/${name}/data"]`);
  L.push(r.chance(0.5) ? `ENTRYPOINT ["/opt/${name}/bin/start"]` : `CMD ["/opt/${name}/bin/start", "--serve"]`);
  L.push('');
  return L;
}

/** A multi-stage Dockerfile of exactly `lines` lines, each stage copying from the one before. */
export function dockerfile(lines, seed = 2) {
  const r = rng(seed);
  const out = ['# syntax=docker/dockerfile:1', '# escape=\\', 'ARG BASE_TAG=latest', ''];
  let prev;
  for (let s = 0; ; s++) {
    const name = `${r.pick(WORDS)}${s}`;
    const st = stage(r, s, name, prev);
    if (out.length + st.length > lines) break;
    out.push(...st);
    prev = name;
  }
  while (out.length < lines) out.push(`RUN echo pad-${out.length}`);
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Workspace for the image index

/**
 * A workspace of `count` files: per service a Dockerfile (some FROM images built elsewhere in the workspace),
 * a Compose file, Kubernetes manifests and a build script with `docker build -t …`. Some runs drift from what
 * is built (another tag, `:latest`), some Dockerfiles carry a HEALTHCHECK and some Compose builds have no
 * `image:`, so the index's rules have findings to report. Returns `[{path, text}]`.
 */
export function workspace(count = 2000, seed = 3) {
  const r = rng(seed);
  const files = [];
  const built = [];
  for (let i = 0; files.length < count; i++) {
    const svc = `${r.pick(WORDS)}-${i}`;
    const image = `registry.example.com/team/${svc}`;
    const major = r.int(1, 5);
    const minor = r.int(0, 20);
    const tag = `${major}.${minor}`;
    const base = built.length > 0 && r.chance(0.3) ? `${r.pick(built)}` : r.pick(BASES);
    const dir = `services/${svc}`;
    const kind = i % 4;
    const roll = r.next();
    const runTag = roll < 0.15 ? `${major}.${minor + 1}` : roll < 0.25 ? 'latest' : tag;
    if (kind === 0 || kind === 1) {
      const health = r.chance(0.3) ? ['HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1'] : [];
      files.push({
        path: `${dir}/Dockerfile`,
        text: [`FROM ${base} AS build`, 'WORKDIR /src', 'COPY . .', 'RUN make', `FROM ${r.pick(BASES)}`,
          'COPY --from=build /src/out /app', 'USER 1000', ...health, 'ENTRYPOINT ["/app/run"]', ''].join('\n'),
      });
    }
    if (kind === 0 || kind === 2) {
      const named = r.chance(0.8) ? [`    image: ${image}:${tag}`] : [];
      files.push({
        path: `${dir}/compose.yaml`,
        text: ['services:', `  ${svc}:`, '    build:', '      context: .', ...named, '    ports:',
          `      - "${r.int(3000, 9000)}:8080"`, `  ${svc}-db:`, `    image: ${r.pick(BASES)}`, ''].join('\n'),
      });
    }
    if (kind !== 3 || r.chance(0.5)) {
      files.push({ path: `deploy/${svc}.yaml`, text: manifestFor(svc, `${image}:${runTag}`) });
    }
    files.push({
      path: `scripts/build-${svc}.sh`,
      text: ['#!/bin/sh', 'set -eu', `docker build -t ${image}:${tag} ${dir}`, `docker push ${image}:${tag}`, ''].join('\n'),
    });
    built.push(`${image}:${tag}`);
  }
  return files.slice(0, count);
}

function manifestFor(name, image) {
  return ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', '  replicas: 2',
    '  selector:', '    matchLabels:', `      app: ${name}`, '  template:', '    metadata:', '      labels:',
    `        app: ${name}`, '    spec:', '      containers:', `        - name: ${name}`, `          image: ${image}`,
    '          ports:', '            - containerPort: 8080', ''].join('\n');
}

// `node bench/generate.mjs manifests 10000 > x.yaml` prints one workload, for a look at what is measured.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [what, n] = process.argv.slice(2);
  if (what === 'manifests') process.stdout.write(manifests(Number(n ?? 1000)));
  else if (what === 'dockerfile') process.stdout.write(dockerfile(Number(n ?? 2000)));
  else if (what === 'workspace') for (const f of workspace(Number(n ?? 2000))) console.log(f.path);
  else console.error('usage: node bench/generate.mjs manifests|dockerfile|workspace [n]');
}
