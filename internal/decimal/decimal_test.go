package decimal

import (
	"strconv"
	"testing"
)

// TestAtoi holds Atoi to strconv.Atoi.
func TestAtoi(t *testing.T) {
	for _, s := range []string{"", "0", "7", "+7", "-7", "+", "-", "--1", "+-1", "007", "-0", "12a", "a12", " 1", "1 ", "1_000",
		"0x10", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999", "00000000000000000000000000012", "٣", "1.5", "1e3"} {
		check(t, s)
	}
}

func FuzzAtoi(f *testing.F) {
	for _, s := range []string{"0", "-12", "+9223372036854775807", "922337203685477580x"} {
		f.Add(s)
	}
	f.Fuzz(check)
}

func check(t *testing.T, s string) {
	want, err := strconv.Atoi(s)
	got, ok := Atoi(s)
	if ok != (err == nil) || got != want {
		t.Errorf("Atoi(%q) = %d, %v; strconv.Atoi: %d, %v", s, got, ok, want, err)
	}
}

// TestThousands: every count a report writes has its thousands separated.
func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 8158: "8,158", 20000: "20,000",
		123456: "123,456", 1234567: "1,234,567", -1: "-1", -999: "-999", -1000: "-1,000", -123456: "-123,456"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
