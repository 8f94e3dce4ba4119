// Envelope v1 (README): 0x01 | 12-byte nonce | AES-256-GCM(DEFLATE-raw(report), aad = 0x01).
const VERSION = 1;

function b64uEncode(bytes) {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function b64uDecode(str) {
  const s = atob(str.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function through(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

async function aesKey(raw, usage) {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [usage]);
}

async function seal(text) {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const compressed = await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  const ct = new Uint8Array(await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: Uint8Array.of(VERSION) }, await aesKey(raw, 'encrypt'), compressed));
  const env = new Uint8Array(1 + nonce.length + ct.length);
  env[0] = VERSION;
  env.set(nonce, 1);
  env.set(ct, 1 + nonce.length);
  return { env, key: b64uEncode(raw) };
}

async function open(env, key) {
  if (env[0] !== VERSION) throw new Error('unknown envelope version ' + env[0]);
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: env.slice(1, 13), additionalData: Uint8Array.of(VERSION) },
    await aesKey(b64uDecode(key), 'decrypt'), env.slice(13));
  return new TextDecoder().decode(await through(new Uint8Array(plain), new DecompressionStream('deflate-raw')));
}

function say(msg, state) {
  document.getElementById('status').textContent = msg;
  document.body.dataset.state = state;
}

document.getElementById('share').addEventListener('click', async () => {
  try {
    const { env, key } = await seal(document.getElementById('text').value);
    const expiry = document.getElementById('expiry').value;
    const res = await fetch('/api/reports?expiry=' + expiry, {
      method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: env,
    });
    if (res.status !== 201) throw new Error('upload answered ' + res.status + ': ' + (await res.text()));
    const up = await res.json();
    const a = document.getElementById('link');
    a.href = location.origin + '/r/' + up.id + '#k=' + key;
    a.textContent = a.href;
    a.dataset.deleteToken = up.deleteToken;
    say('shared', 'shared');
  } catch (e) {
    say('share failed: ' + e.message, 'failed');
  }
});

(async () => {
  const id = new URLSearchParams(location.search).get('report');
  const key = new URLSearchParams(location.hash.slice(1)).get('k');
  if (!id || !key) return say('ready', 'ready');
  try {
    const res = await fetch('/api/reports/' + encodeURIComponent(id));
    if (res.status !== 200) throw new Error('fetch answered ' + res.status);
    document.getElementById('out').textContent = await open(new Uint8Array(await res.arrayBuffer()), key);
    say('shared report', 'shown');
  } catch (e) {
    say('open failed: ' + e.message, 'failed');
  }
})();
