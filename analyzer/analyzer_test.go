package analyzer

import (
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer/internal/lexicon"
	"github.com/policylens/policylens/analyzer/internal/text"
)

// find returns the findings of one kind (and id, when not empty).
func find(r *Report, kind, id string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Kind == kind && (id == "" || f.ID == id) {
			out = append(out, f)
		}
	}
	return out
}

func hasDataType(r *Report, id string) (DataType, bool) {
	for _, d := range r.DataTypes {
		if d.ID == id {
			return d, true
		}
	}
	return DataType{}, false
}

func hasRecipient(r *Report, id string) (Recipient, bool) {
	for _, x := range r.Sharing.Recipients {
		if x.ID == id {
			return x, true
		}
	}
	return Recipient{}, false
}

func TestSale(t *testing.T) {
	tests := []struct {
		name, text, sale string
		condition        bool
	}{
		{"plain no", "We do not sell, barter, or rent your personal information to anyone.", "no", false},
		{"never", "We will never sell your email address.", "no", false},
		{"contraction", "We don't sell your personal data.", "no", false},
		{"mojibake contraction", "We don\u00e2\u0080\u0099t sell your personal data.", "no", false},
		{"lone mojibake apostrophe", "We don\u00e2t sell your personal data.", "no", false},
		{"cp1252 mojibake", "We donâ€™t sell your personal data.", "no", false},
		{"listed verbs after negation", "We do not share, rent, sell or trade your information with third parties.", "no", false},
		{"no with condition", "We will not share this information with third parties by selling it unless you specifically authorize such disclosures.", "no", true},
		{"yes", "We may sell your personal information to marketing partners.", "yes", false},
		{"rent yes", "We rent our mailing list, including your name and postal address, to other companies.", "yes", false},
		{"business transfer is not a sale", "In case Omnirio is sold, the information we collect may be transferred to the buyer.", "unstated", false},
		{"assets", "If we sell all or part of our business, your data may be transferred as part of the assets.", "unstated", false},
		{"an opt-out link offered is a sale in California's sense only", "Use the Do Not Sell My Personal Information link to opt out.", "ccpa", false},
		{"an opt-out link's name alone is no sale", "Do Not Sell My Personal Information", "unstated", false},
		{"unrelated sale", "We sell shoes and accessories through our online store.", "unstated", false},
		{"others selling", "Many companies profit off their users by selling their information, but we will never do that.", "unstated", false},
		{"a right to know of sales", "You have the right to:\n1. know whether your personal information is sold or disclosed, and to whom;", "unstated", false},
		{"third parties may sell", "These third parties may sell that information to others.", "unstated", false},
		{"passive no", "Customer account information that you provide (such as your email address, etc.) will not be sold to third parties.", "no", false},
		{"'only' limits another verb", "We only share what is needed for the service, we never sell personal data.", "no", false},
		{"the reader selling goods", "When you buy or sell an application on our Marketplace, we process your payment information.", "unstated", false},
		{"selling a thing", "If you list and sell an application, we require your banking information.", "unstated", false},
		{"data about the reader sold", "Information about you may be sold to third parties.", "yes", false},
		{"a list of data", "We do not sell a list of our subscribers' email addresses.", "no", false},
		{"selling the business", "We will share your personal data where we sell or negotiate to sell our business to a buyer.", "unstated", false},
		{"others go on selling", "Big internet companies collect your personal data across many websites. They use these profiles to show you ads. Or sell these to third parties.", "unstated", false},
		{"we go on selling", "We collect your personal data across many websites. We use these profiles to show you ads. Or sell these to third parties.", "yes", false},
		{"sell, merge or transfer the business", "If we sell, merge, reorganize, or transfer any part of our business, we may share your information.", "unstated", false},
		{"the right to know what we sell", "You have the right to request what personal information we collect, use, disclose, and/or sell.", "unstated", false},
		{"a trade secret", "We may refuse a request that would disclose a trade secret or your personal information.", "unstated", false},
		{"trade or tax law", "We keep your personal data as long as trade or tax law requires.", "unstated", false},
		{"goods sold by us", "Android devices with Google apps include devices sold by Google or one of our partners.", "unstated", false},
		{"ads we sell", "We use cookies to manage the display of advertisements that we sell and/or serve.", "unstated", false},
		{"a name before the verb", "Grinding Gear Games does not sell your personal data to third parties.", "no", false},
		{"data about apps", "We may sell data about the apps you use to advertisers.", "yes", false},
		{"the law's words", "The CCPA sets forth certain obligations for businesses that sell personal information to third parties.", "unstated", false},
		{"buying or selling assets", "If we choose to buy or sell assets, user information is typically one of the transferred business assets.", "unstated", false},
		{"selling a portion of the business", "We may share your personal information in the event we sell or transfer all or a portion of our business or assets.", "unstated", false},
		{"reselling partners", "We may share your personal information with our authorized reselling partners in your region.", "unstated", false},
		{"the reader selling in a list", "You may not break the law, use other users accounts, trade, buy or sell user names.", "unstated", false},
		{"the intro's reader is not the seller", "This policy helps you understand how we handle your information:\n- We explain when we share information. We do not sell your personal information.\n", "no", false},
		{"others prohibited from selling", "We prohibit the third party from selling the personal information that we provide.", "no", false},
		{"trade your data", "We may trade or sell your email address to partners.", "yes", false},
		{"a question", "Which of my personal information does Acme sell under the CCPA?", "unstated", false},
		{"a title-case name", "If we represent you in a Rent Repayment Order Application, we need more information about you.", "unstated", false},
		{"renting movies", "The app lets you play your videos and rent or buy movies with your account.", "unstated", false},
		{"sale of assets", "In a merger or sale of assets, your personal information may be transferred.", "unstated", false},
		// The right offered over the reader's data is no statement of selling
		// (no sale finding) but what California's law has a business that
		// sells in its wide sense offer: "ccpa" (SaleOptOutOffered).
		{"a right to stop the sale", `California residents have the right to request that we stop "selling" their personal information.`, "ccpa", false},
		{"company sold", "In the event that our company or its assets are sold, customer information may be one of the transferred assets.", "unstated", false},
		{"commercial use denied", "We never use your information for profiling or other commercial purposes.", "no", false},
		{"commercial use denied for students", "We do not use student personal data for advertising or similar commercial purposes.", "unstated", false},
		{"commercial purposes stated", "We may disclose personal information for business or commercial purposes.", "unstated", false},
		{"commercial use denied on a condition", "We do not use your information for commercial purposes unless you agree.", "unstated", false},
		{"commercial use denied, a kind of data", "We do not use your location for commercial purposes.", "unstated", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			if r.Sharing.Sale != tt.sale {
				t.Fatalf("sale = %q, want %q; findings: %+v", r.Sharing.Sale, tt.sale, r.Findings)
			}
			if got := r.Sharing.SaleCondition != ""; got != tt.condition {
				t.Fatalf("condition = %q, want present=%v", r.Sharing.SaleCondition, tt.condition)
			}
		})
	}
}

func TestBusinessTransfer(t *testing.T) {
	r := analyzeRules("In case Omnirio is sold, the information we hold about you may be transferred to the new owner.")
	if _, ok := hasRecipient(r, "business-transfer"); !ok {
		t.Fatalf("no business-transfer recipient: %+v", r.Sharing)
	}
}

func TestNegationAndDataTypes(t *testing.T) {
	tests := []struct {
		name, text, id       string
		collected, shared    bool
		negatedFindingWanted bool
	}{
		{"collect", "We collect your email address when you register.", "email", true, false, false},
		{"not collect", "We do not collect your precise location.", "precise-location", false, false, true},
		{"share", "We may share your IP address with our analytics providers.", "ip-address", false, true, false},
		{"not share", "We never share your phone number with third parties.", "phone", false, false, true},
		{"third parties collect", "Third-party advertisers may collect your device identifiers.", "device-id", false, true, false},
		{"our site is not the actor", "Advertising networks that serve ads on our site may also use web beacons.", "web-beacons", false, true, false},
		{"cookies", "We use cookies to remember your preferences.", "cookies", true, false, false},
		// A third party that uses data has it: "they" inside the verb's words, "only" narrowing the verb.
		{"they also use", "They may also use other technologies (such as cookies) to measure their ads.", "cookies", false, true, false},
		{"providers may only use", "These third party service providers may only use your personal information to perform services for us.", "personal-info", false, true, false},
		{"we or our providers", "OMNI or our service providers may use the email address you give us.", "email", true, false, false},
		{"passive use names no actor", "If comments are posted in a forum on our website, personal information is collected as well.", "personal-info", true, false, false},
		// The data is the object of "collect"; "make available to us" is the reader giving it.
		{"collected, given by the reader", "We may collect and process any personal data that you make available to us.", "personal-info", true, false, false},
		{"collect and disclose", "We collect, use and disclose your personal information to run the service.", "personal-info", true, true, false},
		{"a company uses a named type", "Kaleida Health may use your health information, and share it with others, to treat you in an emergency.", "health", true, true, false},
		{"use or disclose a named type", "The clinic may use or disclose your health information in an emergency.", "health", true, true, false},
		{"use and share", "Use and share your email address with our survey partners.", "email", true, true, false},
		// Selling is not collecting: a promise not to sell says nothing of collection.
		{"sell is not collect", "We will not sell, share, or rent personal information to third parties.", "personal-info", false, false, true},
		{"not used beyond purpose", "We do not use your personal information beyond the purpose for which you provided it.", "personal-info", false, false, true},
		// A message or the way it comes is contact data named only: mentioned, neither collected nor shared.
		{"marketing emails named", "We may send you marketing emails about our products.", "contact-info", false, false, false},
		{"unsubscribe names the email", "To stop receiving our newsletter emails, click unsubscribe.", "email", false, false, false},
		{"text messages named", "You can opt out of our text messages at any time.", "phone", false, false, false},
		{"the address is collected", "We collect your email address to send you marketing emails.", "email", true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			d, ok := hasDataType(r, tt.id)
			if !ok {
				t.Fatalf("data type %s not found; findings: %+v", tt.id, r.Findings)
			}
			if d.Collected != tt.collected || d.Shared != tt.shared {
				t.Fatalf("%s: collected=%v shared=%v, want %v %v", tt.id, d.Collected, d.Shared, tt.collected, tt.shared)
			}
			if got := r.Findings[d.Evidence[0]].Negated; got != tt.negatedFindingWanted {
				t.Fatalf("negated = %v, want %v", got, tt.negatedFindingWanted)
			}
		})
	}
}

