// Guide and tables agree: every layer badge the contrast guide gives a named field is what the core answers for that
// field. The guide states layers in Markdown tables: a `Layer` column beside a place (`Where`, or a place as the first
// header) and code spans naming fields; or a table whose headers are all places, followed by "Every side: `badge`".
// Each field is written into a minimal file of its place and classified through the core's public entry point.
import * as assert from "node:assert/strict";
import { parse } from "yaml";
import guide from "../../src/guide/contrast.md";
import { classifyFile, SOURCE_PREFIXES, type ClassifiedField } from "../../src/core";

/** The three badges and what the core must answer for each. */
const BADGES: Record<string, { layer: string; orchestrator?: string }> = {
  "build/run · Docker layer": { layer: "build/run" },
  "schedule/scale · Kubernetes layer": {
    layer: "schedule/scale",
    orchestrator: "kubernetes",
  },
  "schedule/scale · Docker Swarm": {
    layer: "schedule/scale",
    orchestrator: "swarm",
  },
};

/** A place the guide names, and how to build a file that holds a field there. */
interface Place {
  file: string;
  /** The document the field is merged into, and the key path (from the root) under which it goes. */
  skeleton: () => Record<string, unknown>;
  at: string[];
}

const deployment = () => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "api" },
  spec: {
    selector: { matchLabels: { app: "api" } },
    template: {
      metadata: { labels: { app: "api" } },
      spec: { containers: [{ name: "api", image: "shop/api:2.3" }] },
    },
  },
});
const composeFile = () => ({ services: { api: { image: "shop/api:2.3" } } });

const YAML_PLACES: Record<string, Place> = {
  "Compose service": {
    file: "compose.yaml",
    skeleton: composeFile,
    at: ["services", "api"],
  },
  "Compose top level": { file: "compose.yaml", skeleton: composeFile, at: [] },
  "Compose deploy": {
    file: "compose.yaml",
    skeleton: composeFile,
    at: ["services", "api", "deploy"],
  },
  "Kubernetes workload": { file: "api.yaml", skeleton: deployment, at: [] },
  "Kubernetes pod": {
    file: "api.yaml",
    skeleton: deployment,
    at: ["spec", "template", "spec"],
  },
  "Kubernetes container": {
    file: "api.yaml",
    skeleton: deployment,
    at: ["spec", "template", "spec", "containers", "0"],
  },
};
/** Places whose fields the core does not read (command lines): the guide may badge them, nothing checks them. */
const UNREAD_PLACES = new Set(["docker run"]);
const ALL_PLACES = new Set([
  "Dockerfile",
  "Kubernetes object",
  ...Object.keys(YAML_PLACES),
  ...UNREAD_PLACES,
]);

/** One layer statement of the guide: this field, at this place, wears this badge. */
interface Statement {
  section: string;
  place: string;
  span: string;
  badge: string;
}

