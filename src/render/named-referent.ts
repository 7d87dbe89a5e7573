import type { BriefReferent } from '../model/story-brief.ts';

/**
 * The passage with the name its opening he/she stands for, in parentheses right after the pronoun: "He (Edward Magee)
 * said that …". The words stay the source's; the parenthesis is the brief's, as "(date inferred)" is.
 */
export function named(item: { readonly text: string; readonly referent?: BriefReferent }): string {
  const r = item.referent;
  if (r === undefined) return item.text;
  const lead = /^[\s"“‘']*/.exec(item.text)?.[0].length ?? 0;
  if (item.text.slice(lead, lead + r.pronoun.length) !== r.pronoun) return item.text;
  const at = lead + r.pronoun.length;
  return `${item.text.slice(0, at)} (${r.name})${item.text.slice(at)}`;
}
