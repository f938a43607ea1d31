// Two pages: the explorer (light, Cytoscape) and the GraphQL IDE (React + GraphiQL) in separate bundles.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000, // Monaco, GraphiQL's editor, is 2.8 MB on its own
    rollupOptions: {
      input: { main: resolve(root, 'index.html'), graphiql: resolve(root, 'graphiql.html') },
      // GraphiQL's dependencies mark themselves "use client" for React servers; irrelevant in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // Monaco's language workers (GraphiQL's editors) split into chunks, which only module workers allow.
  worker: { format: 'es' },
  server: { proxy: { '/graphql': process.env.API_URL ?? 'http://127.0.0.1:3000' } },
});
