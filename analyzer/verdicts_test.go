package analyzer

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestSaleVerdict checks that the sale verdict weighs all the statements of
// a policy (issue #15): an explicit denial beats incidental or hypothetical
// mentions, the CCPA's wide sense is its own value, and the evidence starts
// with the statement that decided it.
func TestSaleVerdict(t *testing.T) {
	tests := []struct {
		name, text, sale, decidedBy string
	}{
		{"the company's own name denies sharing", "Acme Labs Inc. (\"Acme\", \"we\") makes note apps. Acme does not collect or share your information.",
			"no", "Acme does not collect or share your information."},
		{"the company's name with its suffix denies sharing", "Zorblet, LLC (\"we\" or \"us\") runs this site. Zorblet, LLC will never share your personal information with anyone.",
			"no", "Zorblet, LLC will never share your personal information with anyone."},
		{"the name the text writes as its own denies sharing", "Blorpify Privacy Policy. " + strings.Repeat("Blorpify keeps your email address to run the app for you. ", 100) + "Blorpify does not share your personal information with anyone.",
			"no", "Blorpify does not share your personal information with anyone."},
		{"the name \"we\" is said to stand for denies sharing", "In this policy \"we\" and \"us\" refer to Quillbox. Quillbox does not share your personal data with anyone.",
			"no", "Quillbox does not share your personal data with anyone."},
		{"the site's address denies sharing, however seldom written", "Notes for everyone. Example.com does not collect or share your information.",
			"no", "Example.com does not collect or share your information."},
		{"a known company's address denies nothing of ours", "Notes for everyone. Facebook.com does not collect or share your information.",
			"unstated", ""},
		{"a vendor's name denies nothing of ours", "Acme Labs Inc. (\"Acme\", \"we\") makes note apps. Zorblet does not collect or share your information.",
			"unstated", ""},
		{"a denial and a right to know", "You have the right to know to whom we have sold your personal information. We do not sell your personal information.",
			"no", "We do not sell your personal information."},
		{"a denial and a rule for users", "Where a member shows an email address, do not use it for selling member data to recruiters. We do not sell your personal information.",
			"no", "We do not sell your personal information."},
		{"a denial and a merger", "If we merge, sell, or otherwise reorganize our company, your personal information may pass to the buyer. We never sell your personal data.",
			"no", "We never sell your personal data."},
		{"a denial with exceptions", "The information will not be provided, sold, licensed, rented or disclosed to third parties, except as required by law.",
			"no", "The information will not be provided, sold, licensed, rented or disclosed to third parties, except as required by law."},
		{"a denial and a supposition", "If we sold your personal information in the past year, you may ask for two lists. We have not sold personal information in the past 12 months.",
			"no", "We have not sold personal information in the past 12 months."},
		{"an unconditional denial first", "We do not sell your email address unless you agree. We do not sell your personal data.",
			"no", "We do not sell your personal data."},
		{"a denial and aggregated data", "We may sell aggregated, de-identified data to our partners. We do not sell your personal information.",
			"no", "We do not sell your personal information."},
		{"a sale and a denial of something else", "We will not sell your email address. We may rent your name and postal address to other companies.",
			"yes", "We may rent your name and postal address to other companies."},
		{"the wide sense beside a denial", "We do not sell your personal information for money. Sharing device identifiers with our ad partners may be considered a \"sale\" under the CCPA.",
			"ccpa", "Sharing device identifiers with our ad partners may be considered a \"sale\" under the CCPA."},
		{"a denial in the ordinary sense only", "We do not sell personal information as the term is commonly understood.",
			"ccpa", "We do not sell personal information as the term is commonly understood."},
		{"a Do Not Sell link offered", "We share device identifiers with our advertising partners. To opt out, click the Do Not Sell My Personal Information link at the bottom of our website.",
			"ccpa", "To opt out, click the Do Not Sell My Personal Information link at the bottom of our website."},
		{"a Do Not Sell link beside a denial", "We do not sell your personal information. You can still use the Do Not Sell My Personal Information link in our footer.",
			"no", "We do not sell your personal information."},
		{"a Do Not Sell link's name alone", "Privacy Notice. Do Not Sell My Personal Information. We collect your email address.",
			"unstated", ""},
		{"a right to opt out of selling the reader's data offered", "We collect your email address. You have the right to opt out of the sale of your personal information.",
			"ccpa", "You have the right to opt out of the sale of your personal information."},
		{"residents may opt out of selling their data", "California residents may opt out of the sale of their personal information, as the CCPA defines it.",
			"ccpa", "California residents may opt out of the sale of their personal information, as the CCPA defines it."},
		{"the reader may direct us not to sell", "Your choices. You may direct us not to sell your personal information.",
			"ccpa", "You may direct us not to sell your personal information."},
		{"a wish to opt out of selling, answered with a way", "If you wish to opt out of the sale of your personal information, please email us.",
			"ccpa", "If you wish to opt out of the sale of your personal information, please email us."},
		{"a right to opt out of selling beside a denial", "We do not sell your personal information. You have the right to opt out of the sale of your personal information.",
			"no", "We do not sell your personal information."},
		{"the law's rights in general terms", "Under the CCPA, you have certain rights, including the right to opt out of the sale or sharing of personal information.", "unstated", ""},
		{"a right to opt out of any sales there may be", "The CCPA gives you the right to delete your data and to opt out of any sales that may be occurring.", "unstated", ""},
		{"a right to opt out of selling, if any", "You have the right to opt out of the sale of your personal information, if any.", "unstated", ""},
		{"consumers opting out under a law's duty", "When consumers opt out of the sale of their information, operators must not sell it.", "unstated", ""},
		{"a law's duty to let consumers opt out", "State law requires operators to let consumers opt out of the sale of their information.", "unstated", ""},
		{"the reader's opting out of selling reported", "We may tell a partner that you have opted out of the sale of your personal information.", "unstated", ""},
		{"a Do Not Sell request named in a condition", "If you send us a Do Not Sell request, we will treat it as a request to opt out of our marketing emails.", "unstated", ""},
		{"Nevada's right to opt out of selling", "Nevada residents may opt out of the sale of their covered information as Nevada law defines it.", "unstated", ""},
		{"a right to opt out of sharing, not of selling", "You can opt out of having your information shared with marketers.", "unstated", ""},
		{"a reader's question of selling answered no", "Questions\n\nDo you sell my data?\n\nNo.",
			"no", "No."},
		{"a denial of passing any data to anyone", "We value your trust. We never pass your personal information to anyone.",
			"no", "We never pass your personal information to anyone."},
		{"a denial of passing any data at all", "Our app is simple. We never send any data to other parties.",
			"no", "We never send any data to other parties."},
		{"a passive denial of passing the reader's data on", "Our app is simple. Your personal data is never shared.",
			"no", "Your personal data is never shared."},
		{"a passive denial with its auxiliary and fillers", "Your information will not ever be disclosed or sold to anyone.",
			"no", "Your information will not ever be disclosed or sold to anyone."},
		{"a passive denial whose subject the negator opens", "Our app is simple. No personal data about our members is ever shared.",
			"no", "No personal data about our members is ever shared."},
		{"a passive denial of none of the reader's data", "None of your personal information will be disclosed.",
			"no", "None of your personal information will be disclosed."},
		{"a denial opening with no, of one kind of data", "No email address is ever shared.", "unstated", ""},
		{"passive advice not to share", "Your personal information should never be shared with anyone.", "unstated", ""},
		{"a passive rule for users", "Your personal information may not be shared with anyone.", "unstated", ""},
		{"a passive denial with an exception", "Your personal data is not shared with anyone, except as described below.",
			"no", "Your personal data is not shared with anyone, except as described below."},
		{"a passive denial of one kind of data", "Your password is never shared.", "unstated", ""},
		{"a denial of passing unspecified data", "We never send data to other parties.", "unstated", ""},
		{"a denial of passing any data to one kind of party", "We will not give any information to marketers.", "unstated", ""},
		{"advice not to send any data", "Please do not send us any information about other people.", "unstated", ""},
		{"a denial of passing any data with a condition", "We do not disclose any data to third parties unless the law requires it.",
			"no", "We do not disclose any data to third parties unless the law requires it."},
		{"a denial of sharing for a purpose", "We do not share your personal information with third parties for their marketing purposes.", "unstated", ""},
		{"a denial of sharing one kind of data", "We do not share your location with advertisers.", "unstated", ""},
		{"a denial of sharing with an exception", "We do not share your data with third parties except as described below.",
			"no", "We do not share your data with third parties except as described below."},
		{"a denial of sharing save what its exception names", "We do not share your personal information with third parties, except our service providers.",
			"no", "We do not share your personal information with third parties, except our service providers."},
		{"a denial of sharing save what the law requires", "We will not disclose your personal information to anyone except as required by law.",
			"no", "We will not disclose your personal information to anyone except as required by law."},
		{"an unconditional denial of sharing first", "We will not disclose your personal information to anyone unless you agree. We never pass your personal information to anyone.",
			"no", "We never pass your personal information to anyone."},
		{"a denial of sharing none of the data", "Our app is simple. None of the information we collect is ever shared.",
			"no", "None of the information we collect is ever shared."},
		{"a denial of sharing any data it holds", "Our app is simple. Any data we hold will never be shared.",
			"no", "Any data we hold will never be shared."},
		{"a denial of sharing save for marketing", "We do not share your personal information with anyone, except with partners for their marketing purposes.", "unstated", ""},
		{"a denial of sharing until the reader opts out", "We do not share your personal information with third parties if you opt out.", "unstated", ""},
		{"a denial of sharing until the reader is offered an opt-out", "We do not share your personal information with others except when we give you an opportunity to opt out of having your personal information shared.", "unstated", ""},
		{"a denial of sharing the reader may ask for", "If you prefer that we do not share your personal information with third parties, please contact us.", "unstated", ""},
		{"a denial of sharing in a definition", "Explicit consent means that your personal data will not be disclosed to any third party unless you agree.", "unstated", ""},
		{"a rule for users about sharing", "You should not share your personal information with anyone.", "unstated", ""},
		{"our advice to users about sharing", "We ask you not to share your personal information with anyone.", "unstated", ""},
		{"the reader's right to ask us not to share", "You can ask us not to share your personal information with third parties.", "unstated", ""},
		{"a denial of sharing with an exception that reads as no condition", "We don't share your personal information with anyone, except for the cases below.", "unstated", ""},
		{"a denial of sharing that others share", "We cannot control what other users share about you.", "unstated", ""},
		{"sharing only under a condition", "We will only disclose your information if you agree, the law compels us, or we sell the business.",
			"no", "We will only disclose your information if you agree, the law compels us, or we sell the business."},
		{"sharing only under a condition, for marketing", "We will only share your information with third parties for their marketing purposes if you agree.", "unstated", ""},
		{"sharing only with one kind of party under a condition", "We will only share your information with advertisers if you opt in.", "unstated", ""},
		{"sharing only for the purposes below", "We only share your information with third parties for the purposes described below.", "unstated", ""},
		{"a denial of moving data abroad, no place's article", "We do not transfer personal data outside of EU/EEA.", "unstated", ""},
		{"a denial of moving data abroad beside a denial of disclosing", "We do not transfer personal data outside Switzerland. We never disclose your personal data to third parties.",
			"no", "We never disclose your personal data to third parties."},
		{"moving data abroad only under a condition", "We will only transfer your personal information to other countries if the law allows it.", "unstated", ""},

		{"a denial of one kind of data after a denial of all", "We don't sell email addresses. In short, your personal information is never sold to third parties.",
			"no", "In short, your personal information is never sold to third parties."},
		{"a denial for one purpose after a plain denial", "We will never sell your data or share it for marketing purposes. We do not sell your personal information to third parties.",
			"no", "We do not sell your personal information to third parties."},
		{"a denial left to the rest of the policy beside a Do Not Sell link", "We don't sell or share your personal information with third parties, except as provided in this Privacy Policy. To opt out, follow the Do Not Sell My Personal Information link.",
			"ccpa", "To opt out, follow the Do Not Sell My Personal Information link."},
		{"a denial left to an earlier section beside a Do Not Sell link", "We have not sold any personal information except as set forth above. Please click the Do Not Sell My Personal Information link in our footer.",
			"ccpa", "Please click the Do Not Sell My Personal Information link in our footer."},
		{"a denial in Nevada's sense beside a Do Not Sell link", "We do not sell covered information for monetary consideration as defined in Chapter 603A of the Nevada Revised Statutes. To opt out, follow the Do Not Sell My Personal Information link.",
			"ccpa", "To opt out, follow the Do Not Sell My Personal Information link."},
		{"a denial in Nevada's sense alone", "We do not sell covered information for monetary consideration as defined in Chapter 603A of the Nevada Revised Statutes.",
			"no", "We do not sell covered information for monetary consideration as defined in Chapter 603A of the Nevada Revised Statutes."},
		{"a denial in Nevada's and California's sense beside a Do Not Sell link", "We do not sell your data, including as sale is defined in Nevada and California. You can still use the Do Not Sell My Personal Information link in our footer.",
			"no", "We do not sell your data, including as sale is defined in Nevada and California."},
		{"a denial left to the rest of the policy alone", "We don't sell your personal information to third parties, except as provided in this Privacy Policy.",
			"no", "We don't sell your personal information to third parties, except as provided in this Privacy Policy."},
		{"a denial with an exception of its own beside a Do Not Sell link", "We do not sell your personal information except as required by law. You can still use the Do Not Sell My Personal Information link in our footer.",
			"no", "We do not sell your personal information except as required by law."},
		{"minors only", "We do not sell the personal information of minors under 16.", "unstated", ""},
		{"nothing", "We collect your email address.", "unstated", ""},
		{"a bare No under a question of selling", "## Do we sell your personal information?\n\nNo.\n\nWe collect your email address to run the app.",
			"no", "No."},
		{"a bare No under a question of passing data on", "## Do we share your personal information with anyone?\n\nNo, we do not.",
			"no", "No, we do not."},
		{"a bare No to the reader's question of passing data on", "#### Will you share my information?\n\nNo.\n\nYou can ask us for a copy of it.",
			"no", "No."},
		{"a bare Yes under a question of selling", "## Do we sell your personal information?\n\nYes.", "yes", "Yes."},
		{"a question of selling answered by what follows", "## Do we sell your personal information?\n\nWe collect your email address to run the app.", "unstated", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(tt.text)
			checkReport(t, tt.text, r)
			if r.Sharing.Sale != tt.sale {
				t.Fatalf("sale = %q, want %q (findings %+v)", r.Sharing.Sale, tt.sale, saleFindings(r))
			}
			if tt.decidedBy == "" {
				if len(r.Sharing.SaleEvidence) > 0 {
					t.Fatalf("evidence %v for %q", r.Sharing.SaleEvidence, tt.sale)
				}
				return
			}
			if len(r.Sharing.SaleEvidence) == 0 {
				t.Fatal("no evidence")
			}
			f := r.Findings[r.Sharing.SaleEvidence[0]]
			if got := tt.text[f.Sentence.Start:f.Sentence.End]; strings.TrimSpace(got) != tt.decidedBy {
				t.Fatalf("decided by %q, want %q", got, tt.decidedBy)
			}
			for _, i := range r.Sharing.SaleEvidence {
				// A "no" may rest on a denial of passing any data on at
				// all, or of passing it on but under a condition ("only
				// if you agree"), a "ccpa" on a "Do Not Sell" link offered.
				if g := r.Findings[i]; g.Kind != "sale" && !(tt.sale == "no" && (g.Kind == "share" || g.ID == "share-unspecified") && (g.Negated || g.note&noteWeOnly != 0)) && !(tt.sale == "ccpa" && g.ID == "opt-out-sale") || g.Negated != f.Negated && tt.sale != "ccpa" {
					t.Errorf("evidence %d does not support %q: %+v", i, tt.sale, g)
				}
			}
		})
	}
}

