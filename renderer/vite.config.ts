// Renderer build: plain Vite (esbuild compiles TSX with the automatic JSX runtime), relative base so that
// Electron can load it from its own protocol and web mode from its root. The CSP meta tag is filled from
// shared/api.ts, the one place it is defined.
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../shared/api';

const root = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'park-csp',
    transformIndexHtml(html) {
      if (!html.includes('%PARK_CSP%')) throw new Error('index.html lost its CSP placeholder');
      return html.replace('%PARK_CSP%', META_CONTENT_SECURITY_POLICY.replace(/"/g, '&quot;'));
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [contentSecurityPolicy()],
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