func TestListInheritsIntro(t *testing.T) {
	text := "We pledge not to:\n· Modify customer data without the customer's consent.\n· Disclose customer data unless we are required by law.\n"
	r := analyzeRules(text)
	checkReport(t, text, r)
	var got []Finding
	for _, f := range r.Findings {
		if f.Kind == "share" && strings.Contains(text[f.Sentence.Start:f.Sentence.End], "Disclose") {
			got = append(got, f)
		}
	}
	if len(got) == 0 {
		t.Fatalf("no sharing finding in the list item: %+v", r.Findings)
	}
	for _, f := range got {
		// The party of the exception ("unless we are required by law")
		// does get data: it is the one finding not negated.
		if exception := f.Rule == "recipient.law-enforcement"; f.Negated == exception {
			t.Errorf("%s %q in the list item: negated = %v (the intro %q negates the item, not its exception)", f.Rule, f.Text, f.Negated, "We pledge not to:")
		}
		if !strings.Contains(f.Condition, "unless") {
			t.Errorf("%s: condition %q, want the unless-clause", f.Rule, f.Condition)
		}
	}

	for _, text := range []string{
		"We may share your information with:\n- Service providers who host our website.\n- Our affiliates and subsidiaries.\n",
		// Bullets lost in copying a web page: items end in ";".
		"We may share your information with:\n\nService providers who host our website;\n\nOur affiliates and subsidiaries.\n",
		"We may share your information with:\nService providers who host our website;\nOur affiliates and subsidiaries; and\nno one else.\n",
		// An item "Label:" with its description on the next line does not end the list.
		"We may share your information with:\n- Hosting:\nService providers who host our website.\n- Our affiliates and subsidiaries.\n",
	} {
		r = analyzeRules(text)
		checkReport(t, text, r)
		for _, id := range []string{"service-providers", "affiliates"} {
			rc, ok := hasRecipient(r, id)
			if !ok || rc.Negated {
				t.Errorf("%q: recipient %s from a list item: found=%v %+v", text, id, ok, rc)
			}
		}
	}
	// The intro's negation reaches the item's first sentence only.
	text = "We pledge not to:\n- Sell your data to advertisers. We share your email address with service providers.\n"
	r = analyzeRules(text)
	checkReport(t, text, r)
	if d, ok := hasDataType(r, "email"); !ok || !d.Shared {
		t.Errorf("%q: email in the item's second sentence: found=%v %+v (negated by the intro?)", text, ok, d)
	}
	if r.Sharing.Sale != "no" {
		t.Errorf("%q: sale = %q, want no", text, r.Sharing.Sale)
	}
	// A list copied without its bullets: short lines right after the intro.
	text = "We collect the following information:\nName\nEmail address\nIP address\n\nWe use it to run the service.\n"
	r = analyzeRules(text)
	checkReport(t, text, r)
	for _, id := range []string{"name", "email", "ip-address"} {
		if d, ok := hasDataType(r, id); !ok || !d.Collected {
			t.Errorf("%q: %s from a list without bullets: found=%v %+v", text, id, ok, d)
		}
	}
	// Longer lines copied without bullets, each starting in lower case:
	// items of the intro, which negates them; also with a blank line around
	// each item (block tags of a web page turned into line breaks).
	for _, text := range []string{
		"We will not:\nsell or rent your personal data to third parties\nshare your data with advertisers for their own marketing\n\nWe use your email address to send receipts.\n",
		"We pledge never to:\n\n\nrent your contact details to marketers\n\ngive your data to advertisers for their own campaigns\n\nWe send receipts to your email address.\n",
	} {
		r := analyzeRules(text)
		checkReport(t, text, r)
		if r.Sharing.Sale != "no" {
			t.Errorf("%q: sale = %q, want no", text, r.Sharing.Sale)
		}
		if rc, ok := hasRecipient(r, "advertisers"); !ok || !rc.Negated {
			t.Errorf("%q: advertisers from an item without bullets: found=%v %+v, want denied", text, ok, rc)
		}
	}
	// Without the ";" a paragraph after a colon is not a list item.
	text = "We may share your information with:\n\nOur affiliates and subsidiaries.\n"
	r = analyzeRules(text, WithBlocks())
	for _, b := range r.Blocks {
		if b.Kind == "list-item" {
			t.Errorf("%q: block %q read as a list item", text, text[b.Start:b.End])
		}
	}
}

func TestRights(t *testing.T) {
	tests := []struct {
		name, text, id string
		how            string
		fee            bool
	}{
		{"deletion by email", "You may request that we delete your personal information by emailing privacy@example.com.", "deletion", "privacy@example.com", false},
		{"access", "You have the right to access your personal data.", "access", "", false},
		{"portability", "You have the right to data portability.", "portability", "", false},
		{"inspect records", "The clinic will respond to your request for inspection of records within 10 days.", "access", "", false},
		{"request changes", "If you wish to request changes to your information, you may contact our Privacy Coordinator.", "correction", "", false},
		{"removed on request", "We will remove you and your personal information from our records on request.", "deletion", "", false},
		{"unsubscribe", "You can unsubscribe from our newsletters at any time using the link in each email.", "opt-out-marketing", "", false},
		{"complaint", "You may lodge a complaint with a supervisory authority.", "complaint", "", false},
		{"withdraw", "You can withdraw your consent at any time.", "withdraw-consent", "", false},
		{"cookie control", "You can disable cookies in your browser settings.", "cookie-control", "in your browser settings", false},
		{"fee for deletion", "We may charge a fee to delete your personal information.", "deletion", "", true},
		{"changes to any information", "If you wish to make changes to any personal information you have provided us, please email privacy@example.com.", "correction", "privacy@example.com", false},
		{"update your own", "Once you log in, you can enter and update your own contact information.", "correction", "", false},
		{"update that information", "You will have the opportunity to update that information.", "correction", "", false},
		{"email address", "You can change your email address on the account page.", "correction", "", false},
		{"industry opt-out", "You can opt out of receiving targeted ads from members of the Network Advertising Initiative on its website.", "opt-out-marketing", "advertising industry", false},
		{"accounting of disclosures", "You have a right to request an accounting of disclosures of your health information.", "access", "", false},
		{"a browser's privacy settings", "To block cookies in the Opera browser, choose \"Block\" in the browser's privacy settings.", "cookie-control", "in your browser settings", false},
		{"device settings", "You can block tracking cookies in your device settings.", "cookie-control", "in your device settings", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			for _, rt := range r.Rights {
				if rt.ID != tt.id {
					continue
				}
				if tt.how != "" && !strings.Contains(strings.Join(rt.How, "|"), tt.how) {
					t.Fatalf("how = %q, want %q", rt.How, tt.how)
				}
				if got := len(rt.Conditions) > 0; got != tt.fee {
					t.Fatalf("conditions = %q, want fee=%v", rt.Conditions, tt.fee)
				}
				return
			}
			t.Fatalf("right %s not found: %+v", tt.id, r.Rights)
		})
	}
}

// A complaint sent to the company ("If you wish to make a complaint,
// please contact us") is no complaint to a regulator: alone, the right and
// its point say so; beside a regulator, the regulator's statement is quoted
// first.
func TestComplaintToTheCompanyIsNoRegulator(t *testing.T) {
	tests := []struct{ name, text, want, first string }{
		{"to us", "If you have any questions or would like to file a complaint, please write to us at privacy@example.com.", complaintToThemName, "file a complaint"},
		{"to our team", "You may file a complaint with our privacy team at privacy@example.com.", complaintToThemName, "file a complaint"},
		{"to a regulator", "You may lodge a complaint with a supervisory authority.", "Complain to a regulator", "lodge a complaint"},
		{"about us to an authority", "You may lodge a complaint about us and our use of your data with the relevant authority.", "Complain to a regulator", "lodge a complaint"},
		{"both", "If you wish to make a complaint, please email us at privacy@example.com. You may also lodge a complaint with your local supervisory authority.", "Complain to a regulator", "lodge a complaint"},
		{"resolved by the company", "The Company commits to resolve complaints about its handling of personal data.", complaintToThemName, "resolve complaints"},
		{"had, sent to us", "If you have a complaint about how we handle your data, please contact us first.", complaintToThemName, "have a complaint"},
		{"a concern sent to us", "If you have any concern about privacy here, please send us a description and we will try to resolve it.", complaintToThemName, "have any concern about privacy"},
		{"resolved by an independent body", "JAMS is an independent organization that resolves complaints about our compliance.", "Complain to a regulator", "resolves complaints"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			for _, rt := range r.Rights {
				if rt.ID != "complaint" {
					continue
				}
				if rt.Name != tt.want {
					t.Fatalf("name = %q, want %q", rt.Name, tt.want)
				}
				if got := r.Findings[rt.Evidence[0]].Text; !strings.HasPrefix(got, tt.first) {
					t.Fatalf("first quote = %q, want %q", got, tt.first)
				}
				for _, p := range r.Points {
					if p.ID == "offers-complaint" && p.Text != "You can "+lowerFirst(tt.want)+"." {
						t.Fatalf("point = %q, want the right's name %q", p.Text, tt.want)
					}
				}
				return
			}
			t.Fatalf("right complaint not found: %+v", r.Rights)
		})
	}
}

// The account a right names as its object ("cancel your account") is no
// place to use it when the sentence names another way; alone it stays one.
func TestAccountTheRightNamesIsNoWay(t *testing.T) {
	tests := []struct {
		text, want string
		settings   bool
	}{
		{"If you wish to cancel your account, contact us at help@example.com.", "by contacting them", false},
		{"To update your account information, email us at help@example.com.", "by contacting them", false},
		{"You may delete your account at any time.", "in your account settings", true},
		{"To delete your account, contact us or use your account settings.", "in your account settings", true},
		// Customer support named as the way, with no "us": still no account settings.
		{"To close your account, please contact customer support.", "by contacting them", false},
		{"You can have your profile removed by calling our customer service team.", "by contacting them", false},
		// The account right after the right's words, a letter as the way.
		{"You can ask us to delete your account at any time by writing to privacy@example.com.", "by contacting them", false},
	}
	settings := "in your account settings"
	for _, tt := range tests {
		r := analyzeRules(tt.text)
		if len(r.Rights) == 0 {
			t.Errorf("%q: no right: %+v", tt.text, r.Findings)
			continue
		}
		rt := r.Rights[0]
		if !slices.Contains(rt.How, tt.want) || slices.Contains(rt.How, settings) != tt.settings {
			t.Errorf("%q: how = %q, want %q (account settings %v)", tt.text, rt.How, tt.want, tt.settings)
		}
	}
}

// A policy that says deactivating the account deletes nothing offers no
// deletion by deactivating it; without that denial, deactivation stays a
// way to have data deleted.
func TestDeactivationThatKeepsIsNoDeletion(t *testing.T) {
	tests := []struct {
		text     string
		deletion bool
	}{
		{"You may deactivate your account at any time in your settings. Deactivating your account does not delete your data.", false},
		{"You may deactivate your account at any time in your settings. We keep your data for a year.", true},
		{"You may deactivate your account in your settings. Deactivation does not delete your data, but you can ask us to delete it by writing to privacy@example.com.", true},
	}
	for _, tt := range tests {
		r := analyzeRules(tt.text)
		got := slices.ContainsFunc(r.Rights, func(rt Right) bool { return rt.ID == "deletion" })
		if got != tt.deletion {
			t.Errorf("%q: deletion right %v, want %v: %+v", tt.text, got, tt.deletion, r.Rights)
		}
	}
}

// The privacy settings of a browser or a device are no account settings;
// those of an account stay them.
func TestSettingsOfABrowserOrDeviceAreNotTheAccounts(t *testing.T) {
	tests := []struct{ text, id, want, not string }{
		{"To block cookies in the Opera browser, choose \"Block\" in the browser's privacy settings.", "cookie-control", "in your browser settings", "in your account settings"},
		{"You can turn off cookies through the privacy settings on your phone.", "cookie-control", "in your device settings", "in your account settings"},
		{"You can delete your photos in the privacy settings of your account.", "deletion", "in your account settings", "in your device settings"},
		{"To delete your profile, log in to your account on your tablet.", "deletion", "in your account settings", "in your device settings"},
	}
	for _, tt := range tests {
		r := analyzeRules(tt.text)
		found := false
		for _, rt := range r.Rights {
			if rt.ID != tt.id {
				continue
			}
			found = true
			if !slices.Contains(rt.How, tt.want) || slices.Contains(rt.How, tt.not) {
				t.Errorf("%q: how = %q, want %q and not %q", tt.text, rt.How, tt.want, tt.not)
			}
		}
		if !found {
			t.Errorf("%q: right %s not found: %+v", tt.text, tt.id, r.Rights)
		}
	}
}

func TestFeeIsRedFlag(t *testing.T) {
	r := analyzeRules("We may charge a fee to delete your personal information.")
	for _, p := range r.Points {
		if p.ID == "fee-for-deletion" && p.Polarity == "bad" {
			return
		}
	}
	t.Fatalf("no bad point for a deletion fee: %+v", r.Points)
}

