import { createSerwistRoute } from '@serwist/turbopack';

// Turbopack runs no bundler plugins: Serwist bundles app/sw.ts with esbuild when this route is prerendered at build
// time, and injects the list of every file under .next/static so the worker can precache them.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/sw.ts',
  useNativeEsbuild: true,
  esbuildOptions: { format: 'iife' },
  // Only the app's own build output; public/ holds the icons, which the worker fetches by name.
  globPatterns: ['.next/static/**/*.{js,css,woff2,png,svg,ico}'],
});
