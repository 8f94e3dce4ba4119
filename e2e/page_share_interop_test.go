package e2e

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/policylens/policylens/share"
	"github.com/policylens/policylens/wasm/view"
)

// TestPageShareInteropGo holds the page's share links (made by the
// browser: CompressionStream, crypto.subtle) and Go's share package to one
// format: links Go makes open in the page, and Go opens the links the page
// makes, both kinds.
func TestPageShareInteropGo(t *testing.T) {
	api, srv := serveWithFakeAPI(t)
	seed := firstSeed(t)
	// Several policies' worth, so the compressed text is many of the page's
	// 1 KB input steps.
	long := strings.Repeat(seed+"\n", 3)
	payload := view.EncodeSharePayload(long)

	t.Run("Go to page", func(t *testing.T) {
		frag, err := share.EncodeFragment(payload)
		if err != nil {
			t.Fatal(err)
		}
		env, key, err := share.Seal(payload)
		if err != nil {
			t.Fatal(err)
		}
		id := share.NewID()
		api.mu.Lock()
		api.reports[id] = env
		api.mu.Unlock()
		for _, link := range []string{srv.URL + "/#r=" + frag, srv.URL + "/?report=" + id + "#k=" + key} {
			ctx := newBrowser(t)
			if text, _ := openSharedLink(t, ctx, link); text != long {
				t.Errorf("%.60s…: the page shows %d bytes, want the %d Go sealed", link, len(text), len(long))
			}
		}
	})

	t.Run("page to Go", func(t *testing.T) {
		ctx := newBrowser(t)
		pageRun(t, ctx, chromedp.Navigate(srv.URL+"/"), pageEvalAwait(`policylens.ready.then(() => true)`, nil))
		pagePaste(t, ctx, long)
		link, _ := openSharePanel(t, ctx)
		_, frag, ok := strings.Cut(link, "#r=")
		if !ok {
			t.Fatalf("the page offers %q, not a #r= link", link)
		}
		got, err := share.DecodeFragment(frag)
		if err != nil {
			t.Fatalf("share.DecodeFragment of the page's link: %v", err)
		}
		if text, err := view.DecodeSharePayload(got); err != nil || text != long {
			t.Errorf("the page's fragment link holds %d bytes (%v), want the %d pasted", len(text), err, len(long))
		}

		short, status := createShortLink(t, ctx, "1d")
		u, err := url.Parse(short)
		if err != nil || !strings.HasPrefix(u.Fragment, "k=") {
			t.Fatalf("short link %q (%s)", short, status)
		}
		api.mu.Lock()
		env := bytes.Clone(api.reports[strings.TrimPrefix(u.Path, "/r/")])
		api.mu.Unlock()
		got, err = share.Open(env, strings.TrimPrefix(u.Fragment, "k="))
		if err != nil {
			t.Fatalf("share.Open of the page's envelope: %v", err)
		}
		if !bytes.Equal(got, payload) {
			t.Errorf("the page sealed %d bytes, want the payload's %d", len(got), len(payload))
		}
	})
}
