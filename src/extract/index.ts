export { extractHtml, DEFAULT_MAX_BYTES, type ExtractInput, type ExtractOptions } from './extract-html.ts';
export { extractPlainText, type PlainTextInput } from './plain-text.ts';
export { decodeBytes, sniffBinary } from './decode.ts';
export { normalizeDate, dateFromUrl } from './published-date.ts';
