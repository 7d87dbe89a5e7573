/**
 * A count with its noun, as a reader sees it everywhere (brief, CLI, web UI): "1 article", "2 articles",
 * "1 story" / "3 stories" (the plural given when it is not the noun plus s), and "2,000 articles" with digits grouped
 * as English text writes them (the web UI did; the Markdown brief and the CLI wrote "2000").
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
