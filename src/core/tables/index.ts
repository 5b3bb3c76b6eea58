// All layer knowledge, merged for lookup. The tables themselves are data in the files beside this one.
import type { EntryTable, LayerEntry, ShapeTable } from '../types';
import { kubernetesEntries } from './kubernetes-entries';
import { kubernetesShapes, kubernetesKinds } from './kubernetes-shapes';
import { composeEntries } from './compose-entries';
import { composeShapes } from './compose-shapes';
import { dockerfileEntries, dockerfileNotes } from './dockerfile';

export const entries: EntryTable = { ...kubernetesEntries, ...composeEntries, ...dockerfileEntries };
export const shapes: ShapeTable = { ...kubernetesShapes, ...composeShapes };
export { kubernetesKinds, dockerfileNotes };

/** The entry for an id; a missing id is a table bug, so fail loudly in tests rather than answer wrongly. */
export function entry(id: string): LayerEntry {
  const e = entries[id];
  if (!e) throw new Error(`Layer Lens table has no entry '${id}'`);
  return e;
}
