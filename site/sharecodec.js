// The primitives of share links, from the browser itself: raw DEFLATE
// (CompressionStream 'deflate-raw'), AES-256-GCM (crypto.subtle) and
// randomness (crypto.getRandomValues). The format around them (layouts,
// versions, limits, every message) is Go's share/format, which the page's
// WASM calls with these (wasm/page/sharecodec.go), so the WASM carries none
// of Go's compression or cryptography. Bytes are Uint8Arrays.

// deflate compresses bytes.
export async function deflate(bytes) {
  const s = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(s).arrayBuffer());
}

// STEP is how much compressed input goes in at a time: DEFLATE expands
// at most about 1032:1, so one step unpacks to at most about 1 MB.
const STEP = 1024;

// inflate decompresses bytes, reading no more than limit+1 bytes of output:
// a small input can unpack to gigabytes, so it feeds the stream a step at a
// time and stops as soon as the output passes limit. It returns the output,
// or 'corrupt' (it does not unpack, or is cut short) or 'trailing' (data
// after the final block).
export async function inflate(bytes, limit) {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let stop = false;
  (async () => {
    for (let i = 0; i < bytes.length && !stop; i += STEP) await writer.write(bytes.subarray(i, i + STEP));
    if (!stop) await writer.close();
  })().catch(() => {});
  const chunks = [];
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      n += value.length;
      if (n > limit) {
        stop = true;
        reader.cancel().catch(() => {});
        break;
      }
    }
  } catch (e) {
    stop = true;
    // Chromium: "Junk found after end of compressed data."; Firefox:
    // "Unexpected input after the end of stream".
    return /junk|after the end/i.test(String(e && e.message)) ? 'trailing' : 'corrupt';
  }
  const out = new Uint8Array(Math.min(n, limit + 1));
  let at = 0;
  for (const c of chunks) {
    if (at === out.length) break;
    const part = c.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function subtle() {
  if (!globalThis.crypto || !crypto.subtle) throw new Error('this browser offers no Web Crypto to this page (short links need https)');
  return crypto.subtle;
}

const gcm = (nonce, aad) => ({ name: 'AES-GCM', iv: nonce, additionalData: aad, tagLength: 128 });
const aesKey = (key, use) => subtle().importKey('raw', key, 'AES-GCM', false, [use]);

// seal encrypts with AES-256-GCM: the ciphertext followed by the 16-byte tag.
export async function seal(key, nonce, plaintext, aad) {
  return new Uint8Array(await subtle().encrypt(gcm(nonce, aad), await aesKey(key, 'encrypt'), plaintext));
}

// open reverses seal; null when the key does not open it (the wrong key, or
// altered data).
export async function open(key, nonce, sealed, aad) {
  const k = await aesKey(key, 'decrypt');
  try {
    return new Uint8Array(await subtle().decrypt(gcm(nonce, aad), k, sealed));
  } catch (e) {
    if (e && e.name === 'OperationError') return null;
    throw e;
  }
}

// random returns n cryptographically random bytes.
export function random(n) {
  return crypto.getRandomValues(new Uint8Array(n));
}
