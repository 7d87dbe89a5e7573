/**
 * A problem with one item that did not stop the batch: bad content becomes a diagnostic, never an exception.
 * `item` names the input (file name, URL, article id) so a person can find it.
 */
export interface Diagnostic {
  readonly stage: string;
  readonly rule: string;
  readonly item: string;
  readonly reason: string;
  readonly severity: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.stage}: ${d.item}: ${d.reason}`;
}