func saleFindings(r *Report) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Kind == "sale" {
			out = append(out, f)
		}
	}
	return out
}

// TestPolicyVerdicts checks Do Not Track, retention and the minimum age,
// each weighed over all its statements, with the deciding one first.
func TestPolicyVerdicts(t *testing.T) {
	tests := []struct {
		name, text string
		get        func(*Report) (string, []int)
		want       string
		decidedBy  string
	}{
		{"dnt: the law's duty then a denial", "California law requires us to disclose how we respond to Do Not Track signals. We do not respond to Do Not Track signals.",
			dnt, "not-honored", "We do not respond to Do Not Track signals."},
		{"dnt: only the law's duty", "California law requires us to disclose how we respond to Do Not Track signals.",
			dnt, "unstated", "California law requires us to disclose how we respond to Do Not Track signals."},
		{"dnt: a future supposition and support", "If we change how we respond to Do Not Track signals, we will update this policy. Our site honors Do Not Track signals.",
			dnt, "honored", "Our site honors Do Not Track signals."},
		{"retention: a cookie's life and a policy", "Session cookies last until you close your browser. We keep your personal information as long as necessary to provide the service.",
			retention, "as-needed", "We keep your personal information as long as necessary to provide the service."},
		{"retention: a need of anonymous data only is no need of theirs", "We retain aggregated or anonymous statistics for as long as necessary for our reporting.",
			retention, "mentioned", "We retain aggregated or anonymous statistics for as long as necessary for our reporting."},
		{"retention: a period of non-personal data yields to a need of theirs", "We keep the non-personal information we collect for up to 24 months. We retain the information we collect as long as needed to run the service.",
			retention, "as-needed", "We retain the information we collect as long as needed to run the service."},
		{"retention: kept, no period", "Cookies expire after 30 days. We may retain some information in our files to prevent fraud.",
			retention, "mentioned", "We may retain some information in our files to prevent fraud."},
		{"retention: kept to comply with the law says why, not how long", "Cookies expire after 30 days. We may retain some information in our files to prevent fraud and comply with legal requirements.",
			retention, "mentioned", "We may retain some information in our files to prevent fraud and comply with legal requirements."},
		{"retention: kept as the law requires, not handed over", "We may disclose your information as required by law. We keep your information as required by law.",
			retention, "mentioned", "We keep your information as required by law."},
		{"retention: kept for the law, then as long as needed", "Even after you close your account, we may keep certain data as required by law. Otherwise we keep your data only as long as we need it to run the service.",
			retention, "as-needed", "Otherwise we keep your data only as long as we need it to run the service."},
		{"retention: kept while there is a business need", "We keep your data where we have an ongoing legitimate business need to do so, such as for tax requirements.",
			retention, "as-needed", "We keep your data where we have an ongoing legitimate business need to do so, such as for tax requirements."},
		{"retention: kept for a reasonable time", "We hold the messages you send us only for a reasonable period of time.",
			retention, "as-needed", "We hold the messages you send us only for a reasonable period of time."},
		{"retention: a denial of storing card numbers denies no keeping", "We collect your name and email address. We never store your credit card number.",
			retention, "unstated", ""},
		{"retention: customers kept are no data kept", "We use your email address for offers, including retention and win-back marketing. Customer retention matters to us.",
			retention, "unstated", ""},
		{"retention: privacy kept is no data kept", "We help our clients retain their privacy online.",
			retention, "unstated", ""},
		{"retention: a period after the reader asks for deletion does not beat as long as needed", "We keep your data as long as your account is active. We will delete your profile within 90 days of your request.",
			retention, "as-needed", "We keep your data as long as your account is active."},
		{"retention: copies in archives for a period do not beat as long as needed", "We keep your data as long as your account is active. Deleted data may stay for up to 30 days in our archives.",
			retention, "as-needed", "We keep your data as long as your account is active."},
		{"retention: a need of some data only does not decide", "We store your payment details only as long as needed to complete the purchase. We keep your personal information as long as your account is open or as needed to provide the service.",
			retention, "as-needed", "We keep your personal information as long as your account is open or as needed to provide the service."},
		{"retention: copies in backups for a reasonable time do not decide", "Your information may remain in our backup files for a reasonable time for legal purposes. We keep your information only as long as we need it to run the service.",
			retention, "as-needed", "We keep your information only as long as we need it to run the service."},
		{"dnt: the lack of a standard, then the answer", "Some browsers can send Do Not Track signals, but there is no common standard for them. We do not respond to these signals.",
			dnt, "not-honored", "We do not respond to these signals."},
		{"dnt: no common industry standard, then the answer", "Although some browsers offer a Do Not Track option, no common industry standard for it exists. We therefore do not commit to responding to Do Not Track signals.",
			dnt, "not-honored", "We therefore do not commit to responding to Do Not Track signals."},
		{"retention: kept as long as the law allows", "We will retain your account records for as long as permitted by applicable law.",
			retention, "as-needed", "We will retain your account records for as long as permitted by applicable law."},
		{"retention: only a denial of keeping", "We collect your email address to send the newsletter. We never keep logs of the pages you visit.",
			retention, "none", "We never keep logs of the pages you visit."},
		{"retention: a denial of storing an identifier", "We do not store your IP address.",
			retention, "none", "We do not store your IP address."},
		{"retention: a denial does not beat a period", "We never keep logs. We keep your account data for 2 years after you close your account.",
			retention, "limited", "We keep your account data for 2 years after you close your account."},
		{"retention: a denial does not beat keeping without a period", "Your messages are not logged or stored. We may retain some information in our files to prevent fraud.",
			retention, "mentioned", "We may retain some information in our files to prevent fraud."},
		{"retention: not kept longer than needed is no denial", "We do not store your data longer than necessary.",
			retention, "as-needed", "We do not store your data longer than necessary."},
		{"retention: non-personal data kept indefinitely", "We may retain non-personal information indefinitely. We delete your account data 30 days after you close your account.",
			retention, "limited", "We delete your account data 30 days after you close your account."},
		{"retention: a period after the reader leaves does not beat as long as needed", "We keep your information as long as necessary to provide the service. If you ask us to delete your account, it is deactivated for 30 days and then deleted.",
			retention, "as-needed", "We keep your information as long as necessary to provide the service."},
		{"retention: a period after the account is closed, with no other keeping", "We may keep some billing records for up to six years after your account is closed.",
			retention, "limited", "We may keep some billing records for up to six years after your account is closed."},
		{"retention: a period of some data only", "We collect your name and email address. We delete IP addresses after 30 days.",
			retention, "partial", "We delete IP addresses after 30 days."},
		{"retention: a period counted from the last activity is how long", "We keep your information as long as necessary to provide the service. Your information is stored until you delete your account or two years after your last activity.",
			retention, "limited", "Your information is stored until you delete your account or two years after your last activity."},
		{"retention: a period beside an account's creation", "We keep your information as long as necessary to provide the service. Except for what you gave us to create your account, we delete your personal data after 100 days.",
			retention, "limited", "Except for what you gave us to create your account, we delete your personal data after 100 days."},
		{"retention: a period of some data only does not beat as long as needed", "We keep your personal information as long as necessary to provide the service. We delete IP addresses after 100 days.",
			retention, "as-needed", "We keep your personal information as long as necessary to provide the service."},
		{"retention: a period of personal data with examples is how long", "We keep your personal information as long as necessary to provide the service. We keep your personal information, such as your name, for 2 years.",
			retention, "limited", "We keep your personal information, such as your name, for 2 years."},
		{"retention: a period of logs only", "We collect your name and email address. Server logs are deleted after 30 days.",
			retention, "partial", "Server logs are deleted after 30 days."},
		{"retention: a period of backups does not beat as long as needed", "We keep your information as long as necessary to provide the service. Deleted information may remain in our backups for up to 90 days.",
			retention, "as-needed", "We keep your information as long as necessary to provide the service."},
		{"retention: a period of the data beside one of logs", "We delete your personal information after two years, and our logs after 30 days.",
			retention, "limited", "We delete your personal information after two years, and our logs after 30 days."},
		{"retention: a period in an example does not beat as long as needed", "We keep your personal information as long as necessary to provide the service. For example, if you use the map, we store your favorite places for up to 40 days.",
			retention, "as-needed", "We keep your personal information as long as necessary to provide the service."},
		{"retention: signing in is no log", "If you do not log in for 2 years, we delete your personal information.",
			retention, "limited", "If you do not log in for 2 years, we delete your personal information."},
		{"children: the age stated most", "Our services are not directed to children under 13. We do not knowingly collect data from children under 13. We do not sell the personal information of minors under 16. Minors under 18 may not make purchases.",
			minAge, "13", "Our services are not directed to children under 13."},
		{"children: a regional variant", "Our services are not intended for children under 13. Children under 16 who live in the European Union need their parents' consent.",
			minAge, "13", "Our services are not intended for children under 13."},
		{"children: an age that bars the young from the service", "Parents: if your child is under 13 and signed up with a false birth date, write to us. If you are under 18, you may not install or use our app.",
			minAge, "18", "If you are under 18, you may not install or use our app."},
		{"children: members sorted by age and a bar", "Profiles of members who say they are 18 or older are public. Profiles of members under 18 are private. You may not create an account if you are under 16.",
			minAge, "16", "You may not create an account if you are under 16."},
		{"children: a parent's involvement sets no bar", "If you are under 18, you may use the service only with the involvement of a parent. We do not knowingly collect data from children under 13.",
			minAge, "13", "We do not knowingly collect data from children under 13."},
		{"children: advice to read the policy with parents is no age", "If you are under 18, please read this policy with your parents. If you live in the US, you must be at least 13 to sign up.",
			minAge, "13", "If you live in the US, you must be at least 13 to sign up."},
		{"children: what a law says of the age follows what the company says", "The Children's Online Privacy Protection Act protects the privacy of children under 13. We do not knowingly collect personal information from children under 13.",
			minAge, "13", "We do not knowingly collect personal information from children under 13."},
		{"children: a rule citing a law after the age is the company's", "If you are under 13, as the Children's Online Privacy Protection Act requires, do not use this site. We do not knowingly collect personal information from children under 13.",
			minAge, "13", "If you are under 13, as the Children's Online Privacy Protection Act requires, do not use this site."},
		{"children: a bar on giving data bars the young", "Members under 18 have private profiles. Members under 18 cannot see ads. No one under 13 may provide any personal information to us.",
			minAge, "13", "No one under 13 may provide any personal information to us."},
		{"children: a regional variant in parentheses leaves the age before it general", "Our games are meant for adults 18 or older. No one under 13 (or 16 in some European countries) may send us personal data.",
			minAge, "13", "No one under 13 (or 16 in some European countries) may send us personal data."},
		{"children: a region in parentheses after the age is its region", "Members under 18 may not post photos. You may not use the app if you are under 16 (for users in the European Union).",
			minAge, "18", "Members under 18 may not post photos."},
		{"children: an age of the young the service serves is no minimum", "We take extra care of the data of learners under 13. Some lessons are meant for pupils under 13.",
			ages, "0/0", "We take extra care of the data of learners under 13."},
		{"rights: a reader's question of a copy answered yes", "Your data\n\nCan I have a copy of my information?\n\nYes. Write to us and we will send it.",
			access, "access", "Yes."},
		{"children: a guardian's permission is no minimum age", "If you are younger than 15, please ask your guardian's permission before you use the app.",
			ages, "0/15", "If you are younger than 15, please ask your guardian's permission before you use the app."},
		{"children: collecting without a parent's consent sets its age", "We do not knowingly collect personal data from children under 13 without the consent of a parent.",
			ages, "0/13", "We do not knowingly collect personal data from children under 13 without the consent of a parent."},
		{"children: a consent age above the minimum", "If you are under 18, you may use the service only with the involvement of a parent. We do not knowingly collect data from children under 13.",
			ages, "13/18", "We do not knowingly collect data from children under 13."},
		{"children: a consent age above a bar", "If you are under 18, you need your parent's permission to use the app. You may not use the app if you are under 13.",
			ages, "13/18", "You may not use the app if you are under 13."},
		{"children: a consent at the minimum age is none", "Our services are not directed to children under 13. We do not collect data from children under 13 without parental consent.",
			ages, "13/0", "Our services are not directed to children under 13."},
		{"children: a consent below a bar is none", "You must be at least 16 to use the app. Children under 13 need parental consent to send us data.",
			ages, "16/0", "You must be at least 16 to use the app."},
		{"children: a parent named without leave leaves a minimum", "If you are a parent and believe your child under 13 has given us data, write to us.",
			ages, "13/0", "If you are a parent and believe your child under 13 has given us data, write to us."},
		{"children: a regional consent beside a general age is a variant", "Our services are not directed to children under 13. Children under 16 who live in the European Union need their parents' consent.",
			ages, "13/0", "Our services are not directed to children under 13."},
		{"children: a consent age for named countries is a variant", "Our services are not directed to children under 13. If you live in Germany, Hungary or the Netherlands and are under 16, you confirm that a parent has consented to your account.",
			ages, "13/0", "Our services are not directed to children under 13."},
		{"children: a consent age in Europe is a variant", "Our app is not meant for children under 13. If you are a child under 16 in Europe, you may use the app only with the consent of a parent.",
			ages, "13/0", "Our app is not meant for children under 13."},
		{"children: a consent age in a US state or a province is a variant", "You may not use the app if you are under 13. If you live in Florida and are under 18, you need a parent's permission to open an account. In Quebec, children under 14 need parental consent to share data with us.",
			ages, "13/0", "You may not use the app if you are under 13."},
		{"children: a country in parentheses with an age of its own leaves the age before it general", "No one under 13 (or 16 in France) may send us personal data. If you are under 18, you need your parent's permission to use the app.",
			ages, "13/18", "No one under 13 (or 16 in France) may send us personal data."},
		{"children: the highest consent age", "We do not knowingly collect data from children under 13 without a parent's consent. If you are under 18, you may use the store only with the involvement of a parent.",
			ages, "0/18", "If you are under 18, you may use the store only with the involvement of a parent."},
		{"children: the consent age alone decides its evidence", "Teens under 18 can only open an account with parental consent. We do not sell the personal information of minors under 16.",
			consentAge, "18", "Teens under 18 can only open an account with parental consent."},
		{"children: a statute is no age", "We may disclose data when an order under 18 U.S.C. 2705 requires it. Our services are not directed to children under 13.",
			minAge, "13", "Our services are not directed to children under 13."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Analyze(tt.text)
			checkReport(t, tt.text, r)
			got, ev := tt.get(r)
			if got != tt.want {
				t.Fatalf("verdict %q, want %q (findings %+v)", got, tt.want, r.Findings)
			}
			if tt.decidedBy == "" {
				if len(ev) > 0 {
					t.Fatalf("evidence %v, want none", ev)
				}
				return
			}
			if len(ev) == 0 {
				t.Fatal("no evidence")
			}
			f := r.Findings[ev[0]]
			if s := strings.TrimSpace(tt.text[f.Sentence.Start:f.Sentence.End]); s != tt.decidedBy {
				t.Fatalf("decided by %q, want %q", s, tt.decidedBy)
			}
		})
	}
}