const codeSpans = (cell: string) =>
  [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(" | ")
    .map((c) => c.trim());
const isTableLine = (line: string) => line.trim().startsWith("|");
const badgeOf = (cell: string) =>
  codeSpans(cell).find((s) => s in BADGES) ?? cell;

/** Every layer statement in the guide's tables, section by section. */
function statements(text: string): Statement[] {
  const out: Statement[] = [];
  const lines = text.split("\n");
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    section = /^<a id="([^"]+)"><\/a>$/.exec(lines[i])?.[1] ?? section;
    if (!isTableLine(lines[i]) || (i > 0 && isTableLine(lines[i - 1])))
      continue;
    const header = cells(lines[i]);
    const rows: string[][] = [];
    for (i += 2; i < lines.length && isTableLine(lines[i]); i++)
      rows.push(cells(lines[i]));
    const layerAt = header.indexOf("Layer");
    if (layerAt >= 0) {
      for (const row of rows) {
        const [place, fields] =
          header[0] === "Where" ? [row[0], row[1]] : [header[0], row[0]];
        for (const span of codeSpans(fields))
          out.push({ section, place, span, badge: badgeOf(row[layerAt]) });
      }
    } else if (header.every((h) => ALL_PLACES.has(h))) {
      // A pair table: the badge for every column follows it as "Every side: `badge`".
      const rest = lines.slice(i, i + 3).join("\n");
      const badge =
        /^Every side: `([^`]+)`\.$/m.exec(rest)?.[1] ??
        '(no "Every side" line after the table)';
      for (const row of rows) {
        row.forEach((cell, col) =>
          codeSpans(cell).forEach((span) =>
            out.push({ section, place: header[col], span, badge }),
          ),
        );
      }
    }
  }
  return out;
}

/** Sets `value` at `path` inside `doc`, creating maps on the way (numeric segments index arrays that exist). */
function setPath(
  doc: Record<string, unknown>,
  path: string[],
  value: unknown,
): void {
  let node = doc as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/** The field a statement names, as classified in a minimal file of its place, with every field under it. */
function classify(s: Statement): { path: string; fields: ClassifiedField[] } {
  if (s.place === "Dockerfile") {
    const keyword = s.span.split(/\s+/)[0];
    const text =
      s.span === "FROM" ? "FROM alpine\n" : `FROM alpine\n${s.span}\n`;
    const fields = classifyFile("Dockerfile", text).fields.filter(
      (f) => f.path === keyword,
    );
    return { path: keyword, fields: fields.slice(-1) };
  }
  if (s.place === "Kubernetes object") {
    const text = `apiVersion: v1\nkind: ${s.span}\nmetadata: {name: api}\n`;
    return { path: "kind", fields: classifyFile("object.yaml", text).fields };
  }
  const place = YAML_PLACES[s.place];
  // `key: value` spans parse to one-key maps; a bare key is a field with no value. Dots in a key walk down maps.
  const parsed: unknown = parse(s.span);
  const [key, value] =
    parsed && typeof parsed === "object"
      ? Object.entries(parsed)[0]
      : [s.span, null];
  const keyPath = [...place.at, ...key.split(".")];
  const doc = place.skeleton();
  setPath(doc, keyPath, value);
  const path = keyPath
    .map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))
    .join("")
    .replace(/^\./, "");
  const under = classifyFile(place.file, JSON.stringify(doc, null, 2)).fields.filter(
    (f) =>
      f.path === path ||
      f.path.startsWith(`${path}.`) ||
      f.path.startsWith(`${path}[`),
  );
  return { path, fields: under };
}

/** Why a statement disagrees with the core, or undefined when it agrees. */
function disagreement(s: Statement): string | undefined {
  const want = BADGES[s.badge];
  if (!want) return `unknown badge "${s.badge}"`;
  if (!ALL_PLACES.has(s.place)) return `unknown place "${s.place}"`;
  const { path, fields } = classify(s);
  if (!fields.some((f) => f.path === path || s.place === "Kubernetes object"))
    return `the core found no field at ${path}`;
  const wrong = fields.filter(
    (f) =>
      f.inferred ||
      f.entry.layer !== want.layer ||
      (want.orchestrator ?? undefined) !== (f.entry.orchestrator ?? undefined),
  );
  if (wrong.length === 0) return undefined;
  return wrong
    .map(
      (f) =>
        `${f.path} is ${f.entry.layer}${f.entry.orchestrator ? ` · ${f.entry.orchestrator}` : ""}${f.inferred ? " (inferred)" : ""} (${f.entryId})`,
    )
    .join("; ");
}

describe("guide and tables agree", () => {
  const all = statements(guide);
  const checked = all.filter((s) => !UNREAD_PLACES.has(s.place));

  it("finds the layer statements of every table (and a badge for each)", () => {
    assert.ok(
      checked.length >= 60,
      `only ${checked.length} checkable statements found`,
    );
    const unbadged = all
      .filter((s) => !BADGES[s.badge])
      .map((s) => `${s.section}: ${s.span} → ${s.badge}`);
    assert.deepEqual(unbadged, []);
    // Every section that pairs fields across layers states at least one of them in a table.
    const sections = new Set(checked.map((s) => s.section));
    for (const id of [
      "image",
      "entrypoint-command",
      "cmd-args",
      "env",
      "ports",
      "user",
      "workdir",
      "healthcheck-probes",
      "requests-limits",
      "volumes",
      "replicas",
      "restart",
      "scheduling",
      "networking",
      "rollout",
      "config-secrets",
      "labels-metadata",
      "security",
      "jobs",
      "swarm-deploy",
    ]) {
      assert.ok(sections.has(id), `section ${id} states no layer in a table`);
    }
  });

  it("gives each field the layer (and orchestrator) that the core gives it", () => {
    const problems = checked.flatMap((s) => {
      const why = disagreement(s);
      return why
        ? [
            `${s.section} · ${s.place} \`${s.span}\` says ${s.badge}, but ${why}`,
          ]
        : [];
    });
    assert.deepEqual(problems, []);
  });

  it("ends every section with a Sources line citing primary documentation", () => {
    const bodies = guide.split(/^<a id="[^"]+"><\/a>$/m).slice(1);
    assert.ok(bodies.length > 20, "sections not found");
    for (const body of bodies) {
      const heading = /^## (.*)$/m.exec(body)?.[1];
      const last = body.trim().split("\n").pop() ?? "";
      assert.match(
        last,
        /^Sources: \[/,
        `section "${heading}" does not end with a Sources line`,
      );
      const urls = [...last.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map(
        (m) => m[1],
      );
      assert.ok(urls.length > 0, `section "${heading}" cites no page`);
      for (const url of urls)
        assert.ok(
          SOURCE_PREFIXES.some((p) => url.startsWith(p)),
          `${heading}: ${url}`,
        );
    }
  });
});
