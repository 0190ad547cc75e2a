import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@signalbox/source'] },
  // `npx vite` proxies the API; point it elsewhere with SIGNALBOX_API=http://host:port.
  server: { proxy: Object.fromEntries(['/v1', '/healthz', '/readyz'].map((path) => [path, process.env.SIGNALBOX_API ?? 'http://127.0.0.1:8080'])) },
  // The editor chunk (React Flow + CodeMirror + dagre) is ~700 kB minified by design; it loads only on /routes/:id.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
});
