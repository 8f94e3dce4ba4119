package e2e

import (
	"bytes"
	"compress/flate"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/scripts/serve/sitesrv"
	"github.com/policylens/policylens/share"
)

// TestPageShareErrors opens broken share links: each message must say what
// actually went wrong.
func TestPageShareErrors(t *testing.T) {
	api := &fakeReports{reports: map[string][]byte{}, tokens: map[string]string{}}
	mux := http.NewServeMux()
	mux.Handle("/api/reports/", api)
	mux.Handle("/", sitesrv.Handler(distDir(t, "site")))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	frag := func(payload string) string {
		v, err := share.EncodeFragment([]byte(payload))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	goodRaw, _ := base64.RawURLEncoding.DecodeString(frag(`{"v":1,"text":"We collect your email address."}`))
	raw := bytes.Clone(goodRaw)
	raw[0] = 9 // a newer link format
	env, key, _ := share.Seal([]byte(`{"v":1,"text":"We collect your email address."}`))
	_, otherKey, _ := share.Seal([]byte("x"))
	bombKey := make([]byte, 32)
	rand.Read(bombKey)
	okID, bombID, bigBombID := share.NewID(), share.NewID(), share.NewID()
	api.reports[okID] = env
	api.reports[bombID] = sealedBomb(t, bombKey, share.MaxPayloadBytes+1)
	// Near the largest envelope the Worker stores: 256 MiB once unpacked,
	// which the page must stop reading just past 16 MiB.
	api.reports[bigBombID] = sealedBomb(t, bombKey, 256<<20)

	for _, tc := range []struct{ name, path, want string }{
		{"payload version 0", "/#r=" + frag(`{"v":0,"text":"x"}`), "damaged: what it holds has no valid version"},
		{"payload version -1", "/#r=" + frag(`{"v":-1,"text":"x"}`), "damaged: what it holds has no valid version"},
		{"payload version 2", "/#r=" + frag(`{"v":2,"text":"x"}`), "made by a newer version of PolicyLens"},
		{"link format 9", "/#r=" + base64.RawURLEncoding.EncodeToString(raw), "made by a newer version of PolicyLens"},
		{"cut link", "/#r=" + frag(`{"v":1,"text":"We collect your email address."}`)[:12], "does not unpack"},
		{"not deflate", "/#r=" + base64.RawURLEncoding.EncodeToString([]byte{1, 0xff, 0xff, 0xff}), "does not unpack"},
		{"data after the text", "/#r=" + base64.RawURLEncoding.EncodeToString(append(goodRaw, 0xaa)), "the link is damaged: it has data after its compressed text"},
		{"no key", "/?report=" + okID, "the link has no key"},
		{"empty key", "/?report=" + okID + "#k=", "the link has no key"},
		{"damaged key", "/?report=" + okID + "#k=" + key[:30], "the link's key (after #k=) is damaged"},
		{"wrong key", "/?report=" + okID + "#k=" + otherKey, "the link's key does not open this report"},
		{"oversized text", "/?report=" + bombID + "#k=" + base64.RawURLEncoding.EncodeToString(bombKey), "unpacks to over 16 MiB"},
		{"256 MiB bomb", "/?report=" + bigBombID + "#k=" + base64.RawURLEncoding.EncodeToString(bombKey), "the report unpacks to over 16 MiB of text, more than PolicyLens opens"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newBrowser(t)
			var msg string
			pageRun(t, ctx,
				chromedp.Navigate(srv.URL+tc.path),
				pageWait(`document.getElementById('input-message').textContent.startsWith('Could not open')`, 20*time.Second),
				chromedp.Evaluate(`document.getElementById('input-message').textContent`, &msg),
			)
			if !strings.Contains(msg, tc.want) {
				t.Errorf("message %q, want one saying %q", msg, tc.want)
			}
			if tc.want != "the link's key does not open this report" && strings.Contains(msg, "does not open") {
				t.Errorf("message %q blames the key", msg)
			}
		})
	}
}

// sealedBomb is an authentic envelope whose text unpacks to n zero bytes,
// over share.MaxPayloadBytes: what a hostile sharer could upload.
func sealedBomb(t *testing.T, key []byte, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	for ; n > len(zeros); n -= len(zeros) {
		zw.Write(zeros)
	}
	zw.Write(zeros[:n])
	zw.Close()
	block, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(block)
	env := make([]byte, 1+share.NonceSize)
	env[0] = share.EnvelopeVersion
	rand.Read(env[1:])
	env = aead.Seal(env, env[1:], buf.Bytes(), env[:1])
	if share.ValidateEnvelope(env) != nil {
		t.Fatalf("a %d-byte bomb does not fit an envelope", len(env))
	}
	return env
}

// TestPageShareAsksBeforeBigText opens a small link that unpacks to over
// 1 MB: the page asks first; declining leaves the page empty, accepting
// analyses it.
func TestPageShareAsksBeforeBigText(t *testing.T) {
	srv := servePage(t)
	seed := firstSeed(t)
	big := strings.Repeat(seed+"\n", (1<<20)/len(seed)+2)
	link, err := share.EncodeFragment([]byte(`{"v":1,"text":` + jsonString(big) + `}`))
	if err != nil {
		t.Fatalf("the test text does not fit a link: %v", err)
	}
	for _, accept := range []bool{false, true} {
		ctx := newBrowser(t)
		var asked atomic.Int32
		chromedp.ListenTarget(ctx, func(ev any) {
			if d, ok := ev.(*page.EventJavascriptDialogOpening); ok && d.Type == page.DialogTypeConfirm {
				asked.Add(1)
				go chromedp.Run(ctx, page.HandleJavaScriptDialog(accept))
			}
		})
		var got struct {
			Msg  string `json:"msg"`
			Text int    `json:"text"`
		}
		done := `document.getElementById('input-message').textContent.includes('was not opened')`
		if accept {
			done = `document.body.dataset.state === 'done'`
		}
		pageRun(t, ctx,
			chromedp.Navigate(srv.URL+"/#r="+link),
			pageWait(done, 60*time.Second),
			chromedp.Evaluate(`({msg: document.getElementById('input-message').textContent, text: document.getElementById('text').textContent.length})`, &got),
		)
		if asked.Load() != 1 {
			t.Errorf("accept=%v: asked %d times, want once", accept, asked.Load())
		}
		if !accept && (got.Text != 0 || !strings.Contains(got.Msg, "MB")) {
			t.Errorf("declined: %d characters in the page, message %q", got.Text, got.Msg)
		}
		if want := len(utf16.Encode([]rune(big))); accept && got.Text != want {
			t.Errorf("accepted: %d characters in the page, want %d", got.Text, want)
		}
	}
}

// jsonString is s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
