// PolicyLens analysis worker: runs the same WASM off the main thread for big
// policies, so the page stays responsive. Messages in: the policy text.
// Messages out: {type: 'ready'} once, then per message the report in the compact
// form of wasm/jsapi (byte offsets) or null on failure.
importScripts('./wasm_exec.js');

const ready = (async () => {
  const go = new Go();
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

self.onmessage = async (event) => {
  try {
    await ready;
    const r = self.policylens._analyzeCompact(String(event.data));
    self.postMessage(r, r ? [r.nums.buffer] : []);
  } catch (e) {
    self.postMessage(null);
  }
};
