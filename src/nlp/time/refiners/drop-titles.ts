// "This Week" capitalized after a network or a possessive is a TV programme (ABC's "This Week"), not a week.
import type { Refiner } from '../types.ts';

const TITLE = /^This Week$/;
const BEFORE_TITLE = /(?:['’]s|\b(?:ABC|NBC|CBS|CNN|Fox|BBC|PBS|MSNBC|ITV|Sky)|["“‘'])\s*$/;
const AFTER_TITLE = /^\s+with\s+\p{Lu}|^["”’']/u;

// NBC's "Today" show: a capitalized "Today" that is all of a quotation ("told "Today."", "on the “Today” show") is the
// programme; a quotation opening with it ("“Today, his fellow Missourians ...”") is speech, and keeps it.
const QUOTED_ALONE_BEFORE = /["“]$/;
const QUOTED_ALONE_AFTER = /^[,.]?["”]/;

// "Super Tuesday", "Black Friday", "Cyber Monday", "Ash Wednesday": a weekday named by the word before it is an
// occasion's name, not the weekday nearest the report ("across the South on Super Tuesday, when 15 states will hold
// elections ... on March 1" was dated to the Tuesday after the report; 85 "Super Tuesday" in PolNeAR and BASIL).
const NAMED_DAY_BEFORE = /\b(?:Super|Mega|Black|Cyber|Ash|Palm|Easter|Good|Bloody|Maundy|Holy|Fat|Giving)\s+$/;

export const dropTitles: Refiner = {
  id: 'drop-titles',
  refine(drafts, { text }) {
    return drafts.filter((d) => {
      const span = text.slice(d.start, d.end);
      if (span === 'Today' && QUOTED_ALONE_BEFORE.test(text.slice(Math.max(0, d.start - 1), d.start)) && QUOTED_ALONE_AFTER.test(text.slice(d.end, d.end + 2))) return false;
      if (d.relative?.type === 'weekday' && NAMED_DAY_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))) return false;
      if (!TITLE.test(span)) return true;
      const before = text.slice(Math.max(0, d.start - 12), d.start);
      const after = text.slice(d.end, d.end + 20);
      return !(BEFORE_TITLE.test(before) || AFTER_TITLE.test(after));
    });
  },
};
