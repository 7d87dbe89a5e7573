/** An outlet's name as compared: case, a leading "The" and spacing aside ("The Guardian" = "the guardian"). */
export function outletNameKey(name: string): string {
  return name.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
}
