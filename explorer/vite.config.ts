/**
 * Builds the explorer into explorer/dist, which the gateway serves at /explorer. Everything
 * ships in the build (no CDN), and nothing is inlined as a data: URI or an inline script, so
 * that the page runs under the gateway's content security policy.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/explorer/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // cytoscape.js and dagre are most of the bundle: one file, loaded once.
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
});
