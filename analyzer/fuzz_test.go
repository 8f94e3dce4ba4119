package analyzer

import (
	"encoding/json"
	"testing"
)

// FuzzAnalyze feeds arbitrary bytes to Analyze: it must never panic, every
// span must be valid, and two runs must give the same report.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"We do not sell, barter, or rent your personal information.",
		"We pledge not to:\n· Disclose customer data unless required by law.\n",
		"donât sell â€™ Â© <p>We collect <b>email</b></p><script>x</script>",
		"# Heading\n\n- item one\n- item two\n\n1. numbered\n",
		"\xff\xfe\x00 invalid \xc3 utf-8",
		"Contact privacy@example.com or https://example.com/p?a=b.",
		"Opt out at [www.x.org/\u200copt\\_out](http://www.x.org/%E2%80%8Copt_out)\u200b or write to dpo @ x.org, help (at) x (dot) org.",
		"Only if you accept our [Terms](https://x.example/terms) or [Rules]",
		"Children under 13. We retain logs for 30 days. Do Not Track.",
		"We collect:\n\n|  |  |\n| --- | --- |\n| **Data** | Collected |\n| Email. | Yes |\n| Voice | No |\n|x\\|y|\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Analyze(s, WithBlocks())
		checkReport(t, s, r)
		a, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(Analyze(s, WithBlocks()))
		if string(a) != string(b) {
			t.Fatal("two runs of Analyze differ")
		}
	})
}
