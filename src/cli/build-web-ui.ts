import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the web UI into `outDir` with the project's vite config. `npm ci` already builds it (`prepare`); this covers
 * an install that skipped scripts (`npm ci --ignore-scripts`) or a dist/ that was deleted, so `serve` still shows it.
 */
export async function buildWebUi(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: `${ROOT}vite.config.ts`,
    root: `${ROOT}src/web`,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
