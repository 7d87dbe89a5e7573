/**
 * The reporting-verb lexicon: words that tie a quote to its speaker.
 * Each entry says what the verb signals, so a reviewer can see why it is here (and why near-misses are not).
 */
export interface ReportingVerb {
  /** Every inflected form we match, lower-case. */
  readonly forms: readonly string[];
  /** May introduce reported (indirect) speech: "X warned (that) ...". Pure manner verbs ("quipped") only frame quotes. */
  readonly indirect: boolean;
  /** Takes a hearer before the content: "told reporters (that) ...", "asked her ...". */
  readonly takesObject?: boolean;
  /** Reports only with "that": "a poll found that ..." is an attribution, "found the keys" is not. */
  readonly needsThat?: boolean;
  readonly why: string;
}

const V = (forms: string, indirect: boolean, why: string, takesObject = false, needsThat = false): ReportingVerb => ({
  forms: forms.split(' '),
  indirect,
  takesObject,
  needsThat,
  why,
});

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  V('said says say saying', true, 'the neutral speech verb, most frequent by far in news'),
  V('told tells tell telling', true, 'speech with a named hearer: "told reporters"', true),
  V('added adds adding', true, 'continues an earlier statement by the same speaker'),
  V('warned warns warning', true, 'speech with a threat or caution'),
  V('insisted insists insisting', true, 'speech under disagreement'),
  V('stressed stresses', true, 'emphatic speech'),
  V('argued argues arguing', true, 'speech as argument'),
  V('noted notes noting', true, 'speech remarking a fact'),
  V('asked asks asking', false, 'questions; the content is the question, never a that-clause', true),
  V('wrote writes', true, 'written statements, op-eds, letters'),
  V('tweeted tweets', true, 'a post on Twitter is a quote in 2016–2022 news'),
  V('posted', false, 'social-media posts, usually followed by the quoted text'),
  V('explained explains explaining', true, 'speech giving a reason'),
  V('continued continues', false, 'speech going on after a break; "continued" also means non-speech, so direct only'),
  V('replied replies responded responds answered answers retorted', true, 'speech in reply'),
  V('remarked', true, 'speech, informal'),
  V('declared declares', true, 'formal speech'),
  V('announced announces', true, 'formal speech to the public'),
  V('stated', true, 'formal speech; "states" as a noun is rare after a name'),
  V('claimed claims claiming', true, 'speech whose truth the writer does not vouch for'),
  V('acknowledged acknowledges admitted admits conceded concedes', true, 'speech granting a point'),
  V('recalled recalls', true, 'speech about the past'),
  V('reiterated reiterates repeated', true, 'speech restating an earlier position; mostly with an object ("repeated the warning"), so only with "that"', false, true),
  V('concluded concludes', true, 'the last words of a statement'),
  V('summarized summarised', false, 'a speaker putting a view in a few words after a quote; also "summarized the report", so direct only'),
  V('predicted predicts', true, 'speech about the future'),
  V('suggested suggests suggesting', true, 'tentative speech'),
  V('urged urges', false, 'speech pushing someone; content is an infinitive, so direct only'),
  V('vowed vows promised promises pledged pledges', true, 'commitments'),
  V('complained complains', true, 'speech with a grievance'),
  V('countered', true, 'speech in rebuttal'),
  V('charged', true, 'accusatory speech ("charged that ...")'),
  V('contended contends maintained maintains asserted asserts', true, 'speech holding a position'),
  V('observed observes', true, 'speech remarking a fact'),
  V('joked jokes quipped quips', false, 'manner of speech; frames direct quotes only'),
  V('shouted shouts yelled yells', false, 'manner of speech; frames direct quotes only'),
  V('reported', true, 'reported information ("the Post reported that ...")'),
  V('confirmed confirms', true, 'speech confirming a fact'),
  V('revealed reveals', true, 'speech disclosing a fact'),
  V('emphasized emphasizes emphasised', true, 'emphatic speech'),
  V('testified testifies', true, 'speech under oath'),
  V('boasted boasts bragged', true, 'speech praising oneself'),
  V('wondered', false, 'a spoken question'),
  V('reads read', false, 'a document\'s own words: "“…,” the letter addressed to Chairman Issa reads" (HuffPost, basil-dev) had gone to whoever the sentence before named; "reads the news" is no speech, so direct only'),
  V('believes believed believe thinks thought think', true, 'stated belief; PolNeAR counts attributed beliefs as attributions'),
  V('found finds', true, 'findings of polls and studies: "a poll found that ..."', false, true),
  V('showed shows show', true, 'evidence reported: "the data show that ..."', false, true),
];

/** Lower-case form → entry. */
export const REPORTING_VERB_FORMS: ReadonlyMap<string, ReportingVerb> = new Map(
  REPORTING_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)),
);

/** Multi-word cues whose source follows them: "according to X". */
export const SOURCE_AFTER_CUES: readonly string[] = ['according to'];

export function reportingVerb(word: string): ReportingVerb | undefined {
  return REPORTING_VERB_FORMS.get(word.toLowerCase());
}

/** Any reporting verb or "according to" as a whole word: a cheap test before tokenizing a sentence. */
export const ANY_CUE = new RegExp(`\\b(?:${[...REPORTING_VERB_FORMS.keys(), 'according'].join('|')})\\b`, 'i');
