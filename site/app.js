// PolicyLens loader: starts the Go WebAssembly analyser and the offline cache.
// It creates globalThis.policylens.ready before the WASM runs so that other
// scripts can await it; the WASM fills in analyze() and resolves it once it
// has read the sentence model, which is fetched here beside the WASM.
import './wasm_exec.js';
import { TextView, build } from './view.js';
import * as shareCodec from './sharecodec.js';

const wasmURL = new URL('./policylens.wasm', import.meta.url);
const modelURL = new URL('./model.en.bin', import.meta.url);
const outlineURL = new URL('./outline.txt', import.meta.url);
const warmURL = new URL('./warm.txt', import.meta.url);
const workerURL = new URL('./worker.js', import.meta.url);
// The build writes here the size of each binary asset (bytes as decoded), so
// that the download can say how far it is when the server compresses it.
const SIZES = {};

const api = (globalThis.policylens = globalThis.policylens || {});
api.ready = new Promise((resolve, reject) => {
  api._resolveReady = resolve;
  api._rejectReady = reject;
});
api._workerURL = workerURL.href;
api._TextView = TextView;
api._build = build;
api._shareCodec = shareCodec;

function say(id, text) {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

// Download progress over the WASM and the model: each counts by its share of
// its decoded size, shown as bytes of what goes over the wire.
const downloads = [];
let shown = 0;
function progress() {
  if (shown) return;
  shown = requestAnimationFrame(() => {
    shown = 0;
    let got = 0;
    let total = 0;
    for (const d of downloads) {
      got += d.wire * Math.min(1, d.got / d.size);
      total += d.wire;
    }
    if (document.body.dataset.state === 'loading') {
      say('status', `Loading the analyser: ${mb(got)} of ${mb(total)}…`);
      document.body.dataset.loaded = `${Math.round(got)}/${Math.round(total)}`;
    }
  });
}

function mb(n) {
  return (n / 1048576).toFixed(n < 1048576 ? 2 : 1) + ' MB';
}

// download fetches a same-origin asset and returns a Response whose body
// counts towards the progress line as it streams in.
async function download(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname.split('/').pop()}: HTTP ${res.status}`);
  const size = SIZES[url.pathname.split('/').pop()] || Number(res.headers.get('Content-Length')) || 0;
  if (!res.body || !size) return res;
  const d = { got: 0, size, wire: Number(res.headers.get('Content-Length')) || size };
  downloads.push(d);
  const counted = res.body.pipeThrough(new TransformStream({
    transform(chunk, out) {
      d.got += chunk.byteLength;
      progress();
      out.enqueue(chunk);
    },
  }));
  return new Response(counted, { headers: { 'Content-Type': res.headers.get('Content-Type') || '' } });
}

async function instantiate(go) {
  const res = await download(wasmURL);
  if (WebAssembly.instantiateStreaming && res.headers.get('Content-Type') === 'application/wasm') {
    return WebAssembly.instantiateStreaming(res, go.importObject);
  }
  return WebAssembly.instantiate(await res.arrayBuffer(), go.importObject);
}

async function start() {
  // The model and the WASM come in parallel; the WASM reads policylens.model.
  api.model = download(modelURL).then((r) => r.arrayBuffer());
  api.model.catch(() => {}); // the WASM reports a failed model; it is not a failed start
  // The outline reader's cues (wasm/page/outline.go): only once the page is
  // ready, at a low priority, whatever the text; the WASM awaits them only
  // for a text in a language it reads in outline.
  api.outline = api.ready.then(() => fetch(outlineURL, { priority: 'low' }));
  api.outline.catch(() => {});
  // The warm-up's texts (wasm/page/warm.go), the same way.
  api.warm = api.ready.then(() => fetch(warmURL, { priority: 'low' }));
  api.warm.catch(() => {});
  const go = new Go();
  go.env = { GOGC: '400' }; // see wasm/page/main.go
  const { instance } = await instantiate(go);
  performance.mark('policylens-instantiated'); // the parts of start-up: wasm/page/main.go
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
