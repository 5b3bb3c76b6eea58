// The entry of the second bundle, out/core.js: everything the extension loads on first use rather than at
// activation (see lazy-core.ts). Only lazy-core.ts may reach it, through require('./core.js').
export * as core from '../core';
export * as images from '../core/images';
export * as reportText from '../core/format/report-text';
export * as hoverText from '../core/format/hover';
export * as runners from '../core/runners';
export * as compareView from '../core/compare-view';
