package wasmbin

import "testing"

// TestReader reads LEB128 numbers, bytes and names, and stops at the end.
func TestReader(t *testing.T) {
	r := Reader{B: []byte{0xe5, 0x8e, 0x26, 0x7f, 0xc0, 0xbb, 0x78, 3, 'a', 'b', 'c', 9}}
	if v := r.Uleb(); v != 624485 {
		t.Errorf("Uleb = %d, want 624485", v)
	}
	if v := r.Sleb(); v != -1 {
		t.Errorf("Sleb = %d, want -1", v)
	}
	if v := r.Sleb(); v != -123456 {
		t.Errorf("Sleb = %d, want -123456", v)
	}
	if s := r.Name(); s != "abc" {
		t.Errorf("Name = %q, want abc", s)
	}
	if r.Err != nil {
		t.Fatalf("Err = %v before the end", r.Err)
	}
	if b := r.Bytes(2); b != nil || r.Err != ErrTruncated || len(r.B) != 0 {
		t.Errorf("Bytes past the end = %v, Err %v, B %v; want nil, ErrTruncated, empty", b, r.Err, r.B)
	}
	if c := r.Byte(); c != 0 {
		t.Errorf("Byte after the end = %d", c)
	}
	r = Reader{B: []byte{0x80, 0x80}}
	if v := r.Uleb(); v != 0 || r.Err != ErrTruncated {
		t.Errorf("a cut Uleb = %d, Err %v", v, r.Err)
	}
}
