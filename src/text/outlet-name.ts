/** An outlet's name as compared: case, a leading "The" and spacing aside ("The Guardian" = "the guardian"). */
function outletNameKey(name: string): string {
  return name.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
}

/**
 * The independent source an origin (an article that copies no other) counts as: its outlet where it names one, so
 * two Reuters reports are one source to a reader checking what independent outlets confirm; else the article itself.
 * The brief (independentSourceOf) and `crosscheck cluster` (countIndependentSources) both count with it.
 */
export function independentSourceKey(originId: string, outlet: string | undefined): string {
  return outlet ? `outlet:${outletNameKey(outlet)}` : `article:${originId}`;
}
