import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** API reads a person on the move needs over a flaky connection: who they are, their tasks, meetings, cases. */
const OFFLINE_READS = /^\/api\/v1\/(auth\/me|tasks|service-notices|cases|work-orders|notifications$|files\/)/;

export default defineConfig({
  plugins: [
    react(),
    // Installable (the mini-program of an office without one): manifest, icons, and a service worker
    // that keeps the app shell and serves the last answer of OFFLINE_READS when the network fails.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icons/apple-touch-icon.png'],
      manifest: {
        name: '会务及客服服务管理系统',
        short_name: '会务客服',
        description: '会议服务、报修投诉、总台与巡查的移动工作台',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1677ff',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/docs/],
        runtimeCaching: [
          {
            urlPattern: ({ url, request }) => request.method === 'GET' && OFFLINE_READS.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'api-reads',
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 300, maxAgeSeconds: 24 * 3600 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // Building a zod schema has no side effect: the contracts' schemas no page uses are left out
      // (without this every schema of @hy/contracts, and zod, sat in the entry chunk).
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        // React and the router in a chunk of their own (they change least). antd and ECharts are left to
        // the default splitting: each page's chunks hold the components it imports (antd's ES modules
        // tree-shake), so the login page loads a form's worth of antd, not all of it.
        manualChunks: (id) =>
          /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@remix-run[\\/]router)[\\/]/.test(id)
            ? 'react'
            : undefined,
      },
    },
  },
});
