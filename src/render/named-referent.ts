import type { BriefReferent } from '../model/story-brief.ts';

/**
 * The passage with the name its he/she stands for, in parentheses right after the pronoun: "He (Edward Magee) said
 * that …", "“…,” he (Paul D. Ryan) said". The words stay the source's; the parenthesis is the brief's, as "(date
 * inferred)" is. A referent that does not match the text where it says changes nothing.
 */
export function named(item: { readonly text: string; readonly referent?: BriefReferent }): string {
  const r = item.referent;
  if (r === undefined || item.text.slice(r.at, r.at + r.pronoun.length) !== r.pronoun) return item.text;
  const end = r.at + r.pronoun.length;
  return `${item.text.slice(0, end)} (${r.name})${item.text.slice(end)}`;
}
