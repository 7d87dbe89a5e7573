/**
 * One-word names of news outlets, polling firms and social platforms: a closed class (brands, not words or people's
 * names) that the tagger, trained on 1996 Reuters text that names few of them, often takes for people ("sponsored by
 * Newsmax", "a new report in The Guardian", "according to Politico", "a Gallup poll"). Lower case.
 *
 * Left out on purpose: outlets named after a person whose surname alone names that person as often (Bloomberg,
 * Breitbart, Drudge, Fox, Hearst, Zogby), and outlets whose name is an ordinary word a person-typed span rarely is
 * but a reader would not expect to be listed ("Time", "Hill" of "The Hill": also "Capitol Hill").
 */
export const OUTLET_NAMES: ReadonlySet<string> = new Set([
  // News sites, papers, magazines and broadcasters.
  'newsmax', 'politico', 'gawker', 'mediaite', 'axios', 'vox', 'salon', 'slate', 'buzzfeed', 'huffpost', 'newsweek',
  'reuters', 'msnbc', 'cnn', 'cnbc', 'npr', 'pbs', 'c-span', 'telemundo', 'univision', 'townhall', 'guardian',
  'politifact', 'snopes', 'wikileaks', 'yahoo',
  // Social platforms ("posted on Instagram"; "via" and "on" are caught before any list, see correct-entity-types).
  'twitter', 'facebook', 'instagram', 'youtube', 'reddit', 'snapchat', 'tumblr', 'linkedin',
  // Polling firms ("a Gallup poll", "Rasmussen found").
  'gallup', 'rasmussen', 'quinnipiac', 'marist', 'ipsos', 'yougov',
]);

/** True when `name` ("Newsmax", "The Guardian", "POLITICO") is a listed outlet, platform or pollster. */
export function isOutletName(name: string): boolean {
  return OUTLET_NAMES.has(name.replace(/^the\s+/i, '').toLowerCase());
}
