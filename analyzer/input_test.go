package analyzer

import "testing"

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"", false},
		{"We collect <your> email <address>.", false},
		{"<p>One</p><p>two</p>", false},
		{"<p>One</p><p>two</p><br>", true},
		{"x < y and <div class=a><span>z</span><br></div>", true},
		{"<P>upper case</P><DIV><BR>", false},
		{"<<<<p>a<<br<<li", true},
		{"<a href=x>a</a> <a name=y> <li>", false},
	}
	for _, tt := range tests {
		if got := looksLikeHTML(tt.text); got != tt.want {
			t.Errorf("looksLikeHTML(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
