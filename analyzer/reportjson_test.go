package analyzer

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/policylens/policylens/internal/golden"
	"github.com/policylens/policylens/internal/jsonw"
)

var updateJSON = flag.Bool("update-json", false, "write report_json.go, the report's JSON encoder (go generate)")

// TestReportJSON checks that report_json.go is what go generate writes for
// the report's types, that Report.AppendJSON writes the very bytes of
// encoding/json.Marshal (and, through jsonw.Indent, of MarshalIndent) and
// that DecodeJSON reads what encoding/json.Unmarshal reads: on the seeds
// and the TOSBack policies (with and without blocks), and on a report with
// every field set. With -update-json
// it writes the file instead.
func TestReportJSON(t *testing.T) {
	src, err := reportJSONSource()
	if err != nil {
		t.Fatal(err)
	}
	golden.File(t, "report_json.go", src, *updateJSON, "run go generate ./analyzer")
	if *updateJSON {
		return
	}
	same := func(name string, r *Report) {
		t.Helper()
		want, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.AppendJSON([]byte("x"))
		if err != nil || string(got) != "x"+string(want) {
			t.Fatalf("%s: AppendJSON differs from encoding/json (err %v):\n got %.300s\nwant %.300s", name, err, got[min(1, len(got)):], want)
		}
		decodeBoth(t, want)
		want, _ = json.MarshalIndent(r, "", "  ")
		if got := jsonw.Indent(nil, got[1:], "", "  "); !bytes.Equal(got, want) {
			t.Fatalf("%s: AppendJSON indented differs from encoding/json.MarshalIndent", name)
		}
	}
	same("empty", &Report{})
	same("every field", everyField())
	for _, sub := range []string{"seeds/*.txt", "tosback/*.md"} {
		dir, pattern, _ := strings.Cut(sub, "/")
		for _, p := range corpusFiles(t, dir, pattern) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			same(p, Analyze(string(b), WithBlocks()))
			if dir == "seeds" {
				same(p, Analyze(string(b)))
			}
		}
	}
	r := everyField()
	r.Rubric.Score = math.NaN()
	if _, err := r.AppendJSON(nil); err == nil {
		t.Error("AppendJSON wrote a NaN score without error, which encoding/json refuses")
	}
}

// FuzzReportJSON compares AppendJSON with encoding/json on the reports of
// any text.
func FuzzReportJSON(f *testing.F) {
	f.Add("We collect your <email> & \"name\"\u2028; we sell it. \xff Contact privacy@example.com.")
	f.Fuzz(func(t *testing.T, text string) {
		r := Analyze(text, WithBlocks())
		want, _ := json.Marshal(r)
		if got, _ := r.AppendJSON(nil); !bytes.Equal(got, want) {
			t.Fatalf("AppendJSON differs from encoding/json:\n got %s\nwant %s", got, want)
		}
	})
}

// decodeBoth checks that DecodeJSON reads data as encoding/json.Unmarshal
// does: both fail, or both read the same report.
func decodeBoth(t *testing.T, data []byte) {
	t.Helper()
	var want, got Report
	errWant := json.Unmarshal(data, &want)
	errGot := jsonw.Decode(data, got.DecodeJSON)
	if (errWant == nil) != (errGot == nil) {
		t.Fatalf("DecodeJSON(%.300q): error %v, encoding/json's %v", data, errGot, errWant)
	}
	if errWant == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("DecodeJSON(%.300q) differs from encoding/json:\n got %+v\nwant %+v", data, got, want)
	}
}

