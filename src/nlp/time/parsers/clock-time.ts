// Clock times: "10 a.m.", "10:30 p.m. EST", "15:00 GMT", "noon", "midnight". Race and video lengths written
// "3:07:35" are durations, not times.
import type { Parser } from '../types.ts';
import { B, E, re } from './helpers.ts';

const ZONE = '(?:\\s*\\(?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|local time)\\)?)';

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export const meridiemTime: Parser = {
  id: 'clock-ampm',
  gate: /[ap]\.?m/i,
  pattern: re(`${B}(?<h>\\d{1,2})(?::(?<m>\\d{2}))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}\\p{N}])${ZONE}?`),
  extract(m) {
    const h = Number(m.groups?.['h']);
    const min = Number(m.groups?.['m'] ?? 0);
    if (h < 1 || h > 12 || min > 59) return null;
    const pm = (m.groups?.['ap'] ?? '').toLowerCase().startsWith('p');
    const hour = (h % 12) + (pm ? 12 : 0);
    return { start: m.index, end: m.index + m[0].length, kind: 'time', rule: this.id, clock: clock(hour, min), relative: { type: 'clock' } };
  },
};

export const twentyFourHourTime: Parser = {
  id: 'clock-24h',
  gate: /\d:\d/,
  // The lookbehind is bounded (\s{1,3}): an unbounded one rescans every long run of spaces.
  // A 24-hour time needs a zone or "at"/"by"/"until" before it: "3:07" alone is as often a score or a duration.
  pattern: re(`(?:(?<=\\b(?:at|by|until|from|before|after)\\s{1,3})|${B}(?=\\d{1,2}:\\d{2}${ZONE}))(?<h>\\d{1,2}):(?<m>\\d{2})(?![:\\p{N}])${ZONE}?${E}`),
  extract(m) {
    const h = Number(m.groups?.['h']);
    const min = Number(m.groups?.['m']);
    if (h > 23 || min > 59) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'time', rule: this.id, clock: clock(h, min), relative: { type: 'clock' } };
  },
};

/** "1800 GMT", "0930 UTC": wire-service times, four digits and a zone. */
export const wireTime: Parser = {
  id: 'clock-wire',
  gate: /GMT|UTC/,
  pattern: re(`${B}(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)\\s*(?:GMT|UTC)${E}`, true),
  extract(m) {
    const clockValue = clock(Number(m.groups?.['h']), Number(m.groups?.['m']));
    return { start: m.index, end: m.index + m[0].length, kind: 'time', rule: this.id, clock: clockValue, relative: { type: 'clock' } };
  },
};

export const namedTime: Parser = {
  id: 'clock-named',
  gate: /noon|midday|midnight/i,
  pattern: re(`${B}(?<name>noon|midday|midnight)${E}`),
  extract(m) {
    const name = (m.groups?.['name'] ?? '').toLowerCase();
    const value = name === 'midnight' ? '24:00' : '12:00';
    return { start: m.index, end: m.index + m[0].length, kind: 'time', rule: this.id, clock: value, relative: { type: 'clock' } };
  },
};

export const clockDuration: Parser = {
  id: 'clock-duration',
  gate: /\d:\d\d:\d/,
  pattern: re(`(?<![\\p{N}:.])(?<h>\\d{1,2}):(?<m>[0-5]\\d):(?<s>[0-5]\\d)(?![\\p{N}:])`),
  extract(m) {
    const h = Number(m.groups?.['h']);
    const min = Number(m.groups?.['m']);
    const s = Number(m.groups?.['s']);
    const value = `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}${s ? `${s}S` : ''}`;
    return value === 'PT' ? null : { start: m.index, end: m.index + m[0].length, kind: 'duration', rule: this.id, value };
  },
};
