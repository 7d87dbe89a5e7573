import type { EntityMention, EntityType } from '../../model/analyzed-article.ts';
import type { SourceSpan } from '../../model/span.ts';
import type { BriefEntity } from '../../model/story-brief.ts';
import type { Story } from '../../model/story.ts';

interface Mention {
  readonly articleId: string;
  readonly mention: EntityMention;
  readonly form: string;
}

interface Group {
  readonly key: string;
  readonly mentions: Mention[];
}

const JOINERS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la']);

/**
 * Story stage: one entry per real-world entity. Mentions merge when they are the same name up to case, spelling
 * (-isation/-ization) and punctuation ("Nato" = "NATO"), when one is the acronym of the other ("North Atlantic Treaty
 * Organization" = "NATO", "U.S." = "United States"), or when a person's surname matches exactly one full name
 * ("Sherman" = "Wendy Sherman"). The display name is the most frequent full form.
 */
export function mergeEntities(story: Story): BriefEntity[] {
  const mentions: Mention[] = story.articles.flatMap((a) =>
    a.entities.filter((e) => e.type !== 'other').map((mention) => ({ articleId: a.id, mention, form: cleanForm(mention.name) })),
  );
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = nameKey(m.form);
    if (!key) continue;
    const g = groups.get(key) ?? { key, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  const merged = mergeAcronyms(mergeSurnames([...groups.values()]));
  return merged
    .map(toBriefEntity)
    .filter((e): e is BriefEntity => e !== undefined)
    .sort((a, b) => b.sources.length - a.sources.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Canonical name → its aliases, for resolving quote speakers and other mentions to one name. */
export function aliasIndex(entities: readonly BriefEntity[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const e of entities) {
    for (const alias of [e.name, ...e.aliases]) {
      const key = nameKey(cleanForm(alias));
      if (key && !index.has(key)) index.set(key, e.name);
    }
  }
  return index;
}

export function cleanForm(name: string): string {
  return name.replace(/[’']s$/u, '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

/** Case-, punctuation- and spelling-insensitive key: "Organisation" = "organization", "U.S." = "us". */
export function nameKey(form: string): string {
  return form
    .toLowerCase()
    .replace(/isation\b/g, 'ization')
    .replace(/[.\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(form: string): string[] {
  return form.split(/[\s-]+/).filter(Boolean);
}

function mergeSurnames(groups: Group[]): Group[] {
  const persons = groups.filter((g) => majorityType(g) === 'person');
  const full = persons.filter((g) => words(g.key).length >= 2);
  const out: Group[] = [];
  const absorbed = new Set<Group>();
  // Bare surnames the tagger typed as people, or as organizations (it knows "Blinken" less well than "Antony Blinken");
  // a one-word place stays a place ("Washington" is not George Washington).
  const surnames = groups.filter((g) => words(g.key).length === 1 && majorityType(g) !== 'place');
  for (const g of surnames) {
    // A bare surname joins a full name only when exactly one full name in the story ends with it.
    const targets = full.filter((f) => words(f.key).at(-1) === g.key);
    const target = targets[0];
    if (targets.length === 1 && target && target !== g) {
      // The full name settles the type: those mentions were the person all along.
      target.mentions.push(...g.mentions.map((m) => ({ ...m, mention: { ...m.mention, type: 'person' as const } })));
      absorbed.add(g);
    }
  }
  for (const g of groups) if (!absorbed.has(g)) out.push(g);
  return out;
}

function mergeAcronyms(groups: Group[]): Group[] {
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const absorbed = new Set<Group>();
  for (const g of groups) {
    const w = words(g.key);
    if (w.length < 2) continue;
    const initials = w.filter((x) => !JOINERS.has(x)).map((x) => x[0]).join('');
    // Two letters are too ambiguous for anything but "US"/"UK"-style country acronyms, which are places.
    if (initials.length < 2) continue;
    const short = byKey.get(initials);
    if (!short || short === g || absorbed.has(short)) continue;
    if (initials.length === 2 && majorityType(g) !== 'place') continue;
    g.mentions.push(...short.mentions);
    absorbed.add(short);
  }
  return groups.filter((g) => !absorbed.has(g));
}

function majorityType(g: Group): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of g.mentions) counts.set(m.mention.type, (counts.get(m.mention.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

function toBriefEntity(g: Group): BriefEntity | undefined {
  const type = majorityType(g);
  if (type === 'other') return undefined;
  const formCounts = new Map<string, number>();
  for (const m of g.mentions) formCounts.set(m.form, (formCounts.get(m.form) ?? 0) + 1);
  // Display the most frequent among the longest forms (full names over surnames), acronyms upper-cased as written most.
  const maxWords = Math.max(...[...formCounts.keys()].map((f) => words(f).length));
  const name = [...formCounts.entries()]
    .filter(([f]) => type !== 'person' || words(f).length === maxWords)
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0];
  if (!name) return undefined;
  const aliases = [...formCounts.keys()].filter((f) => f !== name).sort();
  const titles = [...new Set(g.mentions.map((m) => m.mention.title).filter((t): t is string => !!t))].sort();
  const spans: SourceSpan[] = g.mentions.map((m) => ({ articleId: m.articleId, start: m.mention.start, end: m.mention.end }));
  return {
    name,
    type,
    aliases,
    titles,
    mentions: g.mentions.length,
    sources: [...new Set(g.mentions.map((m) => m.articleId))].sort(),
    spans,
  };
}
