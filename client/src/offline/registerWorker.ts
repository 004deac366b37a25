/**
 * Registers the service worker that keeps the built app on this device ([OFFLINE-2]). Only in a
 * build: under the dev server (`import.meta.hot`) modules are not precached and a worker would only
 * get in the way of hot reload. (Not `import.meta.env.PROD`: the test build runs with NODE_ENV=test.)
 */
export function registerServiceWorker(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
    // The app still works online; only the offline start is lost. Nothing the user can act on.
    console.warn('Balanza: the offline app could not be installed', error);
  });
}
