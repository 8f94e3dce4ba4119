package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// noSaleCase is the ToS;DR case whose services the sale check reads.
const noSaleCase = "This service does not sell your personal data"

// evalSale is the sale check: the services that ToS;DR volunteers marked
// "This service does not sell your personal data" and whose policy is in
// tosback/ should read "no" (target: 90% or more) and never "yes". It also
// counts the verdicts over all TOSBack policies, and the policies that read
// "yes" although they also deny selling outright.
func evalSale(corpus string, analyse func(string) *analyzer.Report) error {
	policies, err := tosbackPolicies(filepath.Join(corpus, "tosback"))
	if err != nil {
		return err
	}
	services, err := noSaleServices(filepath.Join(corpus, "tosdr", "points.jsonl"), policies)
	if err != nil {
		return err
	}
	verdicts := map[string]string{}
	all := map[string]int{}
	denied := 0
	for name, text := range policies {
		r := analyse(text)
		verdicts[name] = r.Sharing.Sale
		all[r.Sharing.Sale]++
		if r.Sharing.Sale == "yes" && deniesSelling(r) {
			denied++
		}
	}
	names := make([]string, 0, len(services))
	for s := range services {
		names = append(names, s)
	}
	sort.Strings(names)
	count := map[string]int{}
	var wrong []string
	for _, s := range names {
		v := verdicts[services[s]]
		count[v]++
		if v != "no" {
			wrong = append(wrong, fmt.Sprintf("%s (%s.md): %s", s, services[s], v))
		}
	}
	fmt.Printf("services marked %q with a policy in tosback/: %d\n", noSaleCase, len(names))
	for _, v := range []string{"no", "ccpa", "unstated", "yes"} {
		fmt.Printf("  %-9s %3d  %5.1f%%\n", v, count[v], pct(count[v], len(names)))
	}
	fmt.Printf("  target: >= 90%% \"no\", none \"yes\"\n")
	for _, w := range wrong {
		fmt.Println("  not \"no\":", w)
	}
	fmt.Printf("\nall %d TOSBack policies:", len(policies))
	for _, v := range []string{"no", "ccpa", "unstated", "yes"} {
		fmt.Printf(" %s %d,", v, all[v])
	}
	fmt.Printf(" of which \"yes\" while also denying outright: %d\n", denied)
	return nil
}

// deniesSelling reports whether report r holds a plain denial of selling
// ("We do not sell your personal information"), not one about minors only
// or in the ordinary sense only.
func deniesSelling(r *analyzer.Report) bool {
	for _, f := range r.Findings {
		if f.Kind == "sale" && f.Negated && (f.ID == "sale" || f.ID == "ccpa") {
			return true
		}
	}
	return false
}

func pct(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return 100 * float64(n) / float64(total)
}

// tosbackPolicies reads the TOSBack policies by file name without ".md".
func tosbackPolicies(dir string) (map[string]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no TOSBack policies in %s: %v", dir, err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(p), ".md")] = string(b)
	}
	return out, nil
}

// noSaleServices maps each service that ToS;DR marked "does not sell" to the
// TOSBack policy that is its own: the file whose name is the service's, up to
// case and punctuation ("khanacademy" is khan-academy.md), or else a file
// whose name begins the service's and holds one of its quotes word for word
// ("amazonprimevideo" quotes amazon.md). Services with no such file are left
// out.
func noSaleServices(path string, policies map[string]string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	byNorm := map[string]string{}
	for name := range policies {
		byNorm[normName(name)] = name
	}
	quotes := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var p point
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, err
		}
		if p.Case == noSaleCase {
			quotes[p.Service] = append(quotes[p.Service], p.Quote)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for s, qs := range quotes {
		if name, ok := byNorm[normName(s)]; ok {
			out[s] = name
			continue
		}
		for norm, name := range byNorm {
			if len(norm) >= 4 && strings.HasPrefix(normName(s), norm) && quotedIn(qs, normName(policies[name])) {
				out[s] = name
			}
		}
	}
	return out, nil
}

// quotedIn reports whether one of quotes, of 40 letters and digits or more
// once HTML tags are dropped, stands in text (normalised by normName).
func quotedIn(quotes []string, text string) bool {
	for _, q := range quotes {
		var b strings.Builder
		for len(q) > 0 {
			i := strings.IndexByte(q, '<')
			if i < 0 {
				b.WriteString(q)
				break
			}
			b.WriteString(q[:i])
			j := strings.IndexByte(q[i:], '>')
			if j < 0 {
				break
			}
			q = q[i+j+1:]
		}
		if n := normName(b.String()); len(n) >= 40 && strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// normName lowers s and keeps only its ASCII letters and digits.
func normName(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		}
	}
	return b.String()
}
