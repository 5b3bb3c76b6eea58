// All layer knowledge, merged for lookup, and the public entry point of the tables. The rows are data in the
// family folders beside this file: kubernetes/, compose/, dockerfile/, kustomize/; cross-layer notes in cross-notes.ts.
import type { EntryTable, LayerEntry, ShapeTable } from '../types';
import { kubernetesEntries, kubernetesEntriesWithoutCounterparts } from './kubernetes/entries';
import { kubernetesShapes, kubernetesKinds } from './kubernetes/shapes';
import { composeEntries } from './compose/entries';
import { composeShapes } from './compose/shapes';
import { dockerfileEntries } from './dockerfile/entries';
import { dockerfileNotes } from './dockerfile/notes';
import { kustomizeEntries, kustomizeEntriesWithoutCounterparts } from './kustomize/entries';
import { kustomizeShapes } from './kustomize/shapes';

export const entries: EntryTable = { ...kubernetesEntries, ...composeEntries, ...dockerfileEntries, ...kustomizeEntries };
export const shapes: ShapeTable = { ...kubernetesShapes, ...composeShapes, ...kustomizeShapes };
export { kubernetesKinds, dockerfileNotes };
// Each family's own table, for the tests that check a family's rows.
export { kubernetesEntries, kubernetesEntriesWithoutCounterparts, kubernetesShapes, composeEntries, composeShapes, dockerfileEntries };
export { kustomizeEntries, kustomizeEntriesWithoutCounterparts, kustomizeShapes };
export { crossNotes, crossLayerNote } from './cross-notes';

/** The entry for an id; a missing id is a table bug, so fail loudly in tests rather than answer wrongly. */
export function entry(id: string): LayerEntry {
  const e = entries[id];
  if (!e) throw new Error(`Layer Lens table has no entry '${id}'`);
  return e;
}
