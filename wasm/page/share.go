//go:build js && wasm

package main

import (
	"errors"
	"strconv"
	"strings"
	"syscall/js"

	"github.com/policylens/policylens/share/format"
	"github.com/policylens/policylens/wasm/view"
)

// Sharing. A link carries the policy text (view.SharePayload); the page that
// opens it analyses the text again, on that device. Two kinds of link:
//
//   - #r=<data>: the text compressed in the fragment, which browsers never
//     send to a server; offered when it fits.
//   - /r/<id>#k=<key>: made only when the reader presses "Create short
//     link": the text is sealed with AES-256-GCM here, only ciphertext is
//     uploaded to the PolicyLens Worker, and the key stays in the fragment.
//
// Both are share/format's, with the browser's compression and cryptography
// (codec, sharecodec.go).
//
// No request is made unless the reader opens the Share panel (which asks
// the server, with no policy text, whether it takes short links), asks for
// a short link or opens one.

// installShareAPI adds policylens.reportLink(text): a promise of the
// "#r=..." fragment that opens the full report on the page, or of null when
// the text is too long for a link (or the host cannot compress).
func installShareAPI() {
	api.Set("reportLink", js.FuncOf(func(this js.Value, args []js.Value) any {
		text := ""
		if len(args) > 0 && args[0].Type() == js.TypeString {
			text = args[0].String()
		}
		var executor js.Func
		executor = js.FuncOf(func(_ js.Value, a []js.Value) any {
			executor.Release()
			resolve := a[0]
			if len(args) == 0 || args[0].Type() != js.TypeString {
				resolve.Invoke(js.Null())
				return nil
			}
			go func() {
				link, err := view.FragmentLink(codec, text)
				if err != nil {
					resolve.Invoke(js.Null())
					return
				}
				resolve.Invoke(link)
			}()
			return nil
		})
		return js.Global().Get("Promise").New(executor)
	}))
}

// shareUI is the Share panel and the shared-report banner.
type shareUI struct {
	p                            *page
	panel, link, copyBtn, note   js.Value
	linkRow                      js.Value // the link field and Copy link, hidden when there is no link to show
	short, expiry, create, del   js.Value
	status, noWorker             js.Value
	banner, bannerText, leaveBtn js.Value
	deleteURL, token             string
	probed                       bool   // the server was asked whether it takes short links
	worker                       bool   // it does
	refreshes                    int    // counts refresh calls, so that only the last one fills the link
	linkFor                      string // the text the link in the field is for ("" when none is shown)
}

// startShare wires the Share panel and opens a shared report when the page
// address is one. It runs in its own goroutine (it may fetch).
func startShare(p *page) {
	s := &shareUI{p: p,
		panel: byID(p.doc, "share"), link: byID(p.doc, "share-link"), copyBtn: byID(p.doc, "share-copy"),
		note: byID(p.doc, "share-note"), expiry: byID(p.doc, "share-expiry"), create: byID(p.doc, "share-create"),
		short: byID(p.doc, "share-short"), del: byID(p.doc, "share-delete"), status: byID(p.doc, "share-status"),
		noWorker: byID(p.doc, "share-no-worker"), linkRow: byID(p.doc, "share-link-row"),
		banner: byID(p.doc, "shared-banner"), bannerText: byID(p.doc, "shared-text"), leaveBtn: byID(p.doc, "shared-leave"),
	}
	p.share = s
	on(s.panel, "toggle", func(js.Value) {
		if s.panel.Get("open").Bool() {
			s.refresh()
			if !s.probed {
				s.probed = true
				go s.probe()
			}
		}
	})
	on(s.copyBtn, "click", func(js.Value) {
		s.link.Call("select")
		if cb := js.Global().Get("navigator").Get("clipboard"); cb.Type() == js.TypeObject {
			cb.Call("writeText", s.link.Get("value"))
			setText(s.status, "Link copied.")
		}
	})
	on(s.create, "click", func(js.Value) { go s.createShortLink() })
	on(s.del, "click", func(js.Value) { go s.deleteShortLink() })
	on(s.leaveBtn, "click", func(js.Value) { s.leaveShared() })
	loc := js.Global().Get("location")
	frag := strings.TrimPrefix(loc.Get("hash").String(), "#")
	if where := view.ParseSharedLocation(loc.Get("pathname").String(), strings.TrimPrefix(loc.Get("search").String(), "?"), frag); where != nil {
		go s.openShared(where)
	}
}

// probe asks the server whether it takes short links, sending nothing:
// the PolicyLens Worker answers a GET of the upload address with 405 and
// "Allow: POST"; a plain static host has no such address. "Create short
// link" is offered only where it can work.
func (s *shareUI) probe() {
	res, err := fetch("/api/reports", map[string]any{"method": "GET", "credentials": "omit", "cache": "no-store"})
	s.worker = err == nil && res.Get("status").Int() == 405 &&
		strings.Contains(res.Get("headers").Call("get", "Allow").String(), "POST")
	s.short.Set("hidden", !s.worker)
	s.noWorker.Set("hidden", s.worker)
	s.p.doc.Get("body").Get("dataset").Set("shortLinks", strconv.FormatBool(s.worker))
	s.refreshStale()
}