// FuzzReportDecodeJSON compares DecodeJSON with encoding/json on any bytes:
// the page reads back report objects that scripts hand to its API.
func FuzzReportDecodeJSON(f *testing.F) {
	r := everyField()
	r.Rubric.Score = 1.5
	b, _ := json.Marshal(r)
	f.Add(b)
	for _, s := range []string{`null`, `{}`, `{"VERSION":2,"notices":null,"categories":["a",null]}`, `{"rubric":{"score":1e400}}`,
		`{"findings":[{"start":1.5}]}`, `{"x":[{"y":"\ud800"}]} `, `{"blocks":{}}`, `[`, `{"stats":"s"}`, `{"version":1,}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { decodeBoth(t, data) })
}

// everyField returns a report with every field of every type set, strings
// that need escaping, and empty and nil slices.
func everyField() *Report {
	var fill func(v reflect.Value, depth int)
	n := 0
	fill = func(v reflect.Value, depth int) {
		n++
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					fill(v.Field(i), depth)
				}
			}
		case reflect.Slice:
			if n%5 == 0 {
				v.Set(reflect.MakeSlice(v.Type(), 0, 0)) // empty, not nil
				return
			}
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i), depth+1)
			}
		case reflect.String:
			v.SetString(fmt.Sprintf("s%d <&> \"q\" \\ \n\u2028 é \xff", n))
		case reflect.Int:
			v.SetInt(int64(n * 37))
		case reflect.Bool:
			v.SetBool(n%2 == 0)
		case reflect.Float64:
			v.SetFloat(float64(n) / 7)
		}
	}
	r := &Report{}
	fill(reflect.ValueOf(r).Elem(), 0)
	return r
}

// reportJSONSource writes the Go source of report_json.go: for each type a
// report holds, a method of jsonWriter that writes it as encoding/json
// would, field by field, without reflection.
func reportJSONSource() ([]byte, error) {
	g := &jsonGen{done: map[reflect.Type]bool{}}
	g.queue = append(g.queue, reflect.TypeOf(Report{}))
	for len(g.queue) > 0 {
		t := g.queue[0]
		g.queue = g.queue[1:]
		if err := g.structType(t); err != nil {
			return nil, err
		}
	}
	var b bytes.Buffer
	b.WriteString(`// Code generated by go generate from the report's types (see report.go); DO NOT EDIT.

//go:build !reportjson

package analyzer

import "github.com/policylens/policylens/internal/jsonw"

// AppendJSON appends r as JSON to b: the bytes encoding/json.Marshal(r)
// writes (field order and names, omitempty, nil slices as null, HTML-safe
// strings, floats), written field by field without reflection. It fails
// only on a float that JSON cannot hold (NaN, ±Inf), as encoding/json does.
func (r *Report) AppendJSON(b []byte) ([]byte, error) {
	w := getJSONWriter()
	w.B, w.Err = b, nil
	w.report(r)
	b, err := w.B, w.Err
	w.B = nil
	putJSONWriter(w)
	return b, err
}

// DecodeJSON reads a report that AppendJSON (or encoding/json) wrote, as
// encoding/json.Unmarshal would read it, without reflection; errors are in
// d.Err. With jsonw.Decode: jsonw.Decode(b, r.DecodeJSON).
func (r *Report) DecodeJSON(d *jsonw.Decoder) {
	readReport(d, r)
}

// jsonWriter writes a report's values as JSON.
type jsonWriter struct {
	jsonw.Writer
	found findingParts // the JSON of the parts of findings that a rule fixes (report_json_finding.go)
}
`)
	b.Write(g.out.Bytes())
	b.Write(g.read.Bytes())
	return format.Source(b.Bytes())
}

// jsonGen writes the methods of jsonWriter, one per struct type.
type jsonGen struct {
	out   bytes.Buffer
	read  bytes.Buffer // the readers, one per struct type
	queue []reflect.Type
	done  map[reflect.Type]bool
}

// method is the name of the method of jsonWriter that writes struct type t.
func method(t reflect.Type) string {
	return strings.ToLower(t.Name()[:1]) + t.Name()[1:]
}

type jsonField struct {
	name      string
	goName    string
	t         reflect.Type
	omitEmpty bool
}

func (g *jsonGen) structType(t reflect.Type) error {
	if g.done[t] {
		return nil
	}
	g.done[t] = true
	var fields []jsonField
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return fmt.Errorf("%s.%s: an embedded field; teach reportJSONSource to write it", t.Name(), sf.Name)
		}
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		omit := strings.Contains(","+opts+",", ",omitempty,")
		if strings.Contains(","+opts+",", ",omitzero,") {
			if sf.Type.Kind() != reflect.Struct || !sf.Type.Comparable() {
				return fmt.Errorf("%s.%s: omitzero on a %s; teach reportJSONSource to write it", t.Name(), sf.Name, sf.Type)
			}
			omit = true // a comparable struct: written unless it is its zero value
		}
		fields = append(fields, jsonField{name, sf.Name, sf.Type, omit})
	}
	if err := g.reader(t, fields); err != nil {
		return err
	}
	// With an omitempty field before the first that is always written, the
	// first comma is decided as the fields are written.
	dynamic := false
	for _, f := range fields {
		if !f.omitEmpty {
			break
		}
		dynamic = true
	}
	name := method(t)
	if t == reflect.TypeOf(Finding{}) {
		// finding, which writes the parts a rule fixes from a cache, is
		// written by hand (report_json_finding.go); this is what it
		// must write (TestFindingJSON).
		name = "findingAll"
	}
	fmt.Fprintf(&g.out, "\nfunc (w *jsonWriter) %s(v *%s) {\n", name, t.Name())
	if dynamic {
		g.out.WriteString("\tsep := byte('{')\n")
	}
	for k, f := range fields {
		cond := ""
		if f.omitEmpty {
			switch f.t.Kind() {
			case reflect.String:
				cond = fmt.Sprintf(`v.%s != ""`, f.goName)
			case reflect.Bool:
				cond = "v." + f.goName
			case reflect.Int, reflect.Float64:
				cond = fmt.Sprintf("v.%s != 0", f.goName)
			case reflect.Slice:
				cond = fmt.Sprintf("len(v.%s) > 0", f.goName)
			case reflect.Struct: // omitzero
				cond = fmt.Sprintf("v.%s != (%s{})", f.goName, f.t.Name())
			default:
				return fmt.Errorf("%s.%s: omitempty on a %s; teach reportJSONSource to write it", t.Name(), f.goName, f.t)
			}
			fmt.Fprintf(&g.out, "\tif %s {\n", cond)
		}
		key := fmt.Sprintf("%q:", f.name)
		switch {
		case dynamic:
			g.out.WriteString("\tw.Byte(sep)\n\tsep = ','\n")
		case k == 0:
			key = "{" + key
		default:
			key = "," + key
		}
		// A key and a string, number or truth value are one call.
		switch f.t.Kind() {
		case reflect.String:
			fmt.Fprintf(&g.out, "\tw.KeyString(`%s`, v.%s)\n", key, f.goName)
		case reflect.Int:
			fmt.Fprintf(&g.out, "\tw.KeyInt(`%s`, v.%s)\n", key, f.goName)
		case reflect.Bool:
			fmt.Fprintf(&g.out, "\tw.KeyBool(`%s`, v.%s)\n", key, f.goName)
		default:
			fmt.Fprintf(&g.out, "\tw.Raw(`%s`)\n", key)
			if err := g.value(t, f); err != nil {
				return err
			}
		}
		if cond != "" {
			g.out.WriteString("\t}\n")
		}
	}
	switch {
	case dynamic:
		g.out.WriteString("\tif sep == '{' {\n\t\tw.Byte('{')\n\t}\n\tw.Byte('}')\n")
	case len(fields) == 0:
		g.out.WriteString("\tw.Raw(\"{}\")\n")
	default:
		g.out.WriteString("\tw.Byte('}')\n")
	}
	g.out.WriteString("}\n")
	return nil
}

// value writes the statement that writes field f of a struct of type t.
func (g *jsonGen) value(t reflect.Type, f jsonField) error {
	v := "v." + f.goName
	switch f.t.Kind() {
	case reflect.String:
		fmt.Fprintf(&g.out, "\tw.String(%s)\n", v)
	case reflect.Bool:
		fmt.Fprintf(&g.out, "\tw.Bool(%s)\n", v)
	case reflect.Int:
		fmt.Fprintf(&g.out, "\tw.Int(%s)\n", v)
	case reflect.Float64:
		fmt.Fprintf(&g.out, "\tw.Float(%s)\n", v)
	case reflect.Struct:
		g.queue = append(g.queue, f.t)
		fmt.Fprintf(&g.out, "\tw.%s(&%s)\n", method(f.t), v)
	case reflect.Slice:
		switch e := f.t.Elem(); {
		case e.Kind() == reflect.Int && e.Name() == "int":
			fmt.Fprintf(&g.out, "\tw.Ints(%s)\n", v)
		case e.Kind() == reflect.String && e.Name() == "string":
			fmt.Fprintf(&g.out, "\tw.Strings(%s)\n", v)
		case e.Kind() == reflect.Float64 && e.Name() == "float64":
			fmt.Fprintf(&g.out, "\tw.Floats(%s)\n", v)
		case e.Kind() == reflect.Struct:
			g.queue = append(g.queue, e)
			fmt.Fprintf(&g.out, `	if !w.Null(%[1]s == nil) {
		for i := range %[1]s {
			w.Sep(i)
			w.%[2]s(&%[1]s[i])
		}
		w.Byte(']')
	}
`, v, method(e))
		default:
			return fmt.Errorf("%s.%s: a slice of %s; teach reportJSONSource to write it", t.Name(), f.goName, e)
		}
	default:
		return fmt.Errorf("%s.%s: a %s; teach reportJSONSource to write it", t.Name(), f.goName, f.t)
	}
	return nil
}

// reader writes the function that reads struct type t, whose JSON fields
// are fields, with a jsonw.Decoder, and the list of their names.
func (g *jsonGen) reader(t reflect.Type, fields []jsonField) error {
	names := method(t) + "JSONNames"
	fmt.Fprintf(&g.read, "\nvar %s = []string{", names)
	for i, f := range fields {
		if i > 0 {
			g.read.WriteString(", ")
		}
		fmt.Fprintf(&g.read, "%q", f.name)
	}
	fmt.Fprintf(&g.read, "}\n\nfunc read%s(d *jsonw.Decoder, v *%s) {\n\tif !d.Object() {\n\t\treturn\n\t}\n\tfor d.More('}') {\n\t\tswitch d.Field(%s) {\n", t.Name(), t.Name(), names)
	for i, f := range fields {
		v := "v." + f.goName
		fmt.Fprintf(&g.read, "\t\tcase %d:\n\t\t\t", i)
		switch f.t.Kind() {
		case reflect.String:
			fmt.Fprintf(&g.read, "d.String(&%s)\n", v)
		case reflect.Bool:
			fmt.Fprintf(&g.read, "d.Bool(&%s)\n", v)
		case reflect.Int:
			fmt.Fprintf(&g.read, "d.Int(&%s)\n", v)
		case reflect.Float64:
			fmt.Fprintf(&g.read, "d.Float(&%s)\n", v)
		case reflect.Struct:
			fmt.Fprintf(&g.read, "read%s(d, &%s)\n", f.t.Name(), v)
		case reflect.Slice:
			switch e := f.t.Elem(); {
			case e.Kind() == reflect.Int && e.Name() == "int":
				fmt.Fprintf(&g.read, "%s = d.Ints()\n", v)
			case e.Kind() == reflect.String && e.Name() == "string":
				fmt.Fprintf(&g.read, "%s = d.Strings()\n", v)
			case e.Kind() == reflect.Float64 && e.Name() == "float64":
				fmt.Fprintf(&g.read, "%s = d.Floats()\n", v)
			case e.Kind() == reflect.Struct:
				fmt.Fprintf(&g.read, `%[1]s = nil
			if d.Array() {
				%[1]s = []%[2]s{}
				for d.More(']') {
					%[1]s = append(%[1]s, %[2]s{})
					read%[2]s(d, &%[1]s[len(%[1]s)-1])
				}
			}
`, v, e.Name())
			default:
				return fmt.Errorf("%s.%s: a slice of %s; teach reportJSONSource to read it", t.Name(), f.goName, e)
			}
		default:
			return fmt.Errorf("%s.%s: a %s; teach reportJSONSource to read it", t.Name(), f.goName, f.t)
		}
	}
	g.read.WriteString("\t\tdefault:\n\t\t\td.Skip()\n\t\t}\n\t}\n}\n")
	return nil
}
