/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/; the server (server/main.ts) serves dist/client in production
// and mounts Vite as middleware in development (npm run dev).
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  test: {
    root: '.',
    include: ['{client,server,shared,scenarios,tests}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'dist', 'tests/e2e/**'],
    environment: 'node',
  },
});
