package analyzer

import "testing"

func TestUnits(t *testing.T) {
	text := "# Privacy Policy\n\n## What we collect\n\nWe collect your email. We keep it for a year.\n\nWe share data with:\n- service providers;\n- advertisers.\n"
	type want struct{ text, block, heading, intro string }
	wants := []want{
		{"Privacy Policy", "heading", "", ""},
		{"What we collect", "heading", "", ""},
		{"We collect your email.", "paragraph", "What we collect", ""},
		{"We keep it for a year.", "paragraph", "What we collect", ""},
		{"We share data with:", "heading", "", ""}, // a short line ending in a colon heads the list
		{"service providers;", "list-item", "We share data with:", "We share data with:"},
		{"advertisers.", "list-item", "We share data with:", "We share data with:"},
	}
	us := Units(text)
	if len(us) != len(wants) {
		t.Fatalf("got %d units, want %d: %+v", len(us), len(wants), us)
	}
	span := func(s Span) string { return text[s.Start:s.End] }
	for i, w := range wants {
		u := us[i]
		if got := span(u.Span); got != w.text || u.Block != w.block || span(u.Heading) != w.heading || span(u.Intro) != w.intro {
			t.Errorf("unit %d = %q %s heading %q intro %q, want %+v", i, got, u.Block, span(u.Heading), span(u.Intro), w)
		}
	}
	if Units("") != nil || Units("\x00\x01\x02\x03") != nil {
		t.Error("Units of unreadable text is not nil")
	}
}
