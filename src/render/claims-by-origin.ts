import type { Claim } from '../model/story-brief.ts';

/**
 * Claims as a reader should meet them: agreement takes two independent sources. A claim whose articles are one source
 * and its copies (a wire story run twice, a syndicated page) was listed under "What sources agree on" as "1
 * independent source", while its sentences were missing from "Only one source reports" (two articles state them).
 * Those claims are what one source reports. Pure: the Markdown brief and the web UI both ask; the JSON keeps `claims`.
 */
export function claimsByOrigin(claims: readonly Claim[]): { readonly agreed: Claim[]; readonly oneSource: Claim[] } {
  // A claim has two or more articles by construction; only the count of independent ones tells agreement apart.
  return { agreed: claims.filter((c) => c.independentSources >= 2), oneSource: claims.filter((c) => c.independentSources < 2) };
}
