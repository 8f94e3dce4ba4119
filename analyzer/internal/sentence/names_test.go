package sentence

import "testing"

// TestInnerCapital: a word with a capital right after a small letter is
// written as a name; a capitalised, all-capital or small word is not.
func TestInnerCapital(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"GitHub", true}, {"edX", true}, {"eBay", true}, {"23andMe", true}, {"McDonald", true},
		{"Github", false}, {"EDX", false}, {"edx", false}, {"Booking", false}, {"e", false}, {"", false},
	} {
		if got := innerCapital(tt.w); got != tt.want {
			t.Errorf("innerCapital(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