func TestPractices(t *testing.T) {
	tests := []struct {
		name, text string
		check      func(r *Report) bool
	}{
		{"retention indefinite", "We retain your information indefinitely.", func(r *Report) bool { return r.Retention.Policy == "indefinite" }},
		{"saved indefinitely", "The information provided to us is saved indefinitely.", func(r *Report) bool { return r.Retention.Policy == "indefinite" }},
		{"loose sensitive is not special", "Sensitive information such as credit card numbers is encrypted.", func(r *Report) bool {
			for _, p := range r.Points {
				if p.ID == "sensitive-data" {
					return false
				}
			}
			return true
		}},
		{"advertisers given only aggregate data", "We may share aggregated, anonymous statistics with advertisers. We share your email address with our service providers.", func(r *Report) bool {
			agg := map[string]bool{}
			for _, rc := range r.Sharing.Recipients {
				agg[rc.ID] = rc.AggregateOnly
			}
			return len(agg) == 2 && agg["advertisers"] && !agg["service-providers"]
		}},
		{"partners given aggregate data that denies personal data", "We may share aggregate statistics, which do not include your personal information, with our partners.", func(r *Report) bool {
			for _, rc := range r.Sharing.Recipients {
				if rc.ID == "business-partners" {
					return rc.AggregateOnly
				}
			}
			return false
		}},
		{"retention period of some data (partial)", "We retain server logs for 30 days and then delete them.", func(r *Report) bool {
			return r.Retention.Policy == "partial" && len(r.Retention.Periods) == 1 && r.Retention.Periods[0] == "30 days"
		}},
		{"stored for a period", "We store the IP addresses associated with posts for 90 days after they are made.", func(r *Report) bool {
			return r.Retention.Policy == "partial" && len(r.Retention.Periods) == 1 && r.Retention.Periods[0] == "90 days"
		}},
		{"removed after a period", "We remove personally identifiable data from this information after 90 days.", func(r *Report) bool {
			return r.Retention.Policy == "limited" && len(r.Retention.Periods) == 1 && r.Retention.Periods[0] == "90 days"
		}},
		{"a period before 'after'", "We anonymize your usage data 90 days after collection.", func(r *Report) bool {
			return r.Retention.Policy == "partial" && len(r.Retention.Periods) == 1 && r.Retention.Periods[0] == "90 days"
		}},
		{"our deletion is not the reader's right", "We periodically delete your personal information from our archives.", func(r *Report) bool {
			return len(r.Rights) == 0
		}},
		{"deletion on request is a right", "We will delete your personal information at your request.", func(r *Report) bool {
			return len(r.Rights) == 1 && r.Rights[0].ID == "deletion"
		}},
		{"a period that is not a retention", "We store your requests and will respond to them within 30 days.", func(r *Report) bool {
			return r.Retention.Policy == "unstated"
		}},
		{"retention as needed", "We keep your personal data only as long as necessary to provide the service.", func(r *Report) bool { return r.Retention.Policy == "as-needed" }},
		{"the least time kept is no limit", "We retain your order records for at least seven years.", func(r *Report) bool {
			return r.Retention.Policy == "mentioned" && len(r.Retention.Periods) == 1 && r.Retention.Periods[0] == "at least seven years"
		}},
		{"the least time kept beside a period of some data", "We retain your order records for at least seven years. Server logs are deleted after 90 days.", func(r *Report) bool {
			return r.Retention.Policy == "partial" && len(r.Retention.Periods) == 2
		}},
		{"the least time kept beside a need", "We retain your order records for at least seven years. We keep your personal data only as long as necessary to provide the service.", func(r *Report) bool {
			return r.Retention.Policy == "as-needed" && len(r.Retention.Periods) == 1
		}},
		{"not keeping is a denial, no period", "We do not retain your search history.", func(r *Report) bool { return r.Retention.Policy == "none" }},
		{"children age", "Our services are not directed to children under the age of 13.", func(r *Report) bool { return r.Children.MinAge == 13 }},
		{"children 16", "You must be at least 16 years old to use the service; we do not knowingly collect data from children.", func(r *Report) bool { return r.Children.MinAge == 16 }},
		{"dnt not honored", "We do not currently respond to Do Not Track signals.", func(r *Report) bool { return r.DoNotTrack.Status == "not-honored" }},
		{"dnt honored", "We honor Do Not Track signals sent by your browser.", func(r *Report) bool { return r.DoNotTrack.Status == "honored" }},
		{"not tracking is not Do Not Track", "We do not track your location while you are not using the app.", func(r *Report) bool { return r.DoNotTrack.Status == "unstated" }},
		{"dnt bare name", "Acme does not presently support Do Not Track.", func(r *Report) bool { return r.DoNotTrack.Status == "not-honored" }},
		{"dnt unable", "We are unable to respond to Do Not Track signals at this time.", func(r *Report) bool { return r.DoNotTrack.Status == "not-honored" }},
		{"dnt in a link", "We respect the [Do Not Track](https://example.com/dnt) header.", func(r *Report) bool { return r.DoNotTrack.Status == "honored" }},
		{"dnt explained", `"Do Not Track" (DNT) is a preference you can set in your browser if you do not want to be tracked.`, func(r *Report) bool {
			return r.DoNotTrack.Status == "unstated" && len(r.DoNotTrack.Evidence) > 0
		}},
		{"changes by email", "If we make material changes to this Privacy Policy, we will notify you by email.", func(r *Report) bool {
			return r.Changes.Mentioned && len(r.Changes.Notice) == 1 && r.Changes.Notice[0] == "email"
		}},
		{"changes without notice", "We may change this privacy policy at any time without notice.", func(r *Report) bool {
			for _, p := range r.Points {
				if p.ID == "changes-without-notice" {
					return true
				}
			}
			return false
		}},
		{"without notice, but told of material changes", "We may change this privacy policy at any time without notice. If we make material changes to it, we will notify you by email.", func(r *Report) bool {
			for _, p := range r.Points {
				if p.ID == "changes-without-notice" {
					return false
				}
			}
			return len(r.Changes.Notice) > 0
		}},
		{"the services change without notice, not the policy", "The features of our services may change from time to time without prior notice to you.", func(r *Report) bool {
			for _, p := range r.Points {
				if p.ID == "changes-without-notice" {
					return false
				}
			}
			return r.Changes.Mentioned
		}},
		{"transfers", "Your data may be transferred to the United States under standard contractual clauses.", func(r *Report) bool {
			return r.Transfers.Mentioned && len(r.Transfers.Safeguards) == 1 && r.Transfers.Safeguards[0] == "scc"
		}},
		{"security", "We use SSL encryption to protect your personal information.", func(r *Report) bool {
			return len(r.Security.Measures) > 0 && r.Security.Measures[0].ID == "encryption"
		}},
		{"no security guarantee", "However, we cannot ensure or warrant the security of any information you transmit to us.", func(r *Report) bool {
			return hasSecurity(r, "no-guarantee")
		}},
		{"a guarantee about something else", "We cannot guarantee that all of those sites post a privacy statement.", func(r *Report) bool {
			return len(r.Security.Measures) == 0
		}},
		{"trust is not a seal", "We respect the trust you place in us and share data with trusted partners.", func(r *Report) bool {
			return len(r.Security.Measures) == 0
		}},
		{"a seal", "We are a licensee of the TRUSTe Privacy Program.", func(r *Report) bool { return hasSecurity(r, "technical") }},
		{"non-personal is not personal", "We automatically collect non-personally identifiable information from you, such as aggregate data.", func(r *Report) bool {
			_, personal := hasDataType(r, "personal-info")
			return !personal && len(find(r, "practice", "collect-unspecified")) == 2
		}},
		{"use of the site as data", "We collect information about your use of the Site.", func(r *Report) bool {
			_, ok := hasDataType(r, "browsing")
			return ok
		}},
		{"use of the site as a circumstance", "We process personal data in various ways depending upon your use of our Website.", func(r *Report) bool {
			_, ok := hasDataType(r, "browsing")
			return !ok
		}},
		{"a heading names a topic", "Sharing of Information\n\nWe share your email address with advertisers.", func(r *Report) bool {
			return len(find(r, "practice", "share-unspecified")) == 0 && len(find(r, "share", "email")) == 1
		}},
		{"reader not providing to us", "If you do not provide information to us, you may be unable to use certain features.", func(r *Report) bool {
			return len(find(r, "practice", "collect-unspecified")) == 1 && len(find(r, "practice", "share-unspecified")) == 0
		}},
		{"stored indefinitely", "We may store the Personally Identifiable Information we hold about you indefinitely.", func(r *Report) bool {
			return r.Retention.Policy == "indefinite"
		}},
		{"permanently deleted", "After 45 days, data will be permanently deleted from all our systems.", func(r *Report) bool {
			return r.Retention.Policy != "indefinite"
		}},
		{"not stored permanently", "The Service does not permanently store any of your data.", func(r *Report) bool {
			return r.Retention.Policy != "indefinite"
		}},
		{"deleted when no longer needed", "When personal information is no longer needed, we will securely delete it.", func(r *Report) bool {
			return r.Retention.Policy == "as-needed"
		}},
		{"retention named in a list", "The company complies with the framework regarding the collection, use, and retention of personal information.", func(r *Report) bool {
			return len(find(r, "retention", "")) == 0
		}},
		{"retention stated", "We limit the retention of your personal information to what is needed.", func(r *Report) bool {
			return len(find(r, "retention", "retain")) == 1
		}},
		{"changes to data are not policy changes", "To correct information, log into your account. We make changes as soon as we can.", func(r *Report) bool {
			return !r.Changes.Mentioned
		}},
		{"terms subject to change", "Please note that these terms are subject to change.", func(r *Report) bool { return r.Changes.Mentioned }},
		{"parent company is not a parent", "We may share information with our parent, subsidiaries and affiliates.", func(r *Report) bool {
			return len(find(r, "children", "")) == 0
		}},
		{"a parent or guardian", "Children should use the site only with the consent of a parent or guardian.", func(r *Report) bool {
			return len(find(r, "children", "")) == 2 // "Children" and "a parent or guardian"
		}},
		{"users outside the US", "If you are located outside the United States, your information will be transferred to the United States.", func(r *Report) bool {
			return slices.Contains(r.Categories, "specific-audiences") && r.Transfers.Mentioned
		}},
		{"emails as a channel", "We may also collect aggregated information about subscribers' use of our emails.", func(r *Report) bool {
			_, ok := hasDataType(r, "email")
			return !ok
		}},
		{"email as the object", "We collect email and phone numbers.", func(r *Report) bool {
			_, ok := hasDataType(r, "email")
			return ok
		}},
		{"social media as a source", "We may also collect information from third-party sources, including social media sites.", func(r *Report) bool {
			d, ok := hasDataType(r, "social-profile")
			_, rec := hasRecipient(r, "social-networks")
			return ok && d.Collected && !rec && strings.Contains(r.Findings[d.Evidence[0]].Explanation, "from social networks")
		}},
		{"request more information", "We may request additional information to verify your identity.", func(r *Report) bool {
			return len(find(r, "practice", "collect-unspecified")) == 1
		}},
		{"a mission is no purpose", "PBS is committed to protecting the private information of our web site visitors.", func(r *Report) bool {
			return len(find(r, "practice", "purpose")) == 0
		}},
		{"a purpose as a list item", "We use information we collect:\n- to deliver relevant advertisements;\n- to respond to your inquiries;\n- to meet contractual obligations.", func(r *Report) bool {
			return len(find(r, "practice", "purpose")) == 3
		}},
		{"a recipient word in a use list", "We may use information collected from you in the following ways:\n\nto manage our sites, forum management, or fulfillment,\n\nto prevent fraud or to comply with applicable law.\n", func(r *Report) bool {
			return len(find(r, "practice", "purpose")) >= 2
		}},
		{"a reason to share, under a sharing intro", "Your personal information may be disclosed:\n- to satisfy any applicable laws or regulations;\n- to defend ourselves in litigation.\n", func(r *Report) bool {
			fs := find(r, "practice", "share-purpose")
			return len(fs) == 2 && fs[0].Category == "third-party-sharing"
		}},
		{"the reader sharing names no recipient, but speaks of sharing", "You can also share your workouts on social networks like Facebook and Twitter.", func(r *Report) bool {
			return len(r.Sharing.Recipients) == 0 && len(find(r, "practice", "reader-shares")) == 2 && slices.Contains(r.Categories, "third-party-sharing")
		}},
		{"providing is no purpose", "Failure to provide mandatory data may make it impossible to register.", func(r *Report) bool {
			return len(find(r, "practice", "purpose")) == 0
		}},
		{"an option to prevent sharing", "We will always provide you with an option to prevent this information from being shared with third parties.", func(r *Report) bool {
			return len(find(r, "practice", "choice")) == 1
		}},
		{"responding to subpoenas", "We respond to subpoenas, court orders, or legal process.", func(r *Report) bool {
			return slices.Contains(r.Categories, "third-party-sharing")
		}},
		{"giving access", "We may give them access to databases of user information.", func(r *Report) bool {
			return slices.Contains(r.Categories, "third-party-sharing")
		}},
		{"an advertiser's cookie", "Our third-party advertiser may place or recognize a unique cookie on your browser.", func(r *Report) bool {
			d, ok := hasDataType(r, "cookies")
			return ok && d.Shared
		}},
		{"named data passed on", "The clinic may release your protected health information to government agencies.", func(r *Report) bool {
			d, ok := hasDataType(r, "health")
			return ok && d.Shared
		}},
		{"turning off location", "You can turn off the GPS locator on your phone.", func(r *Report) bool {
			_, ok := hasDataType(r, "precise-location")
			return ok && slices.Contains(r.Categories, "user-choice")
		}},
		{"the ways we collect", "You have choices about the various ways we collect, use, and share your personal information.", func(r *Report) bool {
			_, ok := hasDataType(r, "personal-info")
			return !ok
		}},
		{"a cookie sent to your computer", "When you visit, we may send to your computer one or more cookies.", func(r *Report) bool {
			d, ok := hasDataType(r, "cookies")
			return ok && d.Collected && !d.Shared
		}},
		{"a name is no data", "To request an accounting of disclosures, please write to the Kaleida Health Privacy Officer.", func(r *Report) bool {
			_, ok := hasDataType(r, "health")
			return !ok
		}},
		{"advice not to share", "Do not share your password with anyone.", func(r *Report) bool {
			return len(r.DataTypes) == 0 && len(r.Sharing.Recipients) == 0
		}},
		{"a promise in a list", "We pledge to:\n- Never sell your email address to advertisers.\n", func(r *Report) bool {
			_, email := hasDataType(r, "email")
			return r.Sharing.Sale == "no" && email
		}},
		{"a strong data word inside a name", "We share your email address with Food Allergy Research Education.", func(r *Report) bool {
			_, ok := hasDataType(r, "health")
			return !ok
		}},
		{"a name of cookies is cookies", "We use Strictly Necessary Cookies. These keep you signed in.", func(r *Report) bool {
			_, ok := hasDataType(r, "cookies")
			return ok
		}},
		{"membership is no right", "We participate in the Digital Advertising Alliance's Self-Regulatory Program for Online Behavioral Advertising.", func(r *Report) bool {
			return len(r.Rights) == 0
		}},
		// Reaching the reader names no details held (the project's
		// annotations give contact data to 2 of 29 TOSBack sentences of
		// "contact you" that name no channel, MAPP's annotators to none
		// of 14 segments); sending by a channel names it.
		{"contacting the reader names no contact details", "We may contact you to confirm your purchase.", func(r *Report) bool {
			_, ok := hasDataType(r, "contact-info")
			return !ok
		}},
		{"sending the reader newsletters names contact details only", "We may send you email newsletters about our products.", func(r *Report) bool {
			d, ok := hasDataType(r, "contact-info")
			return ok && !d.Collected && !d.Shared
		}},
		{"contact us is not", "If you have questions, contact us at privacy@example.com.", func(r *Report) bool {
			_, ok := hasDataType(r, "contact-info")
			return !ok
		}},
		{"asking for express permission is a choice", "We will ask for your express permission before we share your information with partners.", func(r *Report) bool {
			return len(find(r, "practice", "choice")) == 1
		}},
		{"a bare 'express consent' is not", "The company has express consent from its partners to run the program.", func(r *Report) bool {
			return len(find(r, "practice", "choice")) == 0
		}},
		{"advice to log out", "If you use a shared computer, always log out before leaving it.", func(r *Report) bool { return hasSecurity(r, "advice") }},
		{"advice on passwords", "Use a strong password that is not easily guessed.", func(r *Report) bool { return hasSecurity(r, "advice") }},
		{"opting out is not logging out", "You can opt out of these emails at any time.", func(r *Report) bool { return len(r.Security.Measures) == 0 }},
		{"access only to do their job", "These third parties have access to your information only to perform these tasks on our behalf.", func(r *Report) bool {
			return hasSecurity(r, "access-control")
		}},
		{"keep it secure", "We require our service providers to keep your personal information secure.", func(r *Report) bool {
			return hasSecurity(r, "safeguards") && !hasSecurity(r, "access-control")
		}},
		{"keep it confidential", "Our staff keep your personal information confidential.", func(r *Report) bool {
			return hasSecurity(r, "access-control")
		}},
		{"children's privacy is not a safeguard", "In order to protect the privacy of children, we do not knowingly collect their data.", func(r *Report) bool {
			return len(r.Security.Measures) == 0
		}},
		{"confidential communications are not a safeguard", "You may request confidential communications. Feedback you send is non-confidential.", func(r *Report) bool {
			return len(r.Security.Measures) == 0
		}},
		{"kept confidential", "Your personal information is kept strictly confidential.", func(r *Report) bool { return hasSecurity(r, "access-control") }},
		{"a compromised password", "Please notify us at once if your password is compromised.", func(r *Report) bool {
			return hasFinding(r.Findings, "security", "incident") && len(r.Security.Measures) == 0
		}},
		{"scanned for vulnerabilities", "Our website is scanned on a regular basis for security holes and known vulnerabilities.", func(r *Report) bool { return hasSecurity(r, "technical") }},
		{"visible only to members", "Information posted on the forum is accessible only to members.", func(r *Report) bool { return hasSecurity(r, "access-control") }},
		{"a breach notice", "We will notify you if we become aware of a breach of your health information.", func(r *Report) bool {
			return hasFinding(r.Findings, "security", "incident") && len(r.Security.Measures) == 0
		}},
		{"security steps", "To learn more about the security steps we have taken, read Security at Acme.", func(r *Report) bool { return hasSecurity(r, "safeguards") }},
		{"a number kept private", "Acme keeps your cell phone number private at all times.", func(r *Report) bool { return hasSecurity(r, "access-control") }},
		{"what the reader keeps private is no measure", "Do not post information you wish to keep private.", func(r *Report) bool { return len(r.Security.Measures) == 0 }},
		{"a safe, secure experience", "We strive to provide a safe, secure user experience.", func(r *Report) bool { return hasSecurity(r, "safeguards") }},
		// The sentence's topic is the category; the data is still collected.
		{"data in a security sentence", "We use SSL encryption to protect the credit card numbers we collect.", func(r *Report) bool {
			d, ok := hasDataType(r, "payment-card")
			return ok && d.Collected && slices.Equal(r.Categories, []string{"data-security"})
		}},
		// What the reader is told to put in a request is how to ask, not
		// data the company collects.
		{"data in an instruction to the reader about a request", "In your request, please give us your full name and the email address you registered with.", func(r *Report) bool {
			_, ok := hasDataType(r, "email")
			return !ok && !slices.Contains(r.Categories, "first-party-collection")
		}},
		{"data in an instruction to the reader", "Please give us your full name and the email address you registered with so that we can reply.", func(r *Report) bool {
			d, ok := hasDataType(r, "email")
			return ok && d.Collected && !slices.Contains(r.Categories, "first-party-collection")
		}},
		{"not collecting from children is about children", "We do not knowingly collect personal information from children under the age of 13.", func(r *Report) bool {
			return r.Children.MinAge == 13 && !slices.Contains(r.Categories, "first-party-collection") && slices.Contains(r.Categories, "specific-audiences")
		}},
		// A list item seen without its intro, and purposes opening list items.
		{"a listed fragment is collected", "Your device type, screen size, browser type and operating system;", func(r *Report) bool {
			d, ok := hasDataType(r, "browser")
			return ok && d.Collected
		}},
		{"a fragment ending in a comma is a list item of purposes", "to improve our sites and services and customize your experience,", func(r *Report) bool {
			return slices.Contains(r.Categories, "first-party-collection")
		}},
		{"a purpose opens a list item", "We use information to:\n- Improving the Site and our services;\n- Responding to your questions;", func(r *Report) bool {
			return countFindings(r, "purpose") == 3 // each item's, and the intro's (AimsListed)
		}},
		{"a bare verb in prose is no purpose", "Providing your email address is optional.", func(r *Report) bool {
			return countFindings(r, "purpose") == 0
		}},
		{"reasons to share listed after an empty intro", "We may share your personal information when the law requires it. Examples include:\n- Protecting the safety of customers;\n- Responding to a search warrant.", func(r *Report) bool {
			return countFindings(r, "share-purpose") == 2
		}},
		{"the page you came from", "Each time you visit, we automatically collect your IP address and the web page from which you came.", func(r *Report) bool {
			_, ok := hasDataType(r, "browsing")
			return ok
		}},
		{"a data word naming a business", "We use a credit card processing company and third-party payment services to bill users.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"the act of paying is no data", "We may share your health information with your insurer to obtain payment for your care.", func(r *Report) bool {
			_, ok := hasDataType(r, "payment-info")
			return !ok
		}},
		{"payment as an activity", "We may disclose your health information to another provider for its payment activities, and keep records for legal, payment, accounting or technical purposes.", func(r *Report) bool {
			_, ok := hasDataType(r, "payment-info")
			return !ok
		}},
		{"payment coordinated with a data noun", "We only use payment and identity verification information to complete your order.", func(r *Report) bool {
			_, ok := hasDataType(r, "payment-info")
			return ok
		}},
		{"running surveys is an activity", "We use your information to contact you and we conduct contests, sweepstakes and surveys.", func(r *Report) bool {
			_, ok := hasDataType(r, "survey")
			return !ok
		}},
		{"survey answers are data", "We collect your answers to our surveys.", func(r *Report) bool {
			_, ok := hasDataType(r, "survey")
			return ok
		}},
		{"a survey as the occasion", "We collect your name and email address when you enter a contest, complete a survey or make a purchase.", func(r *Report) bool {
			_, ok := hasDataType(r, "survey")
			return !ok
		}},
		{"how you browse, your previous activities", "We may use this information to customize your experience based on your previous activities and how you browse our site.", func(r *Report) bool {
			d, ok := hasDataType(r, "browsing")
			return ok && d.Collected && len(d.Evidence) == 2
		}},
		{"the types we collect include", "The types of personal information we collect may include your name and email address.", func(r *Report) bool {
			d, ok := hasDataType(r, "personal-info")
			return ok && d.Collected
		}},
		{"the types we collect, described", "This policy describes the types of personal information we collect.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"shared, then protected in a later clause", "These companies have access to personal information needed to perform their functions, but may not use it for other purposes.", func(r *Report) bool {
			d, ok := hasDataType(r, "personal-info")
			return ok && d.Shared && slices.Contains(r.Categories, "data-security")
		}},
		{"protected in the clause that names it", "We use encryption to protect your personal information.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"the company's own address", "To opt out, contact us by email or write to us at the mailing address below.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"the email program is no data", "You can turn images off in your email client to disable web beacons.", func(r *Report) bool {
			_, ok := hasDataType(r, "email")
			return !ok
		}},
		{"which policy version applies is about changes", "Information collected prior to the time any change is posted will be used according to the policy in effect at the time the information was collected.", func(r *Report) bool {
			return slices.Equal(r.Categories, []string{"policy-change"})
		}},
		{"the reader may decline to give data", "You can choose not to provide us with certain information, but then some features may not work.", func(r *Report) bool {
			return slices.Equal(r.Categories, []string{"user-choice"})
		}},
		{"the company promising not to disclose is no choice", "We will use our best efforts not to disclose personal information that you provide to outside parties.", func(r *Report) bool {
			return !slices.Contains(r.Categories, "user-choice")
		}},
		{"a listed purpose naming the law", "to prevent fraud or illegal activities, or to comply with applicable law,", func(r *Report) bool {
			return countFindings(r, "purpose") >= 1 && slices.Equal(r.Categories, []string{"first-party-collection"})
		}},
		{"a Title Case data label described", "Payment Information needed to process payments such as your credit card number and expiration date.", func(r *Report) bool {
			d, ok := hasDataType(r, "payment-card")
			return ok && d.Collected && slices.Equal(r.Categories, []string{"first-party-collection"})
		}},
		{"a Title Case tracking name described is no practice", "Web Beacons and Other Tracking Technologies are small strings of code.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"who can see your information is no right", "Who Can See Your Information?\n\nWe will not disclose your personal information to organizations outside our company.", func(r *Report) bool {
			return len(r.Rights) == 0
		}},
		{"the name of a domain is no name", "We automatically collect the name of the domain from which you access the internet and your IP address.", func(r *Report) bool {
			_, ok := hasDataType(r, "name")
			return !ok
		}},
		{"the company's phone numbers or address", "You may opt out by contacting us at the phone numbers or postal address provided below.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"a visit as a time is no data", "Upon your first visit to the Services, a cookie is sent to your computer.", func(r *Report) bool {
			_, ok := hasDataType(r, "browsing")
			return !ok
		}},
		{"ads based on your visits", "We use cookies to show you ads based on your visits to our site and other sites.", func(r *Report) bool {
			_, ok := hasDataType(r, "browsing")
			return ok
		}},
		{"a bulleted item of data, its intro out of view", "- details of your visits to our site, including traffic data, location data and weblogs.", func(r *Report) bool {
			d, ok := hasDataType(r, "browsing")
			return ok && d.Collected
		}},
		{"a sentence that only lists data", "Usage data, including your device identifier or IP address, when you visit our sites.", func(r *Report) bool {
			d, ok := hasDataType(r, "ip-address")
			return ok && d.Collected
		}},
		{"data a sentence only names, without examples", "The Photos app presents tabs to group photos and videos by time, location, tags and faces.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"data named in a sentence about something else", "Special privacy protections apply to HIV-related information and mental health information.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"a numbered item addressed to the reader", "6. You may also contact us at privacy@example.com about the handling of your personal information.", func(r *Report) bool {
			return len(r.DataTypes) == 0
		}},
		{"personal information kept is named", "We keep personal information as long as it is necessary for our business.", func(r *Report) bool {
			_, ok := hasDataType(r, "personal-info")
			return ok && slices.Equal(r.Categories, []string{"data-retention"})
		}},
		{"retained and used, still about keeping", "We will retain and use your personal information as necessary to comply with our legal obligations.", func(r *Report) bool {
			_, ok := hasDataType(r, "personal-info")
			return ok && !slices.Contains(r.Categories, "first-party-collection")
		}},
		{"an employer who receives is no data", "We may release your health information to your employer if your employer hires us to provide you with a physical exam.", func(r *Report) bool {
			_, ok := hasDataType(r, "employment")
			return !ok
		}},
		{"the employer's name is data", "We collect your occupation and the name of your employer.", func(r *Report) bool {
			d, ok := hasDataType(r, "employment")
			return ok && len(d.Evidence) == 2
		}},
		{"a place is no location data", "Students registered at one of our nine locations can ask for their records, and complaints about a specific location are forwarded to the franchised location.", func(r *Report) bool {
			_, ok := hasDataType(r, "location")
			return !ok
		}},
		{"the reader's location stays", "We collect your location when you use location based services.", func(r *Report) bool {
			_, ok := hasDataType(r, "location")
			return ok
		}},
		{"sent to the reader is no sharing", "You can choose to have your browser warn you every time a cookie is sent to you.", func(r *Report) bool {
			d, ok := hasDataType(r, "cookies")
			return ok && !d.Shared && !slices.Contains(r.Categories, "third-party-sharing")
		}},
		{"email newsletters are a channel", "We may track how many recipients of our e-mail newsletters click through, and collect aggregated data about email click-through rates.", func(r *Report) bool {
			_, ok := hasDataType(r, "email")
			return !ok
		}},
		{"provided so that a recipient can use it", "If you sign up for a special offer, we will provide your contact information (name, email address), so that the advertiser can fulfill the offer.", func(r *Report) bool {
			d, ok := hasDataType(r, "email")
			_, adv := hasRecipient(r, "advertisers")
			return ok && d.Shared && adv
		}},
		{"the device you use", "We automatically collect information about the device you use and the browsers used to visit our site.", func(r *Report) bool {
			d, ok := hasDataType(r, "device-info")
			return ok && d.Collected && len(d.Evidence) == 2
		}},
		{"an abbreviation in parentheses", "We collect the Internet Protocol (IP) address of every visitor.", func(r *Report) bool {
			d, ok := hasDataType(r, "ip-address")
			return ok && r.Findings[d.Evidence[0]].Text == "Internet Protocol (IP) address"
		}},
		{"disabling cookies is a choice over cookies", "Users can disable cookies by changing their browser settings.", func(r *Report) bool {
			d, ok := hasDataType(r, "cookies")
			right := slices.ContainsFunc(r.Rights, func(x Right) bool { return x.ID == "cookie-control" })
			return ok && right && r.Findings[d.Evidence[0]].Category == "user-choice"
		}},
		{"placing cookies uses them", "When we display online advertisements to you, we will place one or more cookies in your browser.", func(r *Report) bool {
			d, ok := hasDataType(r, "cookies")
			return ok && d.Collected
		}},
		{"a pointer in parentheses is an aside", "We collect personal information when you place an order (see the section below for more information on orders).", func(r *Report) bool {
			d, ok := hasDataType(r, "personal-info")
			return ok && d.Collected
		}},
		{"the reader provides data for a purpose", "When you register, you may be invited to provide personal information to enhance your experience on our site.", func(r *Report) bool {
			d, ok := hasDataType(r, "personal-info")
			return ok && d.Collected && !d.Shared
		}},
		{"a sentence opening with 'When' is no question", "When you register, we collect your personal information.", func(r *Report) bool {
			d, ok := hasDataType(r, "personal-info")
			return ok && d.Collected
		}},
		{"information about assets", "For some financial products we may also ask for information about your assets.", func(r *Report) bool {
			d, ok := hasDataType(r, "payment-info")
			return ok && d.Collected && len(r.DataTypes) == 1
		}},
		{"a choice under a collection heading", "Information We Collect\n\nYou can choose to have your computer warn you each time a cookie is sent.", func(r *Report) bool {
			_, ok := hasDataType(r, "cookies")
			return ok && !slices.Contains(r.Categories, "first-party-collection") && slices.Contains(r.Categories, "user-choice")
		}},
		{"a policy's scope is no practice", "This Privacy Policy does not apply to any information collected offline.", func(r *Report) bool {
			return len(r.Categories) == 0
		}},
		{"consent by use is the reader's choice", "By using the Site, you consent to the collection and use of your personal information.", func(r *Report) bool {
			_, ok := hasDataType(r, "personal-info")
			return ok && slices.Equal(r.Categories, []string{"user-choice"})
		}},
		{"sharing children's data is about children", "We may share children's personal information with our service providers.", func(r *Report) bool {
			d, ok := hasDataType(r, "personal-info")
			return ok && d.Shared && slices.Equal(r.Categories, []string{"specific-audiences"})
		}},
		// Collecting from children is still collecting, but the sentence is
		// a rule about children, as OPP-115 reads it.
		{"collecting from children is about children", "We collect the email address of children under 13 with their parents' consent.", func(r *Report) bool {
			d, ok := hasDataType(r, "email")
			return ok && d.Collected && slices.Equal(r.Categories, []string{"specific-audiences"})
		}},
		{"consent by use is a choice", "By using our Services, you consent to the collection and use of your information.", func(r *Report) bool {
			return slices.Contains(r.Categories, "user-choice")
		}},
		{"asking us to stop selling is a right", `You have the right to request that we stop "selling" your personal information.`, func(r *Report) bool {
			return len(r.Rights) == 1 && r.Rights[0].ID == "opt-out-sale" && r.Sharing.Sale == "ccpa" // offered: see TestSale
		}},
		{"a label before a negated statement", "Geolocation Data: We do not collect your specific longitude and latitude.", func(r *Report) bool {
			return len(r.DataTypes) == 1 && r.DataTypes[0].ID == "precise-location" && !r.DataTypes[0].Collected
		}},
		{"non-precise location is not precise", "We collect your non-precise location, derived from your IP address.", func(r *Report) bool {
			for _, d := range r.DataTypes {
				if d.ID == "precise-location" {
					return false
				}
			}
			return true
		}},
		{"geolocation alone is not precise", "We collect geolocation data to understand where visitors reside.", func(r *Report) bool {
			return len(r.DataTypes) == 1 && r.DataTypes[0].ID == "location"
		}},
		{"precise geolocation is", "We collect the precise geolocation of your device.", func(r *Report) bool {
			return len(r.DataTypes) == 1 && r.DataTypes[0].ID == "precise-location"
		}},
		{"a label alone still counts", "Email address: we collect it when you register.", func(r *Report) bool {
			return len(r.DataTypes) == 1 && r.DataTypes[0].ID == "email" && r.DataTypes[0].Collected
		}},
		{"closing an account as a condition is not a right", "If you decide to close your account, we will continue to follow this notice.", func(r *Report) bool {
			return len(r.Rights) == 0
		}},
		{"an offered option with 'if necessary' is a right", "We offer several options for accessing and, if necessary, correcting your account information.", func(r *Report) bool {
			return len(r.Rights) == 1 && r.Rights[0].ID == "correction"
		}},
		{"closing an account you can do is a right", "You can close your account at any time.", func(r *Report) bool {
			return len(r.Rights) == 1 && r.Rights[0].ID == "deletion"
		}},
		{"trading history is data, not a sale", "We share your trading history with our affiliates.", func(r *Report) bool {
			return r.Sharing.Sale == "unstated"
		}},
		{"what others can see is not a right", "Anyone who is able to access the Network can view your profile and content.", func(r *Report) bool {
			return len(r.Rights) == 0
		}},
		{"naming the FTC is not a complaint right", "We are subject to the investigatory and enforcement powers of the Federal Trade Commission (FTC).", func(r *Report) bool {
			return len(r.Rights) == 0
		}},
		{"complaining to the FTC is", "You may file a complaint with the Federal Trade Commission.", func(r *Report) bool {
			return len(r.Rights) == 1 && r.Rights[0].ID == "complaint"
		}},
		{"the company's right is not the reader's", "We reserve the right to delete inactive accounts.", func(r *Report) bool {
			return len(r.Rights) == 0
		}},
		{"the reader's retained right", "You retain the right to delete your data at any time.", func(r *Report) bool {
			return len(r.Rights) == 1 && r.Rights[0].ID == "deletion"
		}},
		{"a fee far from the right", "You can delete your account, and we use your data to resolve disputes, process orders, send you receipts, provide support and collect fees.", func(r *Report) bool {
			for _, p := range r.Points {
				if p.ID == "fee-for-deletion" {
					return false
				}
			}
			return len(r.Rights) == 1
		}},
		{"a fee for a copy", "We may charge you a small fee for providing a copy of your data.", func(r *Report) bool {
			for _, p := range r.Points {
				if p.ID == "fee-for-access" {
					return true
				}
			}
			return false
		}},
		{"in charge of processing is no fee", "You may request access to your data from the person in charge of the processing.", func(r *Report) bool {
			return len(r.Points) > 0 && !slices.ContainsFunc(r.Points, func(p Point) bool { return p.ID == "fee-for-access" })
		}},
		{"a right to see records is access, not a choice", "You have the right to inspect and obtain a copy of your health information.", func(r *Report) bool {
			return slices.Equal(r.Categories, []string{"user-access"})
		}},
		{"a right to object is a choice", "You have the right to object to the use of your information for marketing.", func(r *Report) bool {
			return slices.Contains(r.Categories, "user-choice")
		}},
		{"not agreeing is the reader's choice", "If you do not agree to this policy, please do not use our Sites.", func(r *Report) bool {
			return slices.Equal(r.Categories, []string{"user-choice"})
		}},
		{"a preference is a choice", "If you prefer that we not share your information with these companies, please write to us.", func(r *Report) bool {
			return slices.Contains(r.Categories, "user-choice")
		}},
		{"a source is not a recipient", "We may receive information about you from other sources, such as social networking services and advertisers.", func(r *Report) bool {
			return len(r.Sharing.Recipients) == 0
		}},
		{"asking to be told about sharing is a right, not sharing", "You may request information regarding our disclosure of your personal information to third parties for their direct marketing purposes.", func(r *Report) bool {
			return len(r.Sharing.Recipients) == 0 && !slices.ContainsFunc(r.DataTypes, func(d DataType) bool { return d.Shared })
		}},
		{"we share after the reader's request", "If you request information about our products, we share your name with our partners.", func(r *Report) bool {
			_, ok := hasRecipient(r, "business-partners")
			d, shared := hasDataType(r, "name")
			return ok && shared && d.Shared
		}},
		{"we obtain information about you, then share it", "We may obtain information about you from publishers and share it with advertisers.", func(r *Report) bool {
			_, ok := hasRecipient(r, "advertisers")
			return ok
		}},
		{"read by other users is made public", "Any personal information you submit in these forums can be read, collected, or used by other users.", func(r *Report) bool {
			_, ok := hasRecipient(r, "public")
			return ok
		}},
		{"opting out of emails is a choice over the email address", "To stop receiving our newsletters, click the unsubscribe link in any of them.", func(r *Report) bool {
			d, ok := hasDataType(r, "email")
			return ok && d.Group == "contact" && slices.Equal(r.Categories, []string{"user-choice"})
		}},
		{"opting out of postal mail names no email", "You may opt out of receiving our catalogs by calling us.", func(r *Report) bool {
			_, ok := hasDataType(r, "email")
			return !ok && len(r.Rights) == 1
		}},
		{"sending the reader newsletters names contact details only", "We may send you newsletters.", func(r *Report) bool {
			d, ok := hasDataType(r, "contact-info")
			return ok && !d.Collected && slices.Equal(r.Categories, []string{"first-party-collection"})
		}},
		{"working on our behalf is a service provider", "We employ other companies and individuals to perform functions on our behalf.", func(r *Report) bool {
			_, ok := hasRecipient(r, "service-providers")
			return ok && slices.Contains(r.Categories, "third-party-sharing")
		}},
		{"less protective laws abroad address readers elsewhere", "Your information may be transferred to servers in other countries where the privacy laws may not be as protective as your jurisdiction.", func(r *Report) bool {
			return slices.Contains(r.Categories, "specific-audiences")
		}},
		{"notice of a change in ownership is a policy change", "Users will be notified via email prior to a change of ownership or control of their personal information.", func(r *Report) bool {
			return slices.Equal(r.Categories, []string{"policy-change"}) && slices.Equal(r.Changes.Notice, []string{"email"})
		}},
		{"a change in ownership alone is no notice", "In a merger or acquisition, your information may be transferred to the buyer.", func(r *Report) bool {
			return !slices.Contains(r.Categories, "policy-change")
		}},
		{"advice to the reader states no practice", "We encourage you to read the privacy policies of the sites you link to, which may collect your email address.", func(r *Report) bool {
			// The sites' collecting is no evidence of the company's (issue #15).
			_, ok := hasDataType(r, "email")
			return !ok && !slices.Contains(r.Categories, "first-party-collection")
		}},
		{"coordinated verbs share their negation", "We do not knowingly collect, use, or disclose personal information from children under 13.", func(r *Report) bool {
			d, ok := hasDataType(r, "personal-info")
			return ok && !d.Collected && !d.Shared && slices.Equal(r.Categories, []string{"specific-audiences"})
		}},
		{"not keeping data negates the data it names", "We store the following account data:\n- Login credentials\n- Email address\n\nWe do not store payment information such as credit card details.\n", func(r *Report) bool {
			d, ok := hasDataType(r, "payment-card")
			e, ok2 := hasDataType(r, "email")
			return (!ok || !d.Collected) && ok2 && e.Collected
		}},
		{"otherwise inside a negated chain", "We will not sell or otherwise share your personal information with any third parties.", func(r *Report) bool {
			rc, ok := hasRecipient(r, "other-third-parties")
			return ok && rc.Negated && r.Sharing.Sale == "no"
		}},
		{"the law's definition of a sale is no sale", `"Sell" means selling, renting, releasing, disclosing, or otherwise communicating a consumer's personal information to a third party for monetary or other valuable consideration.`, func(r *Report) bool {
			return r.Sharing.Sale == "unstated"
		}},
		{"a business bought or sold is a transfer, not a sale of data", "We may disclose information when a Mattel business is bought or sold, or as otherwise permitted by law.", func(r *Report) bool {
			_, ok := hasRecipient(r, "business-transfer")
			return ok && r.Sharing.Sale == "unstated"
		}},
		{"the purpose for selling is an item of a right", "We disclose the business or commercial purpose for collecting or selling personal information.", func(r *Report) bool {
			return r.Sharing.Sale == "unstated"
		}},
		{"opting out of a sale is no sale", "The CCPA permits consumers who are California residents to ask businesses about personal data they have collected, submit an access or deletion request, and opt-out of the sale of personal information, if applicable.", func(r *Report) bool {
			return r.Sharing.Sale == "unstated" && slices.ContainsFunc(r.Rights, func(rt Right) bool { return rt.ID == "opt-out-sale" })
		}},
		{"handing a list of data to a recipient is sharing", "We may need to forward your name, email address, IP address, and shipping address to our service providers.", func(r *Report) bool {
			d, ok := hasDataType(r, "email")
			return ok && d.Shared && slices.Contains(r.Categories, "third-party-sharing")
		}},
		{"providing links to third party sites passes nothing on", "We may provide links to third party sites, such as credit bureaus or merchants.", func(r *Report) bool {
			return len(r.Sharing.Recipients) == 0
		}},
		{"opting out of text messages is a choice over the phone number", "You may opt out of receiving our text messages at any time by replying STOP.", func(r *Report) bool {
			d, ok := hasDataType(r, "phone")
			return ok && d.Group == "contact" && slices.Equal(r.Categories, []string{"user-choice"})
		}},
		{"a recipient after a source", "We share information we receive from advertisers with our service providers.", func(r *Report) bool {
			_, sp := hasRecipient(r, "service-providers")
			_, ad := hasRecipient(r, "advertisers")
			return sp && !ad
		}},
		{"legal basis", "We process your data on the basis of our legitimate interests.", func(r *Report) bool {
			return len(r.LegalBases) == 1 && r.LegalBases[0].ID == "legitimate-interests"
		}},
		{"contact", "Questions? Write to privacy@example.com or visit https://example.com/privacy.", func(r *Report) bool {
			return len(r.Contacts) == 2 && r.Contacts[0].Value == "privacy@example.com" && r.Contacts[1].Value == "https://example.com/privacy"
		}},
		{"menu links are not contacts", "[Home](http://acme.example/) [Blog](http://blog.acme.example/)\n\nOur data practices are described below.\n\nFor help, visit http://acme.example/help.", func(r *Report) bool {
			return len(r.Contacts) == 1 && r.Contacts[0].Value == "http://acme.example/help"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			if !tt.check(r) {
				t.Fatalf("report does not satisfy the check:\nfindings: %+v\nretention %+v children %+v dnt %+v changes %+v transfers %+v contacts %+v",
					r.Findings, r.Retention, r.Children, r.DoNotTrack, r.Changes, r.Transfers, r.Contacts)
			}
		})
	}
}

