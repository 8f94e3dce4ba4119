package summary

import (
	"slices"
	"strings"
	"testing"

	"github.com/policylens/policylens/analyzer"
)

// TestEveryIDHasDisplayName checks that whatever the analyzer can put in a
// report reads as a name, not as an id: names the report carries are set in
// the rules, the others are in names (names.go), which names nothing the
// analyzer cannot emit.
func TestEveryIDHasDisplayName(t *testing.T) {
	ids := analyzer.IDs()
	if len(ids.DataTypes) == 0 || len(ids.Recipients) == 0 || len(ids.Rights) == 0 || len(ids.Safeguards) == 0 {
		t.Fatalf("the catalog looks empty: %+v", ids)
	}
	carried := map[string][]analyzer.Named{
		"data type": ids.DataTypes, "recipient": ids.Recipients, "right": ids.Rights,
		"security measure": ids.Measures, "legal basis": ids.LegalBases, "transfer safeguard": ids.Safeguards,
		"purpose": ids.Purposes, "source": ids.Sources,
	}
	for what, list := range carried {
		for _, n := range list {
			if n.Name == "" {
				t.Errorf("%s %q has no name in the analyzer's rules", what, n.ID)
			}
		}
	}
	for _, n := range ids.Safeguards {
		if got := safeguardName(n.ID); got != n.Name {
			t.Errorf("safeguard %q reads %q, want its rule's name %q", n.ID, got, n.Name)
		}
	}

	// The names in names, both ways.
	var groups, notices []string
	for _, n := range ids.DataTypes {
		if !slices.Contains(groups, n.Group) {
			groups = append(groups, n.Group)
		}
	}
	for _, n := range ids.ChangeNotices {
		notices = append(notices, n.ID)
	}
	for _, tt := range []struct {
		what  string
		emits []string
		named []named
	}{
		{"data type group", groups, names.Groups},
		{"change notice", notices, names.ChangeNotices},
		{"contact kind", ids.ContactKinds, names.ContactKinds},
	} {
		for _, id := range tt.emits {
			if !slices.ContainsFunc(tt.named, func(n named) bool { return n.ID == id && n.Name != "" }) {
				t.Errorf("%s %q has no display name in names (names.go)", tt.what, id)
			}
		}
		for _, n := range tt.named {
			if !slices.Contains(tt.emits, n.ID) {
				t.Errorf("names (names.go) names %s %q, which the analyzer never emits", tt.what, n.ID)
			}
		}
	}
}

// TestEveryValueReads checks that each value the analyzer decides in Go
// (sale, retention, Do Not Track, notice levels) has its own wording rather
// than the fallback for unknown values.
func TestEveryValueReads(t *testing.T) {
	ids := analyzer.IDs()
	text := func(r *analyzer.Report, section string) string {
		for _, s := range Of(r).Sections {
			if s.ID == section {
				return s.Groups[0].Items[0].Text
			}
		}
		t.Fatalf("no section %q", section)
		return ""
	}
	unknown := &analyzer.Report{Sharing: analyzer.Sharing{Sale: "?"}, Retention: analyzer.Retention{Policy: "?"}, DoNotTrack: analyzer.DoNotTrack{Status: "?"}}
	for _, tt := range []struct {
		section string
		values  []string
		set     func(r *analyzer.Report, v string)
	}{
		{Sharing, ids.Sale, func(r *analyzer.Report, v string) { r.Sharing.Sale = v }},
		{Retention, ids.Retention, func(r *analyzer.Report, v string) { r.Retention.Policy = v }},
		{DoNotTrack, ids.DoNotTrack, func(r *analyzer.Report, v string) { r.DoNotTrack.Status = v }},
	} {
		fallback := text(unknown, tt.section)
		for _, v := range tt.values {
			r := &analyzer.Report{}
			tt.set(r, v)
			if got := text(r, tt.section); got == fallback && v != "unstated" {
				t.Errorf("%s %q reads as an unknown value: %q", tt.section, v, got)
			}
		}
	}
	for _, level := range ids.NoticeLevels {
		r := &analyzer.Report{Notices: []analyzer.Notice{{ID: "x", Level: level, Message: "m"}}}
		it := Of(r).Sections[0].Groups[0].Items[0]
		if (it.Label == "") != (level == "info") {
			t.Errorf("notice level %q: label %q", level, it.Label)
		}
	}
}

// FuzzHumanize holds humanize to what it was written as: the id's hyphens
// as spaces, the first byte through strings.ToUpper.
func FuzzHumanize(f *testing.F) {
	for _, s := range []string{"", "scc", "binding-corporate-rules", "-x", "Éa-b", "\xff-", "1-a", "z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		want := strings.ReplaceAll(id, "-", " ")
		if want != "" {
			want = strings.ToUpper(want[:1]) + want[1:]
		}
		if got := humanize(id); got != want {
			t.Errorf("humanize(%q) = %q, want %q", id, got, want)
		}
	})
}
