// Vite builds the viewer into viewer/dist (served by `kg serve`); in `npm run dev` it proxies /api to the API server.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  server: {
    proxy: { '/api': `http://127.0.0.1:${process.env['KG_API_PORT'] ?? '5174'}` },
  },
});
