// Document symbols grouped by layer: one symbol per layer present, its fields inside in document order, so an
// outline shows at a glance what the file builds and runs and what it schedules and scales.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { ClassifiedFile } from '../core/classify-file';
import { LAYERS } from '../core/types';
import { rangeIn } from './locations';

export function layerSymbols(analysis: ClassifiedFile): DocumentSymbol[] {
  const text = analysis.text;
  return LAYERS.flatMap((layer) => {
    const fields = analysis.fields.filter((f) => f.entry.layer === layer);
    if (fields.length === 0) return [];
    const children: DocumentSymbol[] = fields.map((f) => ({
      name: f.path || f.key || ' ',
      detail: f.resource,
      kind: analysis.kind === 'dockerfile' ? SymbolKind.Function : SymbolKind.Field,
      range: rangeIn(text, f.keyStart, Math.max(f.keyEnd, f.valueEnd ?? 0)),
      selectionRange: rangeIn(text, f.keyStart, f.keyEnd),
    }));
    const start = Math.min(...fields.map((f) => f.keyStart));
    const end = Math.max(...fields.map((f) => Math.max(f.keyEnd, f.valueEnd ?? 0)));
    const first = children[0].selectionRange;
    return [{ name: layer, detail: `${fields.length} field${fields.length === 1 ? "" : "s"}`, kind: SymbolKind.Namespace, range: rangeIn(text, start, end), selectionRange: first, children }];
  });
}
