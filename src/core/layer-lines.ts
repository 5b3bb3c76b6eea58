// Which layer each line belongs to, for the editor's "Show Layers" marks: a line is marked with the layer of the
// field whose key (or Dockerfile instruction keyword) starts on it. Lines holding no key — block scalar text, list
// values, comments, Dockerfile continuation lines — stay unmarked, so a mark always points at a field. A line
// holding keys of both layers (a flow map: `resources: {limits: …, requests: …}`) takes the layer of its first
// key, the one the eye reads first and a hover at the line's start explains.
import type { ClassifiedFile } from './classify-file';
import { LAYERS, type Layer } from './types';

/** 0-based line numbers per layer, each list ascending and no line in both. */
export type LayerLines = Record<Layer, number[]>;

export function layerLines(file: Pick<ClassifiedFile, 'fields' | 'lines'>): LayerLines {
  // line → the layer of the key starting earliest on it
  const first = new Map<number, { at: number; layer: Layer }>();
  for (const f of file.fields) {
    const line = file.lines.positionAt(f.keyStart).line;
    const seen = first.get(line);
    if (!seen || f.keyStart < seen.at) first.set(line, { at: f.keyStart, layer: f.entry.layer });
  }
  const result = Object.fromEntries(LAYERS.map((l) => [l, [] as number[]])) as LayerLines;
  for (const [line, { layer }] of first) result[layer].push(line);
  for (const l of LAYERS) result[l].sort((a, b) => a - b);
  return result;
}
