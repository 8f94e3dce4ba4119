package analyzer

import (
	"strings"
	"testing"
)

// ownPolicy is an invented policy of a company whose name is also a vendor
// the recipient rules know (Zendesk), named in its title and throughout;
// filler pads it to the length of a real policy.
func ownPolicy(title, body string) string {
	var b strings.Builder
	b.WriteString(title + "\n\n")
	b.WriteString(body + "\n\n")
	for i := 0; i < 60; i++ {
		b.WriteString("We keep our offices tidy and our staff answer every letter within a week of its arrival at the front desk.\n\n")
	}
	return b.String()
}

// TestOwnNameIsNoRecipient: the policy of a company the rules know as a
// vendor names itself as the company, not as a party data goes to; another
// policy that names it further on does name a recipient.
func TestOwnNameIsNoRecipient(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 12; i++ {
		body.WriteString("Zendesk collects the information you give when you open a ticket. ")
	}
	own := analyzeRules(ownPolicy("Zendesk Privacy Policy", body.String()))
	if x, ok := hasRecipient(own, "service-providers"); ok {
		t.Errorf("Zendesk's own policy names Zendesk as a service provider: %+v", x)
	}
	if _, ok := hasDataType(own, "info-generic"); !ok && len(own.DataTypes) == 0 {
		t.Errorf("Zendesk's own policy collects nothing: %+v", own.DataTypes)
	}
	other := analyzeRules(ownPolicy("Acme Privacy Policy", "We use Zendesk for our help center. Zendesk collects the information you give when you open a ticket."))
	if _, ok := hasRecipient(other, "service-providers"); !ok {
		t.Errorf("Acme's policy does not name Zendesk as a service provider: %+v", other.Sharing.Recipients)
	}
	// A paragraph alone that names a vendor often is no policy of its own.
	short := analyzeRules("Zendesk Chat. " + body.String())
	if _, ok := hasRecipient(short, "service-providers"); !ok {
		t.Errorf("a short text on Zendesk does not name it as a service provider: %+v", short.Sharing.Recipients)
	}
}

// TestOwnProductName: a product named by extending the company's own name
// ("Snapchat" of "Snap Inc.", "AcmePay" of "Acme Ltd") is the company's own,
// counted with the company's name, though written less often or later than
// an own name must be; a policy whose company's name it does not extend
// still names the party.
func TestOwnProductName(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 6; i++ {
		body.WriteString("Snap keeps the photos you take with our cameras for as long as your account is open. ")
	}
	for i := 0; i < 5; i++ {
		body.WriteString("Snapchat shares the messages you send with the friends you choose. ")
	}
	filler := strings.Repeat("We keep our offices tidy and answer every letter within a week. ", 12)
	own := analyzeRules(ownPolicy("Privacy Policy\n\nSnap Inc. makes cameras and apps.", filler+body.String()))
	if x, ok := hasRecipient(own, "social-networks"); ok {
		t.Errorf("Snap's own policy names Snapchat as a social network: %+v", x)
	}
	other := analyzeRules(ownPolicy("Privacy Policy\n\nAcme Inc. makes cameras and apps.", filler+strings.ReplaceAll(body.String(), "Snap keeps", "Acme keeps")))
	if _, ok := hasRecipient(other, "social-networks"); !ok {
		t.Errorf("Acme's policy does not name Snapchat as a social network: %+v", other.Sharing.Recipients)
	}
}

// TestOwnNameIsNoSource: the policy of a service the source rules know
// (Tumblr) names an account with itself, not a social network data comes
// from; another policy that names it further on does name the source.
func TestOwnNameIsNoSource(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 12; i++ {
		body.WriteString("Tumblr keeps the posts you write. If you log in with your Tumblr account, we receive your name and email address from it. ")
	}
	hasSource := func(r *Report, id string) bool {
		for _, s := range r.Sources {
			if s.ID == id {
				return true
			}
		}
		return false
	}
	if own := analyzeRules(ownPolicy("Tumblr Privacy Policy", body.String())); hasSource(own, "social-networks") {
		t.Errorf("Tumblr's own policy names Tumblr as a social network it gets data from: %+v", own.Sources)
	}
	other := analyzeRules(ownPolicy("Acme Privacy Policy", "If you log in with your Tumblr account, we receive your name and email address from it."))
	if !hasSource(other, "social-networks") {
		t.Errorf("Acme's policy does not name Tumblr as a source: %+v", other.Sources)
	}
}

