// Balanza's service worker: the app opens with no network ([OFFLINE-2]). It is plain JS (a worker is
// not bundled); at build time vite.config.ts writes it to dist/sw.js with the build's manifest filled
// in below, so every build is a new worker with its own cache.
const MANIFEST = self.__BALANZA_MANIFEST__ ?? { version: 'dev', files: [] };
const CACHE = `balanza-shell-${MANIFEST.version}`;
const SHELL = '/index.html';
const PRECACHED = new Set(MANIFEST.files);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(MANIFEST.files.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('balanza-shell-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The API and the sync socket are never cached: the app's data lives in IndexedDB, not here.
const isLive = (path) => path === '/api' || path.startsWith('/api/') || path === '/sync' || path.startsWith('/sync/');

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isLive(url.pathname)) return;
  if (request.mode === 'navigate') {
    // Network first, so a new build is never hidden behind an old page; the cached shell offline.
    event.respondWith(
      fetch(request).catch(async (error) => {
        const shell = await caches.match(SHELL, { cacheName: CACHE });
        if (shell) return shell;
        throw error;
      }),
    );
    return;
  }
  if (PRECACHED.has(url.pathname)) {
    // Hashed, immutable build files: the cached copy is the right one.
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((cached) => cached ?? fetch(request)));
  }
});
