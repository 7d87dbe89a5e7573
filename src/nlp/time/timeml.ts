import type { TextRange } from '../../model/span.ts';

/** One gold TIMEX3 of a TimeML document, with offsets into the document's tag-free text. */
export interface GoldTimex extends TextRange {
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly tid: string;
}

export interface TimeMlDocument {
  readonly id: string;
  /** Document creation time (the DCT TIMEX3 value), `YYYY-MM-DD` when it is a day. */
  readonly dct: string;
  /** The contents of <TEXT> with every tag removed and entities decoded. */
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Parses a TempEval-3 .tml file: strips the tags inside <TEXT> and records each TIMEX3 with its offsets in the
 * stripped text. Pure; a document without <TEXT> gives empty text and no timexes.
 */
export function parseTimeMl(xml: string): TimeMlDocument {
  if (typeof xml !== 'string') throw new TypeError('parseTimeMl: xml must be a string');
  const id = /<DOCID>([^<]*)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? '';
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml)?.[1] ?? '';
  const dct = attribute(dctTag, 'value') ?? '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { attrs: string; start: number } | undefined;
  const pieces = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(amp|lt|gt|quot|apos);|[^<&]+|[<&]/g;
  for (const m of body.matchAll(pieces)) {
    if (m[2] !== undefined) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1] === '') open = { attrs: m[3] ?? '', start: text.length };
      else if (open) {
        timexes.push({
          start: open.start,
          end: text.length,
          text: text.slice(open.start, text.length),
          type: attribute(open.attrs, 'type') ?? '',
          value: attribute(open.attrs, 'value') ?? '',
          tid: attribute(open.attrs, 'tid') ?? '',
        });
        open = undefined;
      }
    } else if (m[4] !== undefined) {
      text += ENTITIES[m[4]] ?? '';
    } else {
      text += m[0];
    }
  }
  return { id, dct, text, timexes };
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}
