import type { CleanArticle } from '../model/clean-article.ts';

/** Hand annotation of one article: starts of boilerplate lines, and photo captions (kept once, as captions). */
export interface BoilerplateGold {
  readonly boilerplate: readonly string[];
  readonly captions: readonly string[];
}

export interface BoilerplateScore {
  readonly bodyLines: number;
  readonly bodyLost: number;
  readonly boilerplateLines: number;
  readonly boilerplateLeft: number;
  readonly problems: readonly string[];
}

/**
 * Scores cleaning against a line annotation, both kinds of error: body lines lost (cleaning too hard) and boilerplate
 * lines left in (too soft). Every non-empty source line that is neither boilerplate, caption nor the headline is body.
 */
export function scoreBoilerplate(source: string, article: CleanArticle, gold: BoilerplateGold): BoilerplateScore {
  const kept = new Set(article.paragraphs.map((p) => article.text.slice(p.start, p.end)));
  const problems: string[] = [];
  let bodyLines = 0;
  let bodyLost = 0;
  let boilerplateLines = 0;
  let boilerplateLeft = 0;
  for (const line of source.split('\n').map((l) => l.trim()).filter((l) => l && l !== article.title)) {
    if (gold.boilerplate.some((b) => line.startsWith(b))) {
      boilerplateLines++;
      if (kept.has(line)) {
        boilerplateLeft++;
        problems.push(`${article.id}: boilerplate kept: ${line.slice(0, 60)}`);
      }
    } else if (!gold.captions.some((c) => line.startsWith(c))) {
      bodyLines++;
      if (!kept.has(line)) {
        bodyLost++;
        problems.push(`${article.id}: body lost: ${line.slice(0, 60)}`);
      }
    }
  }
  return { bodyLines, bodyLost, boilerplateLines, boilerplateLeft, problems };
}
