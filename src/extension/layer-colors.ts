// The theme colors of the layer marks (package.json `contributes.colors`), apart from the painter so the
// integration tests can check them against the manifest without loading the core.
import type { Layer } from '../core/types';

export const LAYER_COLORS: Record<Layer, string> = {
  'build/run': 'layerLens.buildRunForeground',
  'schedule/scale': 'layerLens.scheduleScaleForeground',
};
