import { isPostgresUrl, openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

/** The database named by --db / CROSSCHECK_DB: a postgres:// URL is PostgreSQL, anything else a SQLite file. */
export async function openStore(db: string): Promise<Store> {
  return isPostgresUrl(db) ? openPostgresStore(db) : openSqliteStore(db);
}

/** The database as it may be printed: a URL's password is masked. */
export function describeDb(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}
