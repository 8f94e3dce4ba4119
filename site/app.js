// PolicyLens loader: starts the Go WebAssembly analyser and the offline cache.
// It creates globalThis.policylens.ready before the WASM runs so that other
// scripts can await it; the WASM fills in analyze() and resolves it.
import './wasm_exec.js';

const wasmURL = new URL('./policylens.wasm', import.meta.url);
const workerURL = new URL('./worker.js', import.meta.url);

const api = (globalThis.policylens = globalThis.policylens || {});
api.ready = new Promise((resolve, reject) => {
  api._resolveReady = resolve;
  api._rejectReady = reject;
});
api._workerURL = workerURL.href;

function say(id, text) {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

async function instantiate(go) {
  if (WebAssembly.instantiateStreaming) {
    try {
      return await WebAssembly.instantiateStreaming(fetch(wasmURL), go.importObject);
    } catch (e) {
      // Some hosts send the wrong MIME type; fall back to a plain fetch.
    }
  }
  const bytes = await (await fetch(wasmURL)).arrayBuffer();
  return WebAssembly.instantiate(bytes, go.importObject);
}

async function start() {
  const go = new Go();
  const { instance } = await instantiate(go);
  go.run(instance).then(() => say('status', 'The analyser stopped. Reload the page to start it again.'));
  await api.ready;
  performance.mark('policylens-ready');
  document.body.dataset.state = document.body.dataset.state === 'loading' ? 'ready' : document.body.dataset.state;
}

start().catch((err) => {
  say('status', 'PolicyLens could not start in this browser: ' + err.message);
  document.body.dataset.state = 'failed';
  api._rejectReady(err);
});

// Offline: cache the page on the first visit and say so.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').then(
    () => navigator.serviceWorker.ready.then(() => say('offline', 'Works offline: this page is saved on your device.')),
    () => say('offline', ''),
  );
}