func TestMissingIsNeverSilent(t *testing.T) {
	r := analyzeRules("We collect your email address to send you our newsletter.")
	ids := map[string]bool{}
	for _, m := range r.Missing {
		ids[m.ID] = true
		if m.Law == "" || m.Text == "" {
			t.Errorf("missing item %+v lacks its law or text", m)
		}
	}
	for _, want := range []string{"deletion", "retention", "sale", "children"} {
		if !ids[want] {
			t.Errorf("missing does not list %q: %+v", want, r.Missing)
		}
	}
	// Selling: a company that sells nothing and aims no ads at the reader
	// has no opt-out to describe; one that shows targeted ads does.
	for _, tt := range []struct {
		text         string
		sale, optOut bool // listed as missing
	}{
		{"We never sell your personal information to anyone.", false, false},
		{"We do not share your personal information with anyone.", false, false},
		{"We do not sell your personal information. We show you interest-based ads based on your browsing.", false, true},
		{"We collect your email address to send you our newsletter.", true, true},
	} {
		ids := map[string]bool{}
		for _, m := range analyzeRules(tt.text).Missing {
			ids[m.ID] = true
		}
		if ids["sale"] != tt.sale || ids["opt-out-sale"] != tt.optOut {
			t.Errorf("%q: sale missing %v, opt-out missing %v; want %v, %v", tt.text, ids["sale"], ids["opt-out-sale"], tt.sale, tt.optOut)
		}
	}
	r = analyzeRules("You may request deletion of your personal data. We retain data for 30 days.")
	for _, m := range r.Missing {
		if m.ID == "deletion" || m.ID == "retention" {
			t.Errorf("%s listed as missing although stated", m.ID)
		}
	}
	// An item is stated only by what it asks: how the reader is told of
	// changes (not that the policy may change, nor its date), how they
	// answer Do Not Track (not that browsers send it), a complaint to a
	// regulator (not to the company).
	for _, tt := range []struct {
		id, text string
		missing  bool
	}{
		{"changes", "We may update this policy from time to time. Last updated: May 1, 2020.", true},
		{"changes", "We may update this policy from time to time. Any changes will be posted on this page.", false},
		{"changes", "We may change this policy at any time without notice.", false},
		{"do-not-track", "Most browsers let you send a Do Not Track request to the websites you visit.", true},
		{"do-not-track", "We do not respond to Do Not Track signals.", false},
		{"complaint", "If you have a complaint about our handling of your data, please contact us at privacy@example.com.", true},
		{"complaint", "You have the right to lodge a complaint with your local supervisory authority.", false},
	} {
		got := false
		for _, m := range analyzeRules(tt.text).Missing {
			got = got || m.ID == tt.id
		}
		if got != tt.missing {
			t.Errorf("%q: %s missing %v, want %v", tt.text, tt.id, got, tt.missing)
		}
	}
}

