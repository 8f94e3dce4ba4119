// PolicyLens service worker: keeps the page working offline. The build
// fills in ASSETS (fingerprinted file names) and VERSION.
const VERSION = 'dev';
const ASSETS = ['./'];
const CACHE = 'policylens-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('policylens-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (req.mode === 'navigate') {
    // Fresh page when online, the cached one when not.
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok && url.pathname === '/') caches.open(CACHE).then((c) => c.put('./', res.clone()));
          return res;
        })
        .catch(() => caches.match('./')),
    );
    return;
  }
  // Fingerprinted assets never change: cache first.
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
