// The shapes Helm tracing speaks: a chart's files in, traced uses and values keys out. Types only.
import type { FieldSpan, Layer, ValueLayer } from '../types';

export type { ValueLayer };

/** A file of the chart, its path relative to the chart folder with `/` separators (`templates/deployment.yaml`). */
export interface ChartFile {
  path: string;
  text: string;
}

/** One place a values key lands. */
export interface TracedUse {
  /** The values path used (`*` for any item of a ranged list or map). */
  values: string[];
  template: string;
  /** 1-based line of the action. */
  line: number;
  kind: string;
  path: string;
  entryId: string;
  layer: Layer;
  /** The key only decides whether (or how often) this field exists: an `if`, `with` or `range` around it. */
  condition: boolean;
  /** The shape of the field, when the value is rendered into a field that has one (a map rendered with `toYaml`). */
  shapeId?: string;
  /** The value's keys are spread among the keys of the map at `path` (`toYaml` at a sibling's column). */
  spread?: boolean;
}


/** One manifest field a values key feeds: the JSON contract's `feeds` item, plus its layer. */
export interface Feed {
  template: string;
  line: number;
  kind: string;
  path: string;
  layer: Layer;
  /** Present (true) when the key only decides whether the field exists (`if`, `with`, `range`). */
  condition?: boolean;
}

/** A values key; its `path` is written as the classifier writes paths (`resources.limits.cpu`, `tolerations[0].key`). */
export interface ValueField extends FieldSpan {
  layer: ValueLayer;
  feeds: Feed[];
}
