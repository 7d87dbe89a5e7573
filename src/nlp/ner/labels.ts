/**
 * BILOU label set over the four CoNLL types. Index 0 is O; type k (0..3) owns indices 1+4k .. 4+4k in the order
 * B, I, L, U. BILOU rather than BIO because single-token and last-token names get their own weights
 * (Ratinov & Roth 2009 measured about +1 F1 for it on CoNLL).
 */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const LABEL_COUNT = 1 + NER_TYPES.length * 4;
export const O = 0;

const PARTS = ['B', 'I', 'L', 'U'] as const;
export type LabelPart = (typeof PARTS)[number] | 'O';

export const LABEL_NAMES: readonly string[] = [
  'O',
  ...NER_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`)),
];

export function labelOf(part: 'B' | 'I' | 'L' | 'U', typeIndex: number): number {
  return 1 + typeIndex * 4 + PARTS.indexOf(part);
}

export function partOf(label: number): LabelPart {
  return label === O ? 'O' : (PARTS[(label - 1) % 4] ?? 'O');
}

/** Type index 0..3, or -1 for O. */
export function typeIndexOf(label: number): number {
  return label === O ? -1 : Math.floor((label - 1) / 4);
}

/** Whether `label` may follow `prev` (-1 = sentence start) in a well-formed BILOU sequence. */
export function canFollow(prev: number, label: number): boolean {
  const pp = prev < 0 ? 'O' : partOf(prev);
  const p = partOf(label);
  const open = pp === 'B' || pp === 'I';
  if (!open) return p === 'O' || p === 'B' || p === 'U';
  return (p === 'I' || p === 'L') && typeIndexOf(label) === typeIndexOf(prev);
}

/** Whether a sentence may end on `label` (no open entity). */
export function canEnd(label: number): boolean {
  const p = partOf(label);
  return p !== 'B' && p !== 'I';
}

/** A labelled stretch of tokens: token indices [start, end). */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly typeIndex: number;
}

/** Spans → BILOU label indices for a sentence of `length` tokens. Spans must not overlap. */
export function spansToBilou(spans: readonly TokenSpan[], length: number): Int8Array {
  const out = new Int8Array(length);
  for (const s of spans) {
    if (s.end - s.start === 1) {
      out[s.start] = labelOf('U', s.typeIndex);
      continue;
    }
    out[s.start] = labelOf('B', s.typeIndex);
    for (let i = s.start + 1; i < s.end - 1; i++) out[i] = labelOf('I', s.typeIndex);
    out[s.end - 1] = labelOf('L', s.typeIndex);
  }
  return out;
}

/**
 * BILOU labels → spans. Lenient: a B or I without its L is closed where the type changes, so a
 * malformed sequence still yields spans rather than nothing.
 */
export function bilouToSpans(labels: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let start = -1;
  let type = -1;
  const close = (end: number): void => {
    if (start >= 0) out.push({ start, end, typeIndex: type });
    start = -1;
    type = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] ?? O;
    const p = partOf(label);
    const t = typeIndexOf(label);
    if (p === 'O') {
      close(i);
    } else if (p === 'B' || p === 'U' || t !== type) {
      close(i);
      start = i;
      type = t;
      if (p === 'U') close(i + 1);
    } else if (p === 'L') {
      close(i + 1);
    }
  }
  close(labels.length);
  return out;
}
