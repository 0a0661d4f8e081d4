import type { MetadataRoute } from 'next';

/**
 * The installed app starts at «/», which the proxy redirects to /de or /en by the browser's language, just as for a
 * first visit; offline the service worker picks the language the same way.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Social-Media-Check für KMU',
    short_name: 'SM-Check',
    description: 'Ist Social Media für Ihr Unternehmen ein «Must Have»? Is social media a «Must Have» for your company?',
    lang: 'de-CH',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f5566',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
