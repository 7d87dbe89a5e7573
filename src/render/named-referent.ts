import type { BriefQuoted, BriefReferent } from '../model/story-brief.ts';

/**
 * The passage as a reader should see it. With a referent, the name its he/she stands for in parentheses right after
 * the pronoun: "He (Edward Magee) said that …", "“…,” he (Paul D. Ryan) said". Inside a quotation (`quoted`), the
 * quotation marks the passage lacks and the speaker before it: "Barack Obama: “I trust in God, but God wants …”".
 * The words stay the source's; the parenthesis, marks and name are the brief's, as "(date inferred)" is. A referent
 * that does not match the text where it says changes nothing.
 */
export function named(item: { readonly text: string; readonly referent?: BriefReferent; readonly quoted?: BriefQuoted }): string {
  const r = item.referent;
  const text = r === undefined || item.text.slice(r.at, r.at + r.pronoun.length) !== r.pronoun ? item.text : `${item.text.slice(0, r.at + r.pronoun.length)} (${r.name})${item.text.slice(r.at + r.pronoun.length)}`;
  return item.quoted === undefined ? text : quotation(text, item.quoted);
}

function quotation(text: string, q: BriefQuoted): string {
  // The marks the source uses: straight when the passage has a straight one, else curly.
  const [open, close] = text.includes('"') ? ['"', '"'] : ['“', '”'];
  const marked = `${q.opensBefore ? open : ''}${text}${q.continuesAfter ? close : ''}`;
  return q.speaker === undefined ? marked : `${q.speaker}: ${marked}`;
}