func dnt(r *Report) (string, []int)       { return r.DoNotTrack.Status, r.DoNotTrack.Evidence }
func retention(r *Report) (string, []int) { return r.Retention.Policy, r.Retention.Evidence }
func minAge(r *Report) (string, []int)    { return strconv.Itoa(r.Children.MinAge), r.Children.Evidence }

// ages returns "minimum/consent age" and the children's evidence.
func ages(r *Report) (string, []int) {
	return strconv.Itoa(r.Children.MinAge) + "/" + strconv.Itoa(r.Children.ConsentAge), r.Children.Evidence
}

// consentAge returns the consent age and the evidence of its point.
func consentAge(r *Report) (string, []int) {
	return strconv.Itoa(r.Children.ConsentAge), ageEvidence(r, r.Children.ConsentAge, noteConsent)
}

// access returns "access" and its evidence when the report grants the right
// to see one's data, or "".
func access(r *Report) (string, []int) {
	for _, g := range r.Rights {
		if g.ID == "access" {
			return g.ID, g.Evidence
		}
	}
	return "", nil
}

// TestPeriodsListedOnce checks that a period stated twice in different
// forms ("4 years", "the 4 year period", "one-year") is listed once, in
// its plural.
func TestPeriodsListedOnce(t *testing.T) {
	text := "We delete the messages of a closed account after the 4 year period ends. We keep billing records for 4 years. We keep support tickets for one year. Subject to the one-year rule above, we delete logs after 30 days."
	r := Analyze(text)
	checkReport(t, text, r)
	if got, want := strings.Join(r.Retention.Periods, "|"), "4 years|one year|30 days"; got != want {
		t.Fatalf("periods %q, want %q", got, want)
	}
	// A number in words restated in figures is the figures' period, listed
	// as it was first stated.
	text = "Backups are kept for 7 days. If a parent does not consent within seven (7) days, the account is deleted. Logs are kept for ten (10) years."
	r = Analyze(text)
	checkReport(t, text, r)
	if got, want := strings.Join(r.Retention.Periods, "|"), "7 days|ten (10) years"; got != want {
		t.Fatalf("restated periods %q, want %q", got, want)
	}
	for in, want := range map[string]string{"seven (7) days": "7 days", "ten (10) years": "10 years", "30 (thirty) days": "30 (thirty) days", "(7) days": "(7) days", "7 days": "7 days"} {
		if got := restatedNumber(in); got != want {
			t.Errorf("restatedNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPeriodLength checks how many days a period lasts, read with the
// rules' numbers and units, and that the report gives each period's.
func TestPeriodLength(t *testing.T) {
	for _, tc := range []struct {
		period string
		days   float64
	}{
		{"30 days", 30}, {"six months", 180}, {"two (2) years", 730}, {"one hundred and eighty days", 180},
		{"one hundred and eighty (180) days", 180}, {"90-day", 90}, {"a year", 365}, {"an hour", 1.0 / 24}, {"24 hours", 1},
		{"twenty-one days", 21}, {"twenty one months", 630}, {"thirty (30) calendar days", 30}, {"1 week", 7},
		{"as long as necessary", 0}, {"30", 0}, {"days", 0}, {"ninety days", 90}, {"12 hours", 0.5},
		{"4 year", 1460}, {"two hundred days", 200},
	} {
		if got := periodLength(tc.period); got != tc.days {
			t.Errorf("periodLength(%q) = %v, want %v", tc.period, got, tc.days)
		}
	}
	text := "We retain your personal information for seven (7) years. We delete logs after 90 days. Session data is deleted after 24 hours."
	r := Analyze(text)
	checkReport(t, text, r)
	if got, want := fmt.Sprint(r.Retention.Periods, r.Retention.Days), "[seven (7) years 90 days 24 hours] [2555 90 1]"; got != want {
		t.Errorf("periods and days %s, want %s", got, want)
	}
}

// TestRecipientPlainStatementFirst checks that a recipient's evidence
// quotes a plain statement before one from a sentence that also denies
// something, and that a denial keeps its unconditional evidence first.
func TestRecipientPlainStatementFirst(t *testing.T) {
	text := "We will not sell your data but may share it with our vendors. We share your data with our vendors to process payments."
	r := Analyze(text, WithModel(nil))
	checkReport(t, text, r)
	for _, rc := range r.Sharing.Recipients {
		if rc.ID != "service-providers" {
			continue
		}
		if len(rc.Evidence) < 2 || rc.Negated {
			t.Fatalf("service providers: %+v, want two statements of sharing", rc)
		}
		s := r.Findings[rc.Evidence[0]].Sentence
		if got := text[s.Start:s.End]; got != "We share your data with our vendors to process payments." {
			t.Errorf("first evidence %q, want the plain statement", got)
		}
		return
	}
	t.Fatalf("no service providers in %+v", r.Sharing.Recipients)
}

// TestSortStable holds sortStable to slices.SortStableFunc, which it
// replaces, on lists with many equal ranks, negative ones among them.
func TestSortStable(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		s := make([]int, r.IntN(40))
		for i := range s {
			s[i] = r.IntN(1000)
		}
		rank := func(v int) int { return v%5 - 2 }
		want := slices.Clone(s)
		slices.SortStableFunc(want, func(a, b int) int { return rank(a) - rank(b) })
		sortStable(s, rank)
		if !slices.Equal(s, want) {
			t.Fatalf("sortStable = %v, want %v", s, want)
		}
	}
}

// TestPeriodLengthAllocatesLittle checks that reading a period's length
// does not build the tokenizer's word caches (hundreds of KB) for its few
// words: once a period, they made each analysis allocate twice what it did,
// and the page's collector run 2.6 times the instructions in WebAssembly.
func TestPeriodLengthAllocatesLittle(t *testing.T) {
	const period = "one hundred and eighty (180) days"
	periodLength(period) // the rules load once
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for range 10 {
		periodLength(period)
	}
	runtime.ReadMemStats(&m1)
	if per := (m1.TotalAlloc - m0.TotalAlloc) / 10; per > 16<<10 {
		t.Errorf("periodLength(%q) allocates %d bytes a call, want at most 16 KB", period, per)
	}
}