func TestWayNamed(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{"told"}, []string{"told"}},
		{[]string{"told", "posted"}, []string{"told", "posted"}},
		{[]string{"told", "email"}, []string{"email"}},
		{[]string{"in-app", "told", "posted"}, []string{"in-app", "posted"}},
	} {
		r := &Report{Changes: Changes{Notice: slices.Clone(tt.in)}}
		if got := wayNamed(r); !slices.Equal(got, tt.want) {
			t.Errorf("wayNamed(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestInputs(t *testing.T) {
	french := strings.Repeat("Nous recueillons vos données personnelles lorsque vous utilisez nos services et nous ne les vendons jamais à des tiers. ", 5)
	tests := []struct {
		name, text, notice string
		findings           bool
	}{
		{"empty", "", "empty", false},
		{"blank", " \n\t \n", "empty", false},
		{"binary", "\x00\x01\x02PK\x03\x04\x00\x00\xff\xfe\x00\x00\x10\x11\x12\x13" + strings.Repeat("\x00\x9c", 40), "binary", false},
		// French is read in outline (outline.go), with its notice.
		{"not english", french, "outline", true},
		{"short, not english", "Politique de confidentialité. Nous utilisons des cookies et vos données personnelles.", "outline", true},
		// Shorter than eight words, or borrowing the words of policies
		// ("cookies", "Google Analytics", "IP"), they are still told apart by
		// their own function words. (Finnish and Greek have no cue file of
		// the outline reader.)
		{"very short, not english", "Nous utilisons des cookies sur le site.", "outline", true},
		{"short Finnish", "Emme myy tietojasi emmekä anna niitä kolmansille osapuolille.", "not-english", false},
		{"short, policy words borrowed", "Les statistiques de visite sont mesurées par Google Analytics avec votre adresse IP anonymisée.", "outline", true},
		// Another script tells a text apart however short it is: a sentence
		// without spaces is a single token.
		{"very short, Greek", "Συλλέγουμε τη διεύθυνση IP σας.", "not-english", false},
		// (Chinese and Japanese are read in outline, characters as words;
		// Korean, in words of Hangul. Thai has no cue file.)
		{"very short, Chinese", "我们收集您的电子邮件地址。我们不出售。", "outline", true},
		{"very short, Korean", "저희는 귀하의 이메일 주소를 수집합니다.", "outline", true},
		{"very short, Thai", "เราเก็บรวบรวมที่อยู่อีเมลของคุณ", "not-english", false},
		{"too large", strings.Repeat("a", MaxInputBytes+1), "too-large", false},
		{"invalid utf-8", "We collect your email address\xff\xfe when you sign up.", "invalid-utf8", true},
		{"html", "<html><body><p>We collect your <b>email address</b>.</p><p>We share it with <a href=\"x\">advertisers</a>.</p><script>alert(1)</script></body></html>", "html", true},
		{"not a policy", strings.Repeat("The quick brown fox jumps over the lazy dog and runs into the forest. ", 8), "not-a-policy", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			found := false
			for _, n := range r.Notices {
				if n.ID == tt.notice {
					found = true
					if n.Message == "" || n.Level == "" {
						t.Fatalf("notice without message: %+v", n)
					}
					// A text in no language it reads is told which it reads.
					if n.ID == "not-english" && !(strings.Contains(n.Message, "English, and in outline ") && strings.Contains(n.Message, "French")) {
						t.Fatalf("not-english notice does not name the languages read: %q", n.Message)
					}
				}
			}
			if !found {
				t.Fatalf("no %q notice: %+v", tt.notice, r.Notices)
			}
			if got := len(r.Findings) > 0; got != tt.findings {
				t.Fatalf("findings present = %v, want %v: %+v", got, tt.findings, r.Findings)
			}
		})
	}
}

// TestShortEnglish: a short English text with no function words (a title
// and a date line) is read, not turned away as another language.
func TestShortEnglish(t *testing.T) {
	r := analyzeRules("Privacy Policy Notice\nEffective: June 12, 2020\n(view previous versions: 5/25/18, 3/28/17)\n")
	for _, n := range r.Notices {
		if n.ID == "not-english" {
			t.Fatalf("short English text read as another language: %+v", r.Notices)
		}
	}
	// A foreign name or phrase in a short English text is no other language.
	for _, s := range []string{"We use cookies on the Casa de la Musica website.", "Write to us at 1 Rue de la Paix, Paris.", "Our office in Los Angeles keeps your data.", "We work with Яндекс (Yandex) and 百度 (Baidu) on ads.", "Our Δ team reads your email."} {
		for _, n := range analyzeRules(s).Notices {
			if n.ID == "not-english" {
				t.Errorf("%q read as another language", s)
			}
		}
	}
	if r.Updated.Text != "June 12, 2020" {
		t.Fatalf("last updated = %+v, want June 12, 2020", r.Updated)
	}
}

func TestCodeLines(t *testing.T) {
	tests := []struct {
		line string
		code bool
	}{
		{`$(document).on("click", "#no-sell-info", function () { truste.eu && truste.eu.clickListener(2); });`, true},
		{`var SB = { version: '3.0', contextPath: '', loggedIn: false, fbLoggedIn: false };`, true},
		{`window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}`, true},
		{`We collect your email address (and, if you choose, your phone number); we do not sell it.`, false},
		{`Cookies (small files) help us: see section 4 (below); you may refuse them (see "Choices").`, false},
		{`The value of x = 3 is a function of the inputs.`, false},
		{`{ "@context": "http://schema.org", "@type": "Organization", "name": "Acme", "url": "https:\/\/acme.example" }`, true},
		{`{ We collect "names": "emails": and "phones": in braces }`, false},
	}
	for _, tt := range tests {
		if got := text.CodeLine(tt.line) > 0; got != tt.code {
			t.Errorf("codeLine(%q) = %v, want %v", tt.line, got, tt.code)
		}
	}
	text := "We collect your name.\n$(document).on(\"click\", \"#no-sell-info\", function () { share(email); });\nWe use cookies.\n"
	r := analyzeRules(text)
	checkReport(t, text, r)
	code := strings.Index(text, "$(")
	for _, f := range r.Findings {
		if f.Start >= code && f.Start < strings.Index(text, "We use") {
			t.Errorf("finding inside a line of code: %+v", f)
		}
	}
	if r.Sharing.Sale != "unstated" {
		t.Errorf("sale = %q from a line of code", r.Sharing.Sale)
	}
}

func TestHTMLTagsAreNotWords(t *testing.T) {
	for _, tt := range []struct{ text, from string }{
		{`<div class="cookie-banner" data-track="share">Hello</div><p>We collect your name.</p>`, "<p>"},
		{`[Home](/shared/images/photos.png "we share your photos") We collect your name.`, " We"},
		{"![logo](/img/share-your-location.gif) We collect your name.", " We"},
	} {
		r := analyzeRules(tt.text)
		checkReport(t, tt.text, r)
		if len(r.Findings) == 0 {
			t.Errorf("%q: no findings", tt.text)
		}
		for _, f := range r.Findings {
			if f.Start < strings.Index(tt.text, tt.from) {
				t.Errorf("%q: finding inside markup: %+v", tt.text, f)
			}
		}
	}
}

func TestMojibakeAndWrappedLines(t *testing.T) {
	text := "This Privacy Policy describes how we collect\nyour email address and phone number when\nyou create an account. We donât sell\nyour personal information."
	r := analyzeRules(text)
	checkReport(t, text, r)
	if _, ok := hasDataType(r, "phone"); !ok {
		t.Errorf("phone number across wrapped lines not found: %+v", r.Findings)
	}
	if r.Sharing.Sale != "no" {
		t.Errorf("sale = %q across a wrapped line with mojibake, want no", r.Sharing.Sale)
	}
	r = analyzeRules(text, WithBlocks())
	if len(r.Blocks) != 1 {
		t.Errorf("hard-wrapped paragraph gave %d blocks, want 1: %+v", len(r.Blocks), r.Blocks)
	}
}

func TestMatchStopsAtHeading(t *testing.T) {
	// A wrapped line joins its words, a heading's line does not: "DATA"
	// and "We collect" make no "data we collect" across them.
	text := "SOURCES OF PERSONAL DATA\nWe collect and receive your personal data from you and from other sources."
	r := analyzeRules(text)
	checkReport(t, text, r)
	if len(r.Sources) == 0 {
		t.Errorf("no source under a heading: %+v", r.Findings)
	}
}

func TestStructure(t *testing.T) {
	text := "# Privacy Policy\n\nINFORMATION WE COLLECT\nWe collect your name.\n\n1. Introduction\nWe respect your privacy.\n- First item\n- Second item\n"
	r := analyzeRules(text, WithBlocks())
	var kinds []string
	for _, b := range r.Blocks {
		kinds = append(kinds, b.Kind)
	}
	want := "heading heading paragraph heading paragraph list-item list-item"
	if strings.Join(kinds, " ") != want {
		t.Fatalf("blocks = %v, want %s", kinds, want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Please contact us. We will reply.", "Please contact us.|We will reply."},
		{"Do it so. Then stop.", "Do it so.|Then stop."},
		{"We use tools, e.g. Google Analytics, to count visits.", "We use tools, e.g. Google Analytics, to count visits."},
		{"It is sent to the U.S. Department of Commerce.", "It is sent to the U.S. Department of Commerce."},
		{"Ask Mr. Smith. He knows.", "Ask Mr. Smith.|He knows."},
		{"Your name, address, etc. We also log visits.", "Your name, address, etc.|We also log visits."},
		{"The legal basis is Art. 6 para. 1 lit. f GDPR. We keep it.", "The legal basis is Art. 6 para. 1 lit. f GDPR.|We keep it."},
		{"Under Cal. Civ. Code § 1798.83, you may ask. We answer.", "Under Cal. Civ. Code § 1798.83, you may ask.|We answer."},
		{"We sell art. We ship it.", "We sell art.|We ship it."},
		// A stop after a bracket, emphasis, a link or a quote ends a
		// sentence, whose span takes in the markup before its stop.
		{"We use the browser(s). Several browsers ask.", "We use the browser(s).|Several browsers ask."},
		{"See [our page](https://example.com/a). We reply.", "See [our page](https://example.com/a).|We reply."},
		{"The cookie **MR**. It resets.", "The cookie **MR**.|It resets."},
		{"Call us (in the U.S.). Others write.", "Call us (in the U.S.).|Others write."},
		{"Set it to “No.” You may change it.", "Set it to “No.”|You may change it."},
		{"We keep your email. 3M sees it.", "We keep your email.|3M sees it."},
		{"10. California Residents", "10. California Residents"},
		{"4.2. Security of your data. We encrypt it.", "4.2. Security of your data.|We encrypt it."},
		{"IV. Your Rights", "IV. Your Rights"},
		{"12\\. Changes to this policy", "12\\. Changes to this policy"},
		{"Read it. 5\\. Your choices", "Read it.|5\\. Your choices"},
		{"We use tools, e.g., Google Analytics.", "We use tools, e.g., Google Analytics."},
		{"Your site identifier (_e.g._, Facebook ID) is read.", "Your site identifier (_e.g._, Facebook ID) is read."},
		{"We keep your **data**. It is safe.", "We keep your **data**.|It is safe."},
		{"**Sharing.** We share it.", "Sharing.|We share it."},
		// Capital initials or a title end a sentence before a word that
		// opens one and starts no name.
		{"It is stored in the U.S. If you ask, we move it.", "It is stored in the U.S.|If you ask, we move it."},
		{"Washington, D.C. We reply.", "Washington, D.C.|We reply."},
		{"Do you sell it? No. We do not.", "Do you sell it?|No.|We do not."},
		{"We use tools, e.g. The Trade Desk, to show ads.", "We use tools, e.g. The Trade Desk, to show ads."},
		// Two sentences run together with no space after the stop, a
		// lower-case word before it and a capitalised one after it; not a
		// web address, a file's or code's dotted name, initials or an
		// abbreviation.
		{"We cap how often an ad shows.The app has no other ads.", "We cap how often an ad shows.|The app has no other ads."},
		{"It protects our rights.We may also share it.", "It protects our rights.|We may also share it."},
		{"Cookies are set by our site.Example.org sets none.", "Cookies are set by our site.Example.org sets none."},
		{"The script reads window.ImageLoader and (window.Cookies) too.", "The script reads window.ImageLoader and (window.Cookies) too."},
		{"The object ab.User.prototype holds it.", "The object ab.User.prototype holds it."},
		{"We use tools, e.g.The Trade Desk, to show ads.", "We use tools, e.g.The Trade Desk, to show ads."},
		{"It is stored in the U.S.The law applies.", "It is stored in the U.S.The law applies."},
		{"We keep your name, address, etc.The rest goes.", "We keep your name, address, etc.|The rest goes."},
	}
	for _, tt := range tests {
		_, sents := structureOf(tt.text)
		var got []string
		for _, s := range sents {
			got = append(got, tt.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: sentences %q, want %q", tt.text, strings.Join(got, "|"), tt.want)
		}
	}
}

func TestDeterministic(t *testing.T) {
	text := "We collect your email. We do not sell it. You may delete your account. We keep logs for 90 days."
	a, b := analyzeRules(text), analyzeRules(text)
	if len(a.Findings) != len(b.Findings) {
		t.Fatal("two runs differ")
	}
	for i := range a.Findings {
		if a.Findings[i] != b.Findings[i] {
			t.Fatalf("finding %d differs: %+v vs %+v", i, a.Findings[i], b.Findings[i])
		}
	}
}

// TestAdversarialInputs runs inputs built to trigger quadratic behaviour;
// a regression shows up as this test hitting go test's timeout.
func TestAdversarialInputs(t *testing.T) {
	const n = 1 << 20
	inputs := map[string]string{
		"unclosed tags":    strings.Repeat("<a", n/2),
		"unclosed scripts": strings.Repeat("<script>x ", n/10),
		"at signs":         strings.Repeat("a", n/2) + strings.Repeat("@", n/2),
		"one sentence":     strings.Repeat("we collect your email address and share it with advertisers, ", n/60),
		"long heading":     "# " + strings.Repeat("information we collect ", n/40) + "\nWe collect your name.",
		"list":             "We share:\n" + strings.Repeat("- your email address\n", n/20),
		"mojibake":         strings.Repeat("â€™Â© donât ", n/16),
		"urls":             strings.Repeat("https://", n/8),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			r := analyzeRules(text)
			checkReport(t, text, r)
		})
	}
}

func TestFindingsCap(t *testing.T) {
	text := strings.Repeat("We collect your email address. ", MaxFindings+100)
	r := analyzeRules(text)
	checkReport(t, text, r)
	if len(r.Findings) > MaxFindings+50 {
		t.Fatalf("%d findings, cap is %d", len(r.Findings), MaxFindings)
	}
	for _, n := range r.Notices {
		if n.ID == "truncated" {
			// One number format in every report: "8,158 words", "20,000 findings".
			if !strings.Contains(n.Message, " 20,000 findings") {
				t.Errorf("truncated notice %q: want the cap written 20,000", n.Message)
			}
			return
		}
	}
	t.Fatalf("no truncated notice: %+v", r.Notices)
}

func TestConditionStaysWithItsClause(t *testing.T) {
	text := "If you live in Europe, we transfer data abroad. We share your email address with service providers, except as required by law."
	r := analyzeRules(text)
	checkReport(t, text, r)
	for _, f := range r.Findings {
		if f.ID == "service-providers" && f.Condition != "except as required by law" {
			t.Fatalf("service providers condition = %q", f.Condition)
		}
	}
}

func hasSecurity(r *Report, id string) bool {
	for _, m := range r.Security.Measures {
		if m.ID == id {
			return true
		}
	}
	return false
}

// structureOf is the blocks and sentences the analyzer cuts s into.
func structureOf(s string) ([]text.Block, []text.Sentence) {
	lx := rules()
	tz := text.Tokenizer{Words: &lx.Words}
	_, blocks, sents := text.BuildStructure(s, tz.Tokenize(s, nil), lx.Abbreviations(), nil, nil, nil)
	return blocks, sents
}

// TestTableOfContents checks the lines of a table of contents (Block.Contents)
// and of a menu of links (Block.Menu): they state no practice.
func TestTableOfContents(t *testing.T) {
	tests := []struct {
		name, text string
		menu       bool   // want is the menu flag, not the contents one
		want       []bool // the flag per block
	}{
		{"contents then a section", "This Privacy Policy covers the following:\nHow We Use Information\nSharing of Information\nData Security\nChanges to this Privacy Policy\n\nHow We Use Information\nWe use your email address to send you receipts.\n",
			false, []bool{false, true, true, true, true, false, false}},
		{"contents at the end of the text", "Information We Collect\nHow We Share Information\nYour Choices\n",
			false, []bool{true, true, true}},
		{"two headings are a section and its title", "Privacy Policy\nInformation We Collect\nWe collect your name.\n",
			false, []bool{false, false, false}},
		{"links to places on the page", "1. [How We Share Information](#sharing)\n- [Your Rights](#rights)\n- **[V. Children](#section-5)**\n\nRead [our cookie policy](https://example.com/cookies) and [your rights](#rights).\n",
			false, []bool{true, true, true, false}},
		{"a numbered line of links after an item with commas", "8.  [Storage, Retention, and Deletion](#8)\n9.  [How You Can Request Deletion](#9)\n10.  [Data Security](#10)\n",
			false, []bool{true, true, true}},
		{"a rule of dashes breaks the run", "Contact Us\n----------\nService communications\n\nWe may send you service emails.\n",
			false, []bool{false, false, false, false}},
		{"a menu of links", "*   [Trading](https://example.com/trading)\n    *   [Health Savings Account](https://example.com/hsa)\n    *   [Annuities](https://example.com/annuities)\n\nWe collect your name.\n",
			true, []bool{true, true, true, false}},
		{"a menu's links with titles", "*   [Audio sunglasses](https://example.com/frames \"Audio sunglasses\")\n*   [Shop all](https://example.com/all \"Shop all\")\n*   [Gifts](https://example.com/gifts \"Gifts\")\n\nWe collect your name.\n",
			true, []bool{true, true, true, false}},
		{"two links are no menu", "[Privacy](https://example.com/privacy)\n[Cookies](https://example.com/cookies)\n\nWe collect your name.\n",
			true, []bool{false, false, false}},
		{"the links of a list after its intro", "We share data with these partners:\n- [Acme Ads](https://acme.example)\n- [Beta Analytics](https://beta.example)\n- [Gamma Pay](https://gamma.example)\n",
			true, []bool{false, false, false, false}},
		{"a link with its own words is no menu line", "- Read [our cookie policy](https://example.com/cookies).\n- See [your rights](https://example.com/rights) here.\n- [Opt out](https://example.com/optout) of ads.\n",
			true, []bool{false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, _ := structureOf(tt.text)
			var got []bool
			for _, b := range blocks {
				got = append(got, b.Contents && !tt.menu || b.Menu && tt.menu)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("flags = %v, want %v", got, tt.want)
			}
		})
	}
	// The lines of a table of contents state no practice.
	r := analyzeRules("Contents:\nHow To Opt-Out or Correct Your Information\nChildren's Privacy\nChanges to This Privacy Policy\n\nWe collect your name.\n")
	if slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Kind == "right" || f.Kind == "children" }) {
		t.Fatalf("findings from a table of contents: %+v", r.Findings)
	}
	// Nor do a menu's.
	r = analyzeRules("* [Health Savings Account](https://example.com/hsa)\n* [Heart Rate](https://example.com/heart)\n* [Deleting your information](https://example.com/delete)\n")
	if slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Kind != "contact" }) || len(r.DataTypes) > 0 || len(r.Rights) > 0 {
		t.Fatalf("a menu's lines read as statements: %+v", r.Findings)
	}
}

