// PolicyLens analysis worker: runs the same WASM off the main thread for big
// policies, so the page stays responsive. Messages in: the policy text.
// Messages out: {type: 'ready'} once, then per message the report as JSON
// (byte offsets) or null on failure.
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
    self.postMessage(self.policylens._analyzeJSON(String(event.data)));
  } catch (e) {
    self.postMessage(null);
  }
};
