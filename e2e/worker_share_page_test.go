package e2e

import (
	"context"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestWorkerSharePage drives the page's Share panel, served with the API by
// the real local Worker: a link with the report inside and a short link,
// each opened in a fresh browser profile, must show the same text and the
// same highlights read-only; KV must hold no policy text; deleting the
// short link must make it say so; a policy too long for a link must say so
// and still get a short link.
func TestWorkerSharePage(t *testing.T) {
	w := startWorker(t)
	policy := workerSeed(t)

	sharer := openWorkerPage(t, w.URL+"/")
	pagePaste(t, sharer, policy)
	want := pageMarks(t, sharer)
	if len(want) == 0 {
		t.Fatal("the seed policy has no highlights to compare")
	}

	fragLink, note := openSharePanel(t, sharer)
	if !strings.HasPrefix(fragLink, w.URL+"/#r=") {
		t.Fatalf("the Share panel offers %q (note %q), want a #r= link for a short policy", fragLink, note)
	}
	shortLink, status := createShortLink(t, sharer, "1d")
	u, err := url.Parse(shortLink)
	if err != nil || !strings.HasPrefix(u.Path, "/r/") || !strings.HasPrefix(u.Fragment, "k=") {
		t.Fatalf("short link %q (status %q) is not /r/<id>#k=<key>", shortLink, status)
	}
	id, key := strings.TrimPrefix(u.Path, "/r/"), strings.TrimPrefix(u.Fragment, "k=")

	for name, link := range map[string]string{"fragment link": fragLink, "short link": shortLink} {
		t.Run(name, func(t *testing.T) {
			reader := newWorkerBrowser(t)
			text, landed := openSharedLink(t, reader, link)
			if text != policy {
				t.Fatalf("the reader's text is %d bytes, want the %d-byte policy", len(text), len(policy))
			}
			if got := pageMarks(t, reader); !reflect.DeepEqual(got, want) {
				t.Errorf("the reader sees %d highlights, the sharer %d", len(got), len(want))
			}
			if name == "short link" {
				if wantURL := w.URL + "/?report=" + id + "#k=" + key; landed != wantURL {
					t.Errorf("landed on %q, want %q", landed, wantURL)
				}
			}
		})
	}
	checkNoPlaintext(t, w.Persist, policy)

	pageRun(t, sharer, chromedp.Evaluate(`document.getElementById('share-delete').click()`, nil),
		pageWait(`document.getElementById('share-status').textContent.includes('deleted')`, 30*time.Second))
	if res, _ := w.call(t, "GET", "/api/reports/"+id, nil); res.StatusCode != 404 {
		t.Errorf("after Delete the report answers %d", res.StatusCode)
	}
	reader := newWorkerBrowser(t)
	var msg string
	pageRun(t, reader, chromedp.Navigate(shortLink),
		pageWait(`document.getElementById('input-message').textContent.includes('Could not open')`, 30*time.Second),
		chromedp.Evaluate(`document.getElementById('input-message').textContent`, &msg))
	if !strings.Contains(msg, "expired or was deleted") {
		t.Errorf("a deleted link says %q", msg)
	}

	t.Run("too long for a fragment", func(t *testing.T) {
		big := longPolicy(t)
		pagePaste(t, sharer, big)
		link, note := openSharePanel(t, sharer)
		if link != "" || !strings.Contains(note, "too long") {
			t.Fatalf("for a %d-byte policy the panel offers %q with note %q", len(big), link, note)
		}
		short, status := createShortLink(t, sharer, "7d")
		if !strings.Contains(short, "/r/") {
			t.Fatalf("no short link for a long policy: %q", status)
		}
		text, _ := openSharedLink(t, newWorkerBrowser(t), short)
		if text != big {
			t.Fatalf("the reader's text is %d bytes, want %d", len(text), len(big))
		}
	})
}

// newWorkerBrowser is a fresh browser that is closed before its profile is removed.
func newWorkerBrowser(t *testing.T) context.Context {
	ctx := newBrowser(t)
	t.Cleanup(func() { chromedp.Cancel(ctx) })
	return ctx
}

// openWorkerPage opens the page and waits for the analyser.
func openWorkerPage(t *testing.T, u string) context.Context {
	ctx := newWorkerBrowser(t)
	pageRun(t, ctx,
		chromedp.Navigate(u),
		pageEvalAwait(`policylens.ready.then(() => true)`, nil),
		pageWait(`document.body.dataset.worker === 'ready'`, 30*time.Second),
	)
	return ctx
}

// openSharePanel opens (or reopens) the Share panel and waits until the
// page knows whether the server takes short links; it returns the link it
// offers and its note.
func openSharePanel(t *testing.T, ctx context.Context) (link, note string) {
	pageRun(t, ctx,
		chromedp.Evaluate(`document.getElementById('share').open = false`, nil),
		chromedp.Sleep(50*time.Millisecond),
		chromedp.Evaluate(`document.getElementById('share').open = true`, nil),
		pageWait(`document.getElementById('share-note').textContent !== '' && 'shortLinks' in document.body.dataset`, 10*time.Second),
		chromedp.Evaluate(`document.getElementById('share-link').value`, &link),
		chromedp.Evaluate(`document.getElementById('share-note').textContent`, &note),
	)
	return link, note
}

// createShortLink picks the expiry, presses "Create short link" and returns
// the link and the status line.
func createShortLink(t *testing.T, ctx context.Context, expiry string) (link, status string) {
	pageRun(t, ctx,
		chromedp.Evaluate(`document.getElementById('share-expiry').value = `+strconv.Quote(expiry), nil),
		chromedp.Evaluate(`document.getElementById('share-create').click()`, nil),
		pageWait(`document.getElementById('share-link').value.includes('/r/') || /refused|could not|need|too/i.test(document.getElementById('share-status').textContent)`, 60*time.Second),
		chromedp.Evaluate(`document.getElementById('share-link').value`, &link),
		chromedp.Evaluate(`document.getElementById('share-status').textContent`, &status),
	)
	return link, status
}

// openSharedLink opens a shared link and waits for the read-only report;
// it returns the text shown and the final address.
func openSharedLink(t *testing.T, ctx context.Context, link string) (text, landed string) {
	var readOnly bool
	pageRun(t, ctx,
		chromedp.Navigate(link),
		pageWait(`!document.getElementById('shared-banner').hidden && document.body.dataset.state === 'done'`, 60*time.Second),
		chromedp.Evaluate(`document.getElementById('text').textContent`, &text),
		chromedp.Evaluate(`document.getElementById('policy-input').readOnly`, &readOnly),
		chromedp.Location(&landed),
	)
	if !readOnly {
		t.Error("a shared report is editable")
	}
	return text, landed
}
