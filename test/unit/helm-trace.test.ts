// Helm values traced through templates: each way a template can use `.Values` lands at the manifest field it renders.
import * as assert from 'node:assert/strict';
import { traceChart, type ChartFile, type TracedUse } from '../../src/core/helm/trace';
import { lines } from './helpers';

/** Where `values` (dotted) lands: `Kind path @line` strings, rendering uses only unless `conditions`. */
function landings(files: ChartFile[], values: string, conditions = false): string[] {
  return traceChart(files)
    .filter((u: TracedUse) => u.values.join('.') === values && u.condition === conditions)
    .map((u) => `${u.kind} ${u.path} @${u.template}:${u.line}`);
}

const POD_HEAD = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:'];

function deployment(...body: string[]): ChartFile {
  return { path: 'templates/deployment.yaml', text: lines(...POD_HEAD, ...body) };
}

describe('helm trace', () => {
  it('direct use inside a value lands at that field, with its line', () => {
    const files = [deployment('      containers:', '        - name: app', '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"')];
    assert.deepEqual(landings(files, 'image.repository'), ['Deployment spec.template.spec.containers[0].image @templates/deployment.yaml:10']);
    assert.deepEqual(landings(files, 'image.tag'), ['Deployment spec.template.spec.containers[0].image @templates/deployment.yaml:10']);
  });

  it('toYaml … | nindent lands at the key above the block, at the nindent column', () => {
    const files = [deployment('      nodeSelector:', '        {{- toYaml .Values.nodeSelector | nindent 8 }}', '      containers:', '        - name: app', '          resources:', '            {{- toYaml .Values.resources | nindent 12 }}')];
    assert.deepEqual(landings(files, 'nodeSelector'), ['Deployment spec.template.spec.nodeSelector @templates/deployment.yaml:9']);
    assert.deepEqual(landings(files, 'resources'), ['Deployment spec.template.spec.containers[0].resources @templates/deployment.yaml:13']);
  });

  it('with rebinds the dot; the with condition feeds the block it guards', () => {
    const files = [deployment('      {{- with .Values.tolerations }}', '      tolerations:', '        {{- toYaml . | nindent 8 }}', '      {{- end }}')];
    assert.deepEqual(landings(files, 'tolerations'), ['Deployment spec.template.spec.tolerations @templates/deployment.yaml:10']);
    assert.deepEqual(landings(files, 'tolerations', true), ['Deployment spec.template.spec.tolerations @templates/deployment.yaml:8']);
  });

  it('range rebinds the dot to each item (`*`), and $.Values still reaches the root', () => {
    const files = [deployment('      containers:', '        - name: app', '          env:', '          {{- range .Values.env }}', '            - name: {{ .name }}', '              value: {{ $.Values.prefix }}{{ .value | quote }}', '          {{- end }}')];
    assert.deepEqual(landings(files, 'env.*.name'), ['Deployment spec.template.spec.containers[0].env[0].name @templates/deployment.yaml:12']);
    assert.deepEqual(landings(files, 'env.*.value'), ['Deployment spec.template.spec.containers[0].env[0].value @templates/deployment.yaml:13']);
    assert.deepEqual(landings(files, 'prefix'), ['Deployment spec.template.spec.containers[0].env[0].value @templates/deployment.yaml:13']);
  });

  it('range with variables binds $v to each item', () => {
    const files = [deployment('      containers:', '        - name: app', '          env:', '          {{- range $k, $v := .Values.extraEnv }}', '            - name: {{ $k }}', '              value: {{ $v.text | quote }}', '          {{- end }}')];
    assert.deepEqual(landings(files, 'extraEnv.*.text'), ['Deployment spec.template.spec.containers[0].env[0].value @templates/deployment.yaml:13']);
  });

  it('tpl, default and required pass the value through', () => {
    const files = [deployment(
      '      serviceAccountName: {{ tpl .Values.sa.name . }}',
      '      priorityClassName: {{ default "low" .Values.priorityClassName }}',
      '      schedulerName: {{ required "set it" .Values.schedulerName }}',
    )];
    assert.deepEqual(landings(files, 'sa.name'), ['Deployment spec.template.spec.serviceAccountName @templates/deployment.yaml:8']);
    assert.deepEqual(landings(files, 'priorityClassName'), ['Deployment spec.template.spec.priorityClassName @templates/deployment.yaml:9']);
    assert.deepEqual(landings(files, 'schedulerName'), ['Deployment spec.template.spec.schedulerName @templates/deployment.yaml:10']);
  });

  it('variables bound with := carry the values they hold', () => {
    const files = [deployment('      {{- $aff := .Values.affinity }}', '      affinity: {{ toYaml $aff | nindent 8 }}')];
    assert.deepEqual(landings(files, 'affinity'), ['Deployment spec.template.spec.affinity @templates/deployment.yaml:9']);
  });

  it("include: what the define uses lands where the include stands, through nested includes", () => {
    const helpers = {
      path: 'templates/_helpers.tpl',
      text: lines(
        '{{- define "app.image" -}}',
        '{{ .Values.image.registry }}/{{ include "app.repo" . }}',
        '{{- end }}',
        '{{- define "app.repo" -}}',
        '{{ .Values.image.repository }}',
        '{{- end }}',
      ),
    };
    const files = [helpers, deployment('      containers:', '        - name: app', '          image: {{ include "app.image" . }}')];
    assert.deepEqual(landings(files, 'image.registry'), ['Deployment spec.template.spec.containers[0].image @templates/deployment.yaml:10']);
    assert.deepEqual(landings(files, 'image.repository'), ['Deployment spec.template.spec.containers[0].image @templates/deployment.yaml:10']);
  });

  it('a define reading the root through a dict (`.context.Values`) resolves too', () => {
    const helpers = { path: 'templates/_helpers.tpl', text: lines('{{- define "app.sa" -}}', '{{ .context.Values.serviceAccount.name }}', '{{- end }}') };
    const files = [helpers, deployment('      serviceAccountName: {{ include "app.sa" (dict "context" $) }}')];
    assert.deepEqual(landings(files, 'serviceAccount.name'), ['Deployment spec.template.spec.serviceAccountName @templates/deployment.yaml:8']);
  });

  it('a define from a library chart that is not vendored (common): its .Values arguments land at the include', () => {
    const files = [deployment(
      '      affinity:',
      '        {{- include "common.affinities.nodes" (dict "type" .Values.nodeAffinityPreset.type "key" .Values.nodeAffinityPreset.key "context" $) | nindent 8 }}',
      '      containers:',
      '        - name: app',
      '          image: {{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}',
    )];
    assert.deepEqual(landings(files, 'nodeAffinityPreset.type'), ['Deployment spec.template.spec.affinity @templates/deployment.yaml:9']);
    assert.deepEqual(landings(files, 'image'), ['Deployment spec.template.spec.containers[0].image @templates/deployment.yaml:12']);
  });

  it('a vendored library chart (charts/common) supplies its defines', () => {
    const common = { path: 'charts/common/templates/_names.tpl', text: lines('{{- define "common.names.fullname" -}}', '{{ .Values.fullnameOverride | default .Chart.Name }}', '{{- end }}') };
    const files = [common, { path: 'templates/svc.yaml', text: lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: {{ include "common.names.fullname" . }}', 'spec:', '  ports:', '    - port: {{ .Values.service.port }}') }];
    assert.deepEqual(landings(files, 'fullnameOverride'), ['Service metadata.name @templates/svc.yaml:4']);
    assert.deepEqual(landings(files, 'service.port'), ['Service spec.ports[0].port @templates/svc.yaml:7']);
  });

  it('an if around a whole object feeds its contents, not apiVersion/kind/metadata', () => {
    const files = [{ path: 'templates/hpa.yaml', text: lines('{{- if .Values.autoscaling.enabled }}', 'apiVersion: autoscaling/v2', 'kind: HorizontalPodAutoscaler', 'metadata:', '  name: web', 'spec:', '  minReplicas: {{ .Values.autoscaling.minReplicas }}', '{{- end }}') }];
    assert.deepEqual(landings(files, 'autoscaling.enabled', true), ['HorizontalPodAutoscaler spec @templates/hpa.yaml:1']);
    assert.deepEqual(landings(files, 'autoscaling.minReplicas'), ['HorizontalPodAutoscaler spec.minReplicas @templates/hpa.yaml:7']);
  });

  it('a block include at sibling level lands in the map it is spread into; the documents stay apart', () => {
    const files = [{
      path: 'templates/both.yaml',
      text: lines('apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: a', '---', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: b', '  labels:', '    app: b', '    {{- toYaml .Values.extraLabels | nindent 4 }}', '{{ toYaml .Values.top }}'),
    }];
    assert.deepEqual(landings(files, 'extraLabels'), ['Service metadata.labels @templates/both.yaml:12']);
    assert.deepEqual(landings(files, 'top'), []);
  });

  it('defines are not rendered where they are written; NOTES.txt and _helpers are not manifests', () => {
    const files = [
      { path: 'templates/_helpers.tpl', text: lines('{{- define "x" }}', 'replicas: {{ .Values.unused }}', '{{- end }}') },
      { path: 'templates/NOTES.txt', text: '{{ .Values.notes }}' },
    ];
    assert.deepEqual(traceChart(files), []);
  });

  it('survives odd templates: unclosed actions, comments with braces, strings holding }}', () => {
    const files = [deployment('      {{/* a comment */}}', '      hostname: {{ printf "}}%s" .Values.host }}', '      subdomain: {{ .Values.sub')];
    assert.deepEqual(landings(files, 'host'), ['Deployment spec.template.spec.hostname @templates/deployment.yaml:9']);
    assert.deepEqual(landings(files, 'sub'), []);
  });

  it("an include spread among a map's keys lands at the keys its define writes; an unknown define gives no answer", () => {
    const helpers = { path: 'templates/_helpers.tpl', text: lines('{{- define "app.pullSecrets" -}}', 'imagePullSecrets:', '  - name: {{ .Values.image.pullSecret }}', '{{- end }}') };
    const files = [helpers, deployment(
      '      {{- include "app.pullSecrets" . | nindent 6 }}',
      '      {{- include "common.images.renderPullSecrets" (dict "images" (list .Values.image) "context" $) | nindent 6 }}',
      '      hostname: web',
    )];
    assert.deepEqual(landings(files, 'image.pullSecret'), ['Deployment spec.template.spec.imagePullSecrets[0].name @templates/deployment.yaml:8']);
    assert.deepEqual(landings(files, 'image'), []);
  });

  it('`key: {{ include … | nindent N }}` followed by more of its block keeps those lines under the key', () => {
    const files = [deployment(
      '      containers:',
      '        - name: app',
      '          livenessProbe: {{- include "common.tplvalues.render" (dict "value" (omit .Values.livenessProbe "enabled") "context" $) | nindent 12 }}',
      '            tcpSocket:',
      '              port: {{ .Values.containerPorts.http }}',
    )];
    assert.deepEqual(landings(files, 'livenessProbe'), ['Deployment spec.template.spec.containers[0].livenessProbe @templates/deployment.yaml:10']);
    assert.deepEqual(landings(files, 'containerPorts.http'), ['Deployment spec.template.spec.containers[0].livenessProbe.tcpSocket.port @templates/deployment.yaml:12']);
  });

  it('a workload whose kind is templated is read through its pod template, and named as written', () => {
    const files = [{ path: 'templates/app.yaml', text: lines('apiVersion: apps/v1', 'kind: {{ .Values.master.kind }}', 'metadata:', '  name: r', 'spec:', '  template:', '    spec:', '      nodeSelector: {{ toYaml .Values.master.nodeSelector | nindent 8 }}') }];
    assert.deepEqual(landings(files, 'master.nodeSelector'), ['{{ .Values.master.kind }} spec.template.spec.nodeSelector @templates/app.yaml:8']);
    assert.equal(traceChart(files).find((u) => u.values.join('.') === 'master.nodeSelector')?.layer, 'schedule/scale');
  });

  it('an unknown include spread among the keys of a map without a shape (annotations) lands at that map', () => {
    const text = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    metadata:', '      annotations:', '        {{- include "common.tplvalues.render" (dict "value" .Values.podAnnotations "context" $) | nindent 8 }}', '        checksum/config: abc');
    assert.deepEqual(landings([{ path: 'templates/deployment.yaml', text }], 'podAnnotations'), ['Deployment spec.template.metadata.annotations @templates/deployment.yaml:9']);
  });

  it('an include of a define whose body is YAML: each use inside lands at the field of the body it fills', () => {
    const helpers = { path: 'templates/_helpers.tpl', text: lines(
      '{{- define "app.podSpec" -}}',
      'serviceAccountName: {{ .Values.sa }}',
      '{{- with .Values.nodeSelector }}',
      'nodeSelector:',
      '  {{- toYaml . | nindent 2 }}',
      '{{- end }}',
      'containers:',
      '  - name: app',
      '    image: {{ .Values.image.repository }}',
      '{{- end }}',
    ) };
    const files = [helpers, deployment('      {{- include "app.podSpec" . | nindent 6 }}')];
    assert.deepEqual(landings(files, 'sa'), ['Deployment spec.template.spec.serviceAccountName @templates/deployment.yaml:8']);
    assert.deepEqual(landings(files, 'nodeSelector'), ['Deployment spec.template.spec.nodeSelector @templates/deployment.yaml:8']);
    assert.deepEqual(landings(files, 'image.repository'), ['Deployment spec.template.spec.containers[0].image @templates/deployment.yaml:8']);
  });

  it("a vendored subchart's templates read the parent's values under the subchart's name; global stays global", () => {
    const files = [{ path: 'charts/crds/templates/job.yaml', text: lines('apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: j', 'spec:', '  template:', '    spec:', '      nodeSelector: {{ toYaml .Values.upgradeJob.nodeSelector | nindent 8 }}', '      priorityClassName: {{ .Values.global.priorityClassName }}') }];
    assert.deepEqual(landings(files, 'crds.upgradeJob.nodeSelector'), ['Job spec.template.spec.nodeSelector @charts/crds/templates/job.yaml:8']);
    assert.deepEqual(landings(files, 'global.priorityClassName'), ['Job spec.template.spec.priorityClassName @charts/crds/templates/job.yaml:9']);
  });
});

