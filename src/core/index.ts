// The core's public face: everything the extension, the CLI and the benchmarks use. Pure: no vscode, no fs.
export * from './types';
export { classifyFile, BINARY_REASON, DEFAULT_MAX_BYTES, tooLargeReason, type ClassifiedFile, type ClassifyFileOptions, type Problem } from './classify-file';
export { recognize, kindFromName, kindFromYamlContent, baseName, looksLikeJsonPatch, isHelmValuesName } from './recognize';
export { patchFileRefs, type PatchFileRef } from './kustomize/kustomization';
export type { PatchTarget } from './kustomize/json-patch';
export { traceChart, isRenderedTemplate, type ChartFile, type TracedUse } from './helm/trace';
export { valueFieldAt, type Feed, type ValueField, type ValueLayer } from './helm/values';
export { fieldAt, type FieldAt } from './query';
export { layerLines, type LayerLines } from './layer-lines';
export { LAYERS, GUIDE_IDS } from './types';
export { buildReport, toReportField, type Report, type ReportField, type ReportNote } from './report';
export { LineIndex, type Position } from './text';
export { updateFile, type UpdateFileOptions } from './update-file';
export { applyEdits, type TextEdit } from './edits';
