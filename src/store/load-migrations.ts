import { readdirSync, readFileSync } from 'node:fs';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The numbered `NNN-name.sql` files of a backend's folder, in order. Append-only: a shipped migration is never
 * edited, a new one is added. */
export function loadMigrations(dir: URL): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(new URL(f, dir), 'utf8') }));
}