// analysed rebuilds the link for the text just analysed, so the panel
// never offers a link to the text before.
func (s *shareUI) analysed() {
	if s.panel.Get("open").Bool() {
		s.refreshStale()
	}
}

// refreshStale refreshes the panel unless the field already holds the link
// for the current text: a link the reader may be copying is not taken away
// and made again (the answer of probe, or the same text analysed again).
func (s *shareUI) refreshStale() {
	if s.linkFor == "" || s.linkFor != s.p.src {
		s.refresh()
	}
}

// refresh shows the fragment link for the current text, or says why not.
// A short link made for an earlier text is gone from the field, but can
// still be deleted. The link is compressed by the browser, which answers
// later: only the last refresh's link is shown.
func (s *shareUI) refresh() {
	s.refreshes++
	s.link.Set("value", "")
	s.linkFor = ""
	s.del.Set("hidden", s.deleteURL == "")
	setText(s.status, "")
	text := s.p.src
	if s.p.report == nil || text == "" {
		setText(s.note, "Paste a policy first.")
		s.copyBtn.Set("disabled", true)
		s.create.Set("disabled", true)
		return
	}
	s.create.Set("disabled", false)
	s.copyBtn.Set("disabled", true)
	setText(s.note, "") // the note comes with the link
	go s.showLink(s.refreshes, text)
}

// showLink makes the fragment link for text and shows it, unless another
// refresh came since (its number is not the last).
func (s *shareUI) showLink(refresh int, text string) {
	frag, err := view.FragmentLink(codec, text)
	if refresh != s.refreshes {
		return
	}
	if err != nil {
		msg := "This policy is too long for a link with the text inside."
		if !errors.Is(err, format.ErrTooLarge) {
			msg = "Could not make a link with the text inside: " + err.Error() + "."
		}
		if s.worker {
			msg += " Create a short link: the text is encrypted on this device and only the encrypted copy is stored, for the time you choose."
		}
		setText(s.note, msg)
		s.linkRow.Set("hidden", true) // an empty field and a dead Copy button say nothing more
		return
	}
	s.linkRow.Set("hidden", false)
	loc := js.Global().Get("location")
	s.link.Set("value", loc.Get("origin").String()+"/"+frag)
	s.linkFor = text
	s.copyBtn.Set("disabled", false)
	setText(s.note, "This link holds the policy text itself (compressed, after the #, which browsers never send to a server). Whoever opens it sees the same analysis.")
}

// createShortLink seals the text and uploads only the ciphertext.
func (s *shareUI) createShortLink() {
	text := s.p.src
	if text == "" {
		return
	}
	env, key, err := format.Seal(codec, view.EncodeSharePayload(text))
	if err != nil {
		setText(s.status, "Could not encrypt the report: "+err.Error())
		return
	}
	setText(s.status, "Uploading the encrypted report…")
	s.create.Set("disabled", true)
	defer s.create.Set("disabled", false)
	body := bytesToJS(env)
	res, err := fetch("/api/reports?expiry="+s.expiry.Get("value").String(), map[string]any{
		"method": "POST", "body": body, "credentials": "omit", "cache": "no-store",
		"headers": map[string]any{"Content-Type": "application/octet-stream"},
	})
	if err != nil {
		setText(s.status, "Could not reach the server: "+err.Error())
		return
	}
	if st := res.Get("status").Int(); st != 201 {
		msg := "The server refused the report (HTTP " + strconv.Itoa(st) + ")."
		if st == 404 || st == 405 {
			msg = "Short links need the PolicyLens Worker; this copy of the page is served without it. Use the link with the text inside instead."
		} else if st == 413 {
			msg = "This policy is too large for a short link."
		} else if st == 429 {
			msg = "Too many short links from here just now; try again in a minute."
		}
		setText(s.status, msg)
		return
	}
	j, err := awaitValue(res.Call("json"))
	if err != nil || j.Get("id").Type() != js.TypeString {
		setText(s.status, "The server sent an answer PolicyLens does not understand.")
		return
	}
	id := j.Get("id").String()
	s.deleteURL, s.token = "/api/reports/"+id, j.Get("deleteToken").String()
	s.refreshes++ // no fragment link still being made may replace this one
	s.link.Set("value", js.Global().Get("location").Get("origin").String()+"/r/"+id+"#k="+key)
	s.linkRow.Set("hidden", false)
	s.copyBtn.Set("disabled", false)
	s.del.Set("hidden", false)
	setText(s.status, "Short link ready; it expires "+js.Global().Get("Date").New(j.Get("expiresAt")).Call("toLocaleString").String()+". The server stores only the encrypted report; the key is the part after #k=.")
}

