// handover.js is added by the packager to the web page bundled in the
// extension (report/index.html). When the popup's "Open full report" opens
// report/index.html#extension-handover, it takes the text the popup left in
// extension session storage (in memory, on this device) and puts it in the
// page's paste area, where the page analyses it as if it had been pasted.
const ext = globalThis.browser ?? globalThis.chrome;

async function handover() {
  if (location.hash !== '#extension-handover' || !ext?.storage?.session) return;
  const { handover: h } = await ext.storage.session.get('handover');
  await ext.storage.session.remove('handover');
  history.replaceState(null, '', location.pathname);
  if (!h || typeof h.text !== 'string') return;
  await globalThis.policylens?.ready;
  const input = document.getElementById('policy-input');
  if (!input) return;
  input.value = h.text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (h.title) document.title = `${h.title} · PolicyLens`;
}

handover().catch((e) => console.error('PolicyLens handover:', e));
