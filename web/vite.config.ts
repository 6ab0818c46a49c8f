/**
 * The web app's build: Preact through Vite, everything bundled into web/dist (no CDN, works offline),
 * served by `handover serve` from the same origin as the API.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One request for the app, one for the charts (loaded only where a chart is drawn).
    chunkSizeWarningLimit: 400,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:7070' } },
});
