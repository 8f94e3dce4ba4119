// PolicyLens analysis worker: runs the same WASM off the main thread for big
// policies, so the page stays responsive. Messages in: first the page's
// sentence model ({type: 'model', bytes} or {type: 'model', error}), then the
// policy texts, and once the page has them, the outline reader's cues
// ({type: 'outline', bytes} or {type: 'outline', error}), which the texts
// after them are read with. Messages out: {type: 'ready'} once, then per text the report
// in the compact form of wasm/jsapi (byte offsets) or null on failure.
importScripts('./wasm_exec.js');

let modelFrom;
self.policylens = { model: new Promise((resolve, reject) => { modelFrom = { resolve, reject }; }) };

const ready = (async () => {
  const go = new Go();
  go.env = { GOGC: '400' }; // see wasm/page/main.go
  const url = new URL('./policylens.wasm', self.location.href);
  let result;
  try {
    result = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
  } catch (e) {
    result = await WebAssembly.instantiate(await (await fetch(url)).arrayBuffer(), go.importObject);
  }
  go.run(result.instance);
  await self.policylens.ready;
  self.postMessage({ type: 'ready' });
})();
// The warm-up's texts (wasm/page/warm.go), once the worker is ready.
self.policylens.warm = ready.then(() => fetch(new URL('./warm.txt', self.location.href), { priority: 'low' }));
self.policylens.warm.catch(() => {});

self.onmessage = async (event) => {
  const d = event.data;
  if (d && d.type === 'model') {
    if (d.bytes) modelFrom.resolve(d.bytes);
    else modelFrom.reject(new Error(d.error));
    return;
  }
  if (d && d.type === 'outline') {
    await ready; // before the texts after it, which await ready too
    self.policylens._setOutline(d.bytes || null, d.error || '');
    return;
  }
  try {
    await ready;
    const r = self.policylens._analyzeCompact(String(d));
    self.postMessage(r, r ? [r.nums.buffer] : []);
  } catch (e) {
    self.postMessage(null);
  }
};
