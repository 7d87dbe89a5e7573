// The bad-input matrix: a directory of hostile files (generated at test time, never committed) plus good articles,
// each with what a user must be told about it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BadFile {
  readonly name: string;
  /** Expected diagnostic for this item (stage and reason), or undefined when the file must be read successfully. */
  readonly expect?: { readonly stage: string; readonly reason: RegExp };
  /** Text that must appear in the output when the file is read successfully. */
  readonly mustContain?: string;
}

export const GOOD_TXT = 'Talks end in Geneva without a deal\n\nGENEVA — Russian Deputy Foreign Minister Sergei Ryabkov met US Deputy Secretary of State Wendy Sherman for more than seven hours on Monday. “We will not back down,” Ryabkov told reporters.\n\nThe talks, the first since 2021, covered 100,000 troops near the border with Ukraine, officials said.\n';
export const GOOD_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NATO ministers meet in Brussels</title></head><body><nav><a href="/">Home</a></nav><article><h1>NATO ministers meet in Brussels</h1><p>BRUSSELS — NATO foreign ministers met in Brussels on Friday to discuss the security situation in eastern Europe, officials said.</p><p>Secretary-General Jens Stoltenberg said the alliance was ready for dialogue with Moscow but would not compromise on core principles.</p></article><footer>© 2022 Example News</footer></body></html>';

const utf16 = (s: string, bigEndian: boolean): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  if (bigEndian) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};

/** Writes the matrix into `dir` and returns what each file must produce. `capBytes` is the size cap passed to the CLI. */
export function writeBadInputs(dir: string, capBytes: number): BadFile[] {
  mkdirSync(dir, { recursive: true });
  const files: [BadFile, string | Buffer][] = [
    [{ name: 'good-talks.txt', mustContain: 'Sergei Ryabkov' }, GOOD_TXT],
    [{ name: 'good-nato.html', mustContain: 'Jens Stoltenberg' }, GOOD_HTML],
    [{ name: 'empty.txt', expect: { stage: 'load', reason: /empty/ } }, ''],
    [{ name: 'blank.txt', expect: { stage: 'load', reason: /empty/ } }, ' \n\t\r\n   \n'],
    [{ name: 'empty.html', expect: { stage: 'extract', reason: /empty/ } }, ''],
    [{ name: 'binary.txt', expect: { stage: 'load', reason: /not text/ } }, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))],
    [{ name: 'report-pdf.html', expect: { stage: 'load', reason: /PDF/ } }, Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n', 'latin1'), Buffer.alloc(64)])],
    [{ name: 'report-pdf.txt', expect: { stage: 'load', reason: /PDF/ } }, Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n', 'latin1')],
    [{ name: 'photo-png.html', expect: { stage: 'load', reason: /PNG/ } }, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)])],
    [{ name: 'photo-png.txt', expect: { stage: 'load', reason: /PNG/ } }, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)])],
    [{ name: 'nul-bytes.txt', expect: { stage: 'load', reason: /NUL/ } }, 'Headline\0\n\0Body\0 text\0 with\0 NULs\0.\0'.repeat(20)],
    [{ name: 'invalid-utf8.txt', mustContain: 'Caf' }, Buffer.from([...Buffer.from('Invalid UTF-8 headline\n\nCaf'), 0xc3, 0x28, 0xa0, 0xa1, ...Buffer.from(' in Geneva served 300 delegates on Monday, organisers said.\n')])],
    [{ name: 'utf16le-bom.txt', mustContain: 'Zürich' }, utf16('Zürich hosts climate summit\n\nZürich — Delegates from 40 countries arrived in Zürich on Tuesday for a two-day climate summit, the city said.\n', false)],
    [{ name: 'utf16be-bom.txt', mustContain: 'Kraków' }, utf16('Kraków festival opens\n\nKraków — The city’s summer festival opened on Saturday with 12,000 visitors, organisers said.\n', true)],
    [{ name: 'windows-1252.txt', mustContain: '“We are ready,”' }, Buffer.from('Minister speaks in Lyon\n\nLYON \x97 \x93We are ready,\x94 the minister said on Thursday, adding that talks would resume in March.\n', 'latin1')],
    [{ name: 'over-cap.txt', expect: { stage: 'load', reason: /too large/ } }, 'Over the cap\n\n' + 'word '.repeat(Math.ceil(capBytes / 5) + 10)],
    [{ name: 'long-line.txt' }, 'One line\n\n' + 'The delegates talked and talked in Geneva '.repeat(Math.floor((5 * 1024 * 1024) / 42))],
    [{ name: 'deep-nesting.html' }, `<html><body>${'<div>'.repeat(100_000)}<p>Deep inside a hundred thousand divs the article says the talks in Geneva lasted seven hours on Monday.</p>${'</div>'.repeat(100_000)}</body></html>`],
    [{ name: 'unclosed-tags.html' }, '<html><head><title>Unclosed tags</title><body><div><p>Officials in Vienna said on Wednesday the talks would resume <b>next week<i> after a pause<p>Another paragraph about the talks in Vienna and the <a href="x">delegation<div><span>'],
    [{ name: 'malformed.json', expect: { stage: 'load', reason: /invalid JSON/ } }, '{"id": "m", "text": "unterminated'],
    [{ name: 'wrong-types.json', expect: { stage: 'load', reason: /must be a string/ } }, JSON.stringify({ id: 'w', text: ['not', 'a', 'string'], title: 5 })],
    [{ name: 'not-records.json', expect: { stage: 'load', reason: /expected an object/ } }, JSON.stringify([null, 42, 'text', [1]])],
    [{ name: 'lines.jsonl', expect: { stage: 'load', reason: /invalid JSON line|must be a string|neither/ } }, ['{"id":"jl-good","title":"Port strike in Rotterdam","text":"Dock workers in Rotterdam went on strike on Monday, the union said."}', '{"id": broken', '{"id":"jl-types","text":{"nested":true}}', '[1,2,3]', '{"title":"no body"}', ''].join('\n')],
    [{ name: 'a b.txt', mustContain: 'space in its name' }, 'Spaces\n\nThis article has a space in its name and was filed from Oslo on Monday.\n'],
    [{ name: `quote'"s.txt`, mustContain: 'quotes in its name' }, 'Quotes\n\nThis article has quotes in its name and was filed from Lisbon on Monday.\n'],
    [{ name: 'semi;colon.txt', mustContain: 'semicolon in its name' }, 'Semicolon\n\nThis article has a semicolon in its name and was filed from Madrid on Monday.\n'],
    [{ name: '$(touch pwned-subshell).txt', mustContain: 'subshell in its name' }, 'Subshell\n\nThis article has a subshell in its name and was filed from Dublin on Monday.\n'],
    [{ name: '`touch pwned-backtick`.txt', mustContain: 'backticks in its name' }, 'Backticks\n\nThis article has backticks in its name and was filed from Prague on Monday.\n'],
    [{ name: '-leading-dash.txt', mustContain: 'leading dash in its name' }, 'Dash\n\nThis article has a leading dash in its name and was filed from Athens on Monday.\n'],
  ];
  for (const [f, content] of files) writeFileSync(join(dir, f.name), content);
  return files.map(([f]) => f);
}
