// "This Week" capitalized after a network or a possessive is a TV programme (ABC's "This Week"), not a week.
import type { Refiner } from '../types.ts';

const TITLE = /^This Week$/;
const BEFORE_TITLE = /(?:['’]s|\b(?:ABC|NBC|CBS|CNN|Fox|BBC|PBS|MSNBC|ITV|Sky)|["“‘'])\s*$/;
const AFTER_TITLE = /^\s+with\s+\p{Lu}|^["”’']/u;

// NBC's "Today" show: a capitalized "Today" that is all of a quotation ("told "Today."", "on the “Today” show") is the
// programme; a quotation opening with it ("“Today, his fellow Missourians ...”") is speech, and keeps it.
const QUOTED_ALONE_BEFORE = /["“]$/;
const QUOTED_ALONE_AFTER = /^[,.]?["”]/;

export const dropTitles: Refiner = {
  id: 'drop-titles',
  refine(drafts, { text }) {
    return drafts.filter((d) => {
      const span = text.slice(d.start, d.end);
      if (span === 'Today' && QUOTED_ALONE_BEFORE.test(text.slice(Math.max(0, d.start - 1), d.start)) && QUOTED_ALONE_AFTER.test(text.slice(d.end, d.end + 2))) return false;
      if (!TITLE.test(span)) return true;
      const before = text.slice(Math.max(0, d.start - 12), d.start);
      const after = text.slice(d.end, d.end + 20);
      return !(BEFORE_TITLE.test(before) || AFTER_TITLE.test(after));
    });
  },
};