// TestOwnNameByShape: a name no rule knows, written often from the title
// on in a shape no common word has (a site's name with its domain, a
// capital after a small letter), is the policy's own though no sentence
// defines it as "we": data passed to it is collected, not shared; a policy
// that names such a site once further on still shares with it. The name's
// uses are counted in any case ("ZipMo" and "zipMo": neither alone is
// written often enough).
func TestOwnNameByShape(t *testing.T) {
	variants := map[string]string{"Fareway.com": "FareWay.com", "zipMo": "ZipMo", "TripNest": "TripNEST"}
	for _, name := range []string{"Fareway.com", "zipMo", "TripNest"} {
		var body strings.Builder
		for i := 0; i < 10; i++ {
			w := name
			if i%2 == 1 {
				w = variants[name]
			}
			body.WriteString(w + " keeps the trips you plan for as long as your account is open. ")
		}
		body.WriteString("\n\nWhen you sign in with another account, your email address may be shared with " + name + ".")
		own := analyzeRules(ownPolicy(name+" Privacy Statement", body.String()))
		if d, ok := hasDataType(own, "email"); !ok || d.Shared || !d.Collected {
			t.Errorf("%s's own policy: email %+v (found %v), want collected, not shared", name, d, ok)
		}
		// After a menu: first written past the first thousand bytes.
		menu := strings.Repeat("Home, Trips, Deals, Help, Sign in, Register, Gift cards, Careers\n", 25)
		late := analyzeRules(ownPolicy("Privacy Statement\n\n"+menu, body.String()))
		if d, ok := hasDataType(late, "email"); !ok || d.Shared || !d.Collected {
			t.Errorf("%s's own policy after a menu: email %+v (found %v), want collected, not shared", name, d, ok)
		}
		other := analyzeRules(ownPolicy("Acme Privacy Statement", "We keep the trips you plan. When you book a trip, your email address may be shared with "+name+"."))
		if d, ok := hasDataType(other, "email"); !ok || !d.Shared {
			t.Errorf("Acme's policy naming %s once: email %+v (found %v), want shared", name, d, ok)
		}
	}
}

// TestAccessibleToOwnName: data "accessible to" the policy's own name
// (a verb that ends in "to", its receiver right after it) is the company's,
// not shared.
func TestAccessibleToOwnName(t *testing.T) {
	var body strings.Builder
	for i := 0; i < 12; i++ {
		body.WriteString("Zendesk collects the information you give when you open a ticket. ")
	}
	body.WriteString("\n\nIf you include your email address in a ticket, it may only be accessible to Zendesk.")
	own := analyzeRules(ownPolicy("Zendesk Privacy Policy", body.String()))
	if d, ok := hasDataType(own, "email"); ok && d.Shared {
		t.Errorf("email accessible to Zendesk in Zendesk's own policy is shared: %+v", d)
	}
}

// TestOwnNameFillsANameSlot: the policy's own name, read as "our", still
// fills a pattern's name slot however it is written, so "delete your pCloud
// account" is the deletion right in pCloud's own policy, as "delete your
// Acme account" is in anyone's.
func TestOwnNameFillsANameSlot(t *testing.T) {
	for _, name := range []string{"zipMo", "TripNest"} {
		var body strings.Builder
		for i := 0; i < 10; i++ {
			body.WriteString(name + " keeps the trips you plan for as long as your account is open. ")
		}
		body.WriteString("\n\nYou may delete your " + name + " account at any time.")
		r := analyzeRules(ownPolicy(name+" Privacy Statement", body.String()))
		found := false
		for _, f := range r.Findings {
			if f.Kind == "right" && f.ID == "deletion" && strings.Contains(f.Text, name) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s's own policy: no deletion right spanning %q", name, "delete your "+name+" account")
		}
	}
}