// TestNumberedTitles checks that a numbered line is a section title or a
// list item by what follows it: a title in Title Case, or one in sentence
// case with a sentence starting on the next line ("3. Sale of personal
// information" then "We do not sell..."), is a heading of its own, not the
// start of a block that runs on into the text under it; and that a short
// unnumbered line in sentence case that starts a block and is followed by a
// sentence is a title too ("How we use your information").
func TestNumberedTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // block kinds
	}{
		{"sentence case title, text on the next line", "3. Sale of personal information\nWe do not sell your personal information.\n",
			[]string{"heading", "paragraph"}},
		{"Title Case title", "6. Data Security\nWe protect your data.\n", []string{"heading", "paragraph"}},
		{"title then a blank line", "2. How We Share Information\n\nWe share it with our affiliates.\n", []string{"heading", "paragraph"}},
		{"a numbered list", "We collect:\n1. Your name\n2. Your email address\n", []string{"heading", "list-item", "list-item"}},
		{"an item that wraps in lower case", "1. We collect the name you give us and\nthe email address you sign up with.\n", []string{"list-item"}},
		{"an item that ends its sentence", "1. We collect your name.\nWe also collect your email address.\n", []string{"list-item", "paragraph"}},
		{"an item with a comma", "1. Your name, email and phone\nWe use them to reach you.\n", []string{"list-item"}},
		{"an item ending in a colon", "1. Contact details:\nYour name and email address.\n", []string{"list-item"}},
		{"unnumbered title in sentence case", "How we use your information\nWe use your email address to send you receipts.\n", []string{"heading", "paragraph"}},
		{"after a blank line", "We protect your data.\n\nInformation we collect\nWe collect your name when you sign up.\n", []string{"paragraph", "heading", "paragraph"}},
		{"prose wrapped early", "We may share your information with\nGoogle Analytics and other partners who help us run the site.\n", []string{"paragraph"}},
		{"not at the start of a block", "We collect your name.\nHow we use your information\nWe use it to send you receipts.\n", []string{"paragraph", "paragraph"}},
		{"followed by a short line", "\nOur main offices and staff\nLondon and Paris\n", []string{"paragraph"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, _ := structureOf(tt.text)
			var got []string
			for _, b := range blocks {
				got = append(got, b.Kind)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("blocks = %v, want %v", got, tt.want)
			}
		})
	}
	// The title is not evidence: no finding starts in it.
	r := Analyze("3. Sale of personal information\nWe do not sell your personal information to third parties.\n")
	for _, f := range r.Findings {
		if f.Start < len("3. Sale of personal information") {
			t.Errorf("a finding in the title: %s %s %q (rule %s)", f.Kind, f.ID, f.Text, f.Rule)
		}
	}
}

