// Turns the Kubernetes OpenAPI (swagger 2.0) definitions into the one JSON Schema the yaml-language-server peer
// is given, shaped like the `all.json` that yaml-language-server uses for Kubernetes by default: a root `oneOf`
// over every object kind, `apiVersion`/`kind` pinned by `enum` per kind, IntOrString as string-or-integer.
// Run once by hand (see README.md); the output is stored so the benchmark needs no network.
//   node bench/schemas/build-k8s-schema.mjs path/to/swagger-1.13.json.gz > bench/schemas/kubernetes-1.13.json
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const file = process.argv[2];
const raw = readFileSync(file);
const swagger = JSON.parse(file.endsWith('.gz') ? gunzipSync(raw) : raw);
const definitions = structuredClone(swagger.definitions);

definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString'] = {
  ...definitions['io.k8s.apimachinery.pkg.util.intstr.IntOrString'],
  type: undefined,
  format: undefined,
  oneOf: [{ type: 'string' }, { type: 'integer' }],
};

const kinds = [];
for (const [id, def] of Object.entries(definitions)) {
  const gvks = def['x-kubernetes-group-version-kind'];
  if (!gvks || !def.properties?.kind || !def.properties?.apiVersion) continue;
  const apiVersions = [...new Set(gvks.map((g) => (g.group ? `${g.group}/${g.version}` : g.version)))];
  const kindNames = [...new Set(gvks.map((g) => g.kind))];
  def.properties.apiVersion = { ...def.properties.apiVersion, enum: apiVersions };
  def.properties.kind = { ...def.properties.kind, enum: kindNames };
  kinds.push({ $ref: `#/definitions/${id}` });
}

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $comment: `Kubernetes ${swagger.info.version} object schemas, from the OpenAPI definitions shipped in the npm package kubernetes-client@9.0.0 (lib/specs). See README.md.`,
  oneOf: kinds,
  definitions,
};
process.stdout.write(JSON.stringify(schema));
