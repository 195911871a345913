import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/**
 * In development, answer the page routes the way the server does in production
 * (`/`, `/fr`, `/en` and their request, verification and download pages → the privacy center; `/console` and below → the console), so that
 * client-side navigation and reloads behave the same in both.
 */
const PRIVACY_CENTER_PATHS = new Set([
  '/fr',
  '/en',
  '/fr/demande',
  '/en/request',
  '/fr/verification',
  '/en/verification',
  '/fr/telechargement',
  '/en/download',
]);

function pageRoutes(): Plugin {
  return {
    name: 'vigie-page-routes',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (PRIVACY_CENTER_PATHS.has(path)) req.url = '/index.html';
        else if (path === '/console' || path.startsWith('/console/')) req.url = '/console.html';
        next();
      });
    },
  };
}

export default defineConfig({
  base: '/',
  appType: 'mpa',
  plugins: [react(), pageRoutes()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Every browser we support preloads modules natively; the polyfill would only add weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Two pages so that the public privacy center never loads the console's code.
      input: { index: page('./index.html'), console: page('./console.html') },
      output: {
        codeSplitting: {
          groups: [
            // React in a chunk of its own: both pages use it, and it changes less often than our code.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // Then what both pages share (API client, shared components, base styles), named for what it is.
            { name: 'shared', minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    // The API runs on the Vigie server (default port 8080) during development.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