// TestVagueData checks that a vague name for data ("information about you")
// is a data type only when nothing more specific says what the data is.
func TestVagueData(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // data type ids, sorted
		practice   string   // the practice finding the vague name leaves instead, if any
	}{
		{"alone it is the data", "We may share information about you with our affiliates.", []string{"about-you"}, ""},
		{"registration information is what you gave", "We will not share your registration information with third parties.", []string{"about-you"}, ""},
		{"the sentence names the data", "We collect information you provide, such as your name and email address.", []string{"email", "name"}, "collect-unspecified"},
		{"a list follows", "We collect the following information about you:\n- your name\n- your email address\n", []string{"email", "name"}, "collect-unspecified"},
		{"a specific word it overlaps wins", "You can update any contact information you provide to us.", []string{"contact-info"}, ""},
		{"anonymous information about you", "We may share aggregated anonymous information about you with advertisers.", nil, ""},
		{"one item with personal information", "We collect personal information when you register. We may share information about you with our affiliates.", []string{"personal-info"}, ""},
		{"personal information stays", "We collect personal information such as your name.", []string{"name", "personal-info"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			var got []string
			for _, d := range r.DataTypes {
				got = append(got, d.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("data types = %v, want %v", got, tt.want)
			}
			if tt.practice != "" && !slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Kind == "practice" && f.ID == tt.practice }) {
				t.Fatalf("no practice %s: %+v", tt.practice, r.Findings)
			}
		})
	}
}

