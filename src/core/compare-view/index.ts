// The Compare Runners view's pure half: the page (html.ts) and the check of what the page sends back (message.ts).
export { comparisonHtml, escapeHtml, FIELD_TITLES, linkedLines, rowsByLayer, type CompareHtmlOptions } from './html';
export { parseViewMessage, type OpenMessage } from './message';
