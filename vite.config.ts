import { defineConfig } from 'vite';

// The web UI: Preact through esbuild's own JSX transform (no Babel plugin), built into dist/web, which
// `crosscheck serve` reads at start-up. Everything is bundled: the page loads nothing from other origins.
export default defineConfig({
  root: 'src/web',
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // The polyfill would be inlined into index.html, which the Content-Security-Policy (no inline scripts) forbids.
    modulePreload: { polyfill: false },
    // Small enough to inline? No: inlined assets become data: URLs, which the CSP also refuses.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  logLevel: 'warn',
});
