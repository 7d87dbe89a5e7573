// Spelled-out numbers as news writes them. "lakh"/"crore" are the Indian-English scales (1e5, 1e7).
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

// The spelled sides of a ratio ("one-in-three", "one in twelve") as digits: zero to twelve, as ratio sides are
// spelled out; larger ones are written in digits.
export const RATIO_NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(UNITS).filter(([, n]) => n <= 12).map(([w, n]) => [w, String(n)]),
);

export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};

// Suffix abbreviations after digits: "1.2m", "$3bn", "500k".
export const SUFFIX_SCALES: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12,
};

// Counting words that stand for a number on their own ("a dozen", "half a million").
export const COUNT_NOUNS: Readonly<Record<string, number>> = { dozen: 12, score: 20, half: 0.5, quarter: 0.25, couple: 2 };
