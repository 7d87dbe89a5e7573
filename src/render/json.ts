/**
 * `JSON.stringify(value, null, indent)` in pieces, for a value too large to hold as one string beside itself: the
 * brief of 2,000 articles is ~46 MB of JSON, which as one string (two bytes a character once any text has a curly
 * quote) plus the garbage of building it and the Buffer `writeFile` encodes it into took the CLI's peak RSS from
 * ~465 to ~497 MB at the very end of the run. The first `depth` levels of arrays and plain objects are written member
 * by member; below that each member is one `JSON.stringify` call, re-indented (a JSON text has line breaks only
 * between members, never inside a string, so prefixing every line break with the parent's indentation is exact).
 * The concatenated pieces equal `JSON.stringify(value, null, indent)` byte for byte (test/render/json.test.ts).
 */
export function* stringifyInPieces(value: unknown, indent: number, depth: number): Generator<string> {
  if (!Number.isInteger(indent) || indent < 0 || !Number.isInteger(depth) || depth < 0) {
    throw new TypeError(`stringifyInPieces: indent and depth must be whole numbers >= 0, got ${indent} and ${depth}`);
  }
  // JSON.stringify caps the indentation at 10 spaces.
  const gap = ' '.repeat(Math.min(indent, 10));
  if (isContainer(value)) {
    yield* pieces(value, gap, '', depth);
    return;
  }
  // Not a container: one piece, or none where JSON.stringify gives undefined (a function, a symbol, undefined).
  const text = JSON.stringify(value, null, gap) as string | undefined;
  if (text !== undefined) yield text;
}

/** Arrays and objects whose members JSON.stringify reads as `Object.keys` would (no toJSON, no boxed primitives). */
function isContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** `text` (a member's JSON written at the top level) placed at indentation `pad`. */
function indented(text: string, pad: string): string {
  return pad === '' ? text : text.replaceAll('\n', `\n${pad}`);
}

function* pieces(value: unknown, gap: string, pad: string, depth: number): Generator<string> {
  if (depth === 0 || gap === '' || !isContainer(value)) {
    // An array member (JSON.stringify writes null for one whose toJSON gives undefined).
    yield indented(JSON.stringify(value, null, gap) ?? 'null', pad);
    return;
  }
  const inner = pad + gap;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      const v: unknown = value[i];
      if (isOmitted(v)) yield 'null';
      else yield* pieces(v, gap, inner, depth - 1);
    }
    yield `\n${pad}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v: unknown = (value as Record<string, unknown>)[key];
    if (isOmitted(v)) continue;
    const head = `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    if (depth - 1 === 0 || !isContainer(v)) {
      // Written whole: a toJSON that returns undefined leaves the member out, as JSON.stringify does.
      const text = JSON.stringify(v, null, gap) as string | undefined;
      if (text === undefined) continue;
      yield head + indented(text, inner);
    } else {
      yield head;
      yield* pieces(v, gap, inner, depth - 1);
    }
    first = false;
  }
  yield first ? '{}' : `\n${pad}}`;
}
