/** Where the database lives: --db, else $CROSSCHECK_DB, else ./crosscheck.db in the working directory. */
export const DEFAULT_DB_FILE = './crosscheck.db';

export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env['CROSSCHECK_DB'] || DEFAULT_DB_FILE;
}