// deleteShortLink deletes the uploaded report with its delete token.
func (s *shareUI) deleteShortLink() {
	if s.deleteURL == "" {
		return
	}
	res, err := fetch(s.deleteURL, map[string]any{"method": "DELETE", "credentials": "omit",
		"headers": map[string]any{"Authorization": "Bearer " + s.token}})
	if err != nil || res.Get("status").Int() != 204 && res.Get("status").Int() != 404 {
		setText(s.status, "Could not delete the shared report; try again.")
		return
	}
	s.deleteURL, s.token = "", ""
	s.link.Set("value", "")
	s.del.Set("hidden", true)
	setText(s.status, "The shared report is deleted; the link no longer works.")
}

// askAboveBytes is the size of shared text above which the page asks before
// analysing it: a small link can unpack to a big text (up to 10 MiB), whose
// analysis takes seconds and much memory.
const askAboveBytes = 1 << 20

// openShared loads a shared report into the page, read-only.
func (s *shareUI) openShared(where *view.SharedLocation) {
	text, err := s.sharedText(where)
	if err != nil {
		setText(s.p.message, "Could not open the shared report: "+err.Error()+".")
		return
	}
	if len(text) > askAboveBytes && !js.Global().Call("confirm", "This shared policy is "+mbText(len(text))+
		" of text. Analysing it may take a while and use a lot of memory. Analyse it now?").Bool() {
		setText(s.p.message, "The shared policy ("+mbText(len(text))+") was not opened. Open the link again to analyse it.")
		return
	}
	s.p.input.Set("readOnly", true)
	setText(s.bannerText, "Shared report (read-only). Someone shared this policy with you; it was analysed again on this device.")
	s.banner.Set("hidden", false)
	s.p.take(text, js.Undefined(), "Shared report")
}

// sharedText decodes the text a link carries, fetching a short link's
// envelope. Its errors say what went wrong, for the reader.
func (s *shareUI) sharedText(where *view.SharedLocation) (string, error) {
	var payload []byte
	var err error
	switch {
	case where.Fragment != "":
		payload, err = format.DecodeFragment(codec, where.Fragment)
	case where.Key == "":
		return "", errors.New("the link has no key: the part after #k= is missing or empty (was the link cut short?)")
	default:
		setText(s.p.message, "Opening the shared report…")
		payload, err = s.fetchSealed(where.ID, where.Key)
	}
	if err != nil {
		return "", err
	}
	return view.DecodeSharePayload(payload)
}

// mbText writes a size in MB with one decimal, for the reader.
func mbText(n int) string {
	tenths := (n*10 + 1<<19) >> 20
	return strconv.Itoa(tenths/10) + "." + strconv.Itoa(tenths%10) + " MB"
}

// fetchSealed downloads an envelope and opens it with the key from the link;
// format.Open's errors already say what is wrong (no key, a damaged key, a
// key that does not open it, a text too large once unpacked).
func (s *shareUI) fetchSealed(id, key string) ([]byte, error) {
	res, err := fetch("/api/reports/"+id, map[string]any{"credentials": "omit"})
	if err != nil {
		return nil, errors.New("the server could not be reached")
	}
	if st := res.Get("status").Int(); st == 404 {
		return nil, errors.New("it has expired or was deleted")
	} else if st != 200 {
		return nil, errors.New("the server answered HTTP " + strconv.Itoa(st))
	}
	buf, err := awaitValue(res.Call("arrayBuffer"))
	if err != nil {
		return nil, errors.New("the download failed")
	}
	env := bytesFromJS(js.Global().Get("Uint8Array").New(buf))
	return format.Open(codec, env, key)
}

// leaveShared turns the shared view into an ordinary, editable page.
func (s *shareUI) leaveShared() {
	s.banner.Set("hidden", true)
	s.p.input.Set("readOnly", false)
	if s.p.editing {
		s.p.editor.Call("setAttribute", "contenteditable", "plaintext-only")
	}
	js.Global().Get("history").Call("replaceState", nil, "", "/")
	s.p.collapse(false)
	s.p.area().Call("focus")
}

// fetch calls window.fetch and waits for the response.
func fetch(url string, init map[string]any) (js.Value, error) {
	return awaitValue(js.Global().Call("fetch", url, init))
}

// awaitValue waits for a promise; it must not be called from an event callback.
func awaitValue(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	ok := js.FuncOf(func(_ js.Value, a []js.Value) any { ch <- result{v: a[0]}; return nil })
	fail := js.FuncOf(func(_ js.Value, a []js.Value) any {
		ch <- result{err: errors.New(a[0].Call("toString").String())}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	promise.Call("then", ok, fail)
	r := <-ch
	return r.v, r.err
}
