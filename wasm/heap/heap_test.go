package heap

import "testing"

// TestTouch: Touch writes its eight blocks when nothing stops it, and stops
// where its pause says so: before the first collection (nothing written),
// after some blocks (those written), before the last collection (all).
func TestTouch(t *testing.T) {
	for _, tc := range []struct{ stopAt, want int }{
		{0, blocks}, // never stops
		{1, 0},      // before the first collection
		{4, 2},      // before the third block: two written
		{blocks + 2, blocks},
	} {
		calls := 0
		got := Touch(func() bool {
			calls++
			return tc.stopAt == 0 || calls < tc.stopAt
		})
		if got != tc.want {
			t.Errorf("stopping at pause %d: Touch = %d MB, want %d", tc.stopAt, got, tc.want)
		}
		if tc.stopAt == 0 && calls != blocks+2 {
			t.Errorf("Touch paused %d times, want %d (before the collection, each block, the last collection)", calls, blocks+2)
		}
	}
}
