/**
 * Words that title a person before the name ("Deputy Foreign Minister Sergei Ryabkov", "Sen. Claire McCaskill").
 * They are stripped from a speaker so "Mr. Ryabkov" and "Sergei Ryabkov" meet on "Ryabkov".
 * Lower-case, dots removed.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady rev fr sen sens rep reps gov govs lt gen col maj capt cmdr adm sgt ' +
    'president vice deputy foreign minister ministers secretary state senator senators representative congressman ' +
    'congresswoman governor mayor ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair ' +
    'speaker leader majority minority house senate former ex acting prime premier chancellor king queen prince ' +
    'princess pope judge justice chief attorney general press campaign manager adviser advisor director ' +
    'commissioner official officials candidate nominee presidential democratic republican gop democrat ' +
    'sheriff officer detective sergeant professor lawmaker councilman councilwoman analyst strategist ' +
    'executive ceo cfo founder coach pastor bishop cardinal rabbi imam secretary-general undersecretary ' +
    'assistant associate senior top white russian american us u.s ukrainian british french german chinese'
  ).split(' '),
);

/** Words that make a capitalized sequence an organization rather than a person. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  (
    'party committee department ministry council congress senate house agency administration campaign company ' +
    'corporation corp inc ltd llc group association union university college institute foundation bank fund ' +
    'news times post journal press network cnn fox nbc abc cbs msnbc reuters ap nato un eu kremlin pentagon ' +
    'court office commission board bureau service services organization organisation alliance coalition ' +
    'club team church army navy police government state'
  ).split(' '),
);

export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}