// TestVagueDataFolded checks that "information about you" joins "personal
// information" as one data type, with the evidence of both.
func TestVagueDataFolded(t *testing.T) {
	r := analyzeRules("We collect personal information when you register. We may share information about you with our affiliates.")
	d, ok := hasDataType(r, "personal-info")
	if !ok || len(r.DataTypes) != 1 || len(d.Evidence) != 2 || !d.Collected || !d.Shared {
		t.Fatalf("data types %+v", r.DataTypes)
	}
	if id := r.Findings[d.Evidence[1]].ID; id != "about-you" {
		t.Fatalf("second evidence is %q, want the about-you finding", id)
	}
}

func TestAdvertisersOfAggregateDataAreNoConcern(t *testing.T) {
	for _, tt := range []struct {
		text    string
		concern bool
	}{
		{"We may share aggregated statistics about our visitors with advertisers.", false},
		{"We share anonymous, non-personal information with our advertising partners.", false},
		{"We share your email address and purchase history with advertisers.", true},
	} {
		got := false
		for _, p := range analyzeRules(tt.text).Points {
			got = got || p.ID == "shares-advertisers"
		}
		if got != tt.concern {
			t.Errorf("%q: shares-advertisers %v, want %v", tt.text, got, tt.concern)
		}
	}
}

// A point quotes the sentences that state it: a minimum age, the sentences
// of that age (not "under 18, only with a parent", nor a region's 16); a
// practice, the sentence under a heading, not the heading.
func TestPointsQuoteWhatStatesThem(t *testing.T) {
	tests := []struct{ name, text, point, want string }{
		{"an age with a parent", "If you are under 18, you may use our services only with the involvement of a parent or guardian.\n\n" +
			"We do not knowingly collect personal information from children under the age of 13.", "children-min-age", "13"},
		{"a region's age", "If you live in the European Union, our services are directed to people who are at least 16 years old.\n\n" +
			"Our services are not directed to children under the age of 13.\n\n" +
			"We do not knowingly collect personal information from children under 13.", "children-min-age", "13"},
		{"a heading", "## Data Transfers and the EU-US Privacy Shield\n\n" +
			"If we transfer your data outside of the European Economic Area, we do so within the EU-US Privacy Shield framework.", "privacy-shield", "If we transfer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(tt.text)
			checkReport(t, tt.text, r)
			for _, p := range r.Points {
				if p.ID != tt.point {
					continue
				}
				for _, i := range p.Evidence {
					if q := tt.text[r.Findings[i].Sentence.Start:r.Findings[i].Sentence.End]; !strings.Contains(q, tt.want) {
						t.Errorf("%s quotes %q, which does not say %q", p.ID, q, tt.want)
					}
				}
				return
			}
			t.Fatalf("no point %s: %+v", tt.point, r.Points)
		})
	}
}

// A point quotes statements before bare items and titles: a heading that
// names Privacy Shield, or a list item of a few words with no full stop,
// comes after the sentences that say it.
func TestPointsQuoteStatementsFirst(t *testing.T) {
	tests := []struct{ name, text, point, first string }{
		{"title", "## EU-U.S. Privacy Shield\n\nAcme complies with the EU-U.S. Privacy Shield Framework as set forth by the U.S. Department of Commerce.\n",
			"privacy-shield", "Acme complies"},
		{"bare item", "You have the following rights:\n\n* the right to erasure;\n* the right to object.\n\nYou may ask us to delete your personal data at any time by writing to privacy@example.com.\n",
			"offers-deletion", "You may ask us"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := analyzeRules(tt.text)
			checkReport(t, tt.text, r)
			for _, p := range r.Points {
				if p.ID != tt.point {
					continue
				}
				f := r.Findings[p.Evidence[0]]
				if q := tt.text[f.Sentence.Start:f.Sentence.End]; !strings.HasPrefix(q, tt.first) {
					t.Errorf("%s first quotes %q, want the sentence starting %q", p.ID, q, tt.first)
				}
				return
			}
			t.Fatalf("no point %s: %+v", tt.point, r.Points)
		})
	}
}

// TestWeFormsNoCompanyWords: NamesAsWe gives a policy's own name the ids of
// "we", "us" and "our", and FindOwnNames counts only the tokens that were
// company names or suffixes before it did (sentence.Doc.named): the three
// must be in neither set.
func TestWeFormsNoCompanyWords(t *testing.T) {
	lx := rules()
	for _, w := range []string{"we", "us", "our"} {
		id := lx.Words.Lookup(text.Stem([]byte(w)))
		if id == 0 || lx.InSet(id, lexicon.WordsCompanyNames) || lx.InSet(id, lexicon.WordsCompanySuffixes) {
			t.Errorf("%q: id %d, a company name %v, a company suffix %v", w, id, lx.InSet(id, lexicon.WordsCompanyNames), lx.InSet(id, lexicon.WordsCompanySuffixes))
		}
	}
}

// TestOwnNameAfterDataImage: an inline data image a converted page opens
// with (thousands of bytes of base64) does not make the company's name,
// written in the title right after it, come too late to be the policy's
// own (sentence.Doc.FindOwnNames): its product is no recipient.
func TestOwnNameAfterDataImage(t *testing.T) {
	img := "![](data:image/svg+xml;base64," + strings.Repeat("PHN2ZyB4bWxucz0i", 400) + ")\n\n"
	body := "Google Privacy Policy\n=====================\n\n" +
		strings.Repeat("Google keeps the settings of your account safe when you use the services every day.\n\n", 90) +
		"We use several tools to do this, including Google Analytics.\n"
	for _, tt := range []struct{ name, text string }{{"plain", body}, {"image first", img + body}} {
		r := analyzeRules(tt.text)
		checkReport(t, tt.text, r)
		for _, f := range r.Findings {
			if f.Kind == "share" {
				t.Errorf("%s: the company's own product shared: %+v", tt.name, f)
			}
		}
	}
}
