package summary

import "github.com/policylens/policylens/internal/jsonw"

// AppendJSON appends s as JSON to b: the bytes encoding/json.Marshal(s)
// writes, without reflection (the page links no reflect). The tests hold it
// to encoding/json on the corpus.
func (s Summary) AppendJSON(b []byte) []byte {
	w := jsonWriter{jsonw.Writer{B: b}}
	w.Raw(`{"stats":`)
	w.String(s.Stats)
	if v := s.Verdict; v != nil {
		w.Raw(`,"verdict":`)
		sep := "{"
		for _, f := range [...]struct{ name, value string }{{`"score":`, v.Score}, {`"word":`, v.Word}, {`"tone":`, string(v.Tone)}} {
			if f.value != "" {
				w.Raw(sep)
				w.Raw(f.name)
				w.String(f.value)
				sep = ","
			}
		}
		w.Raw(sep)
		w.Raw(`"answers":`)
		w.answers(v.Answers)
		w.Raw(`,"rubric":`)
		w.answers(v.Rubric)
		w.Raw(`,"credit":`)
		w.String(v.Credit)
		w.Byte('}')
	}
	w.Raw(`,"sections":`)
	if !w.Null(s.Sections == nil) {
		for i, x := range s.Sections {
			w.Sep(i)
			w.Raw(`{"id":`)
			w.String(x.ID)
			w.Raw(`,"title":`)
			w.String(x.Title)
			w.optional(`,"empty":`, x.Empty)
			w.Raw(`,"groups":`)
			if !w.Null(x.Groups == nil) {
				for i, g := range x.Groups {
					w.Sep(i)
					w.Byte('{')
					w.optional(`"id":`, g.ID)
					if g.ID != "" && g.Title != "" {
						w.Byte(',')
					}
					w.optional(`"title":`, g.Title)
					if g.ID != "" || g.Title != "" {
						w.Byte(',')
					}
					w.Raw(`"items":`)
					w.items(g.Items)
					w.Byte('}')
				}
				w.Byte(']')
			}
			w.Byte('}')
		}
		w.Byte(']')
	}
	w.Byte('}')
	return w.B
}

type jsonWriter struct{ jsonw.Writer }

// optional writes key and value unless value is empty (omitempty).
func (w *jsonWriter) optional(key, value string) {
	if value != "" {
		w.Raw(key)
		w.String(value)
	}
}

func (w *jsonWriter) items(list []Item) {
	if w.Null(list == nil) {
		return
	}
	for i, it := range list {
		w.Sep(i)
		w.Byte('{')
		if it.ID != "" {
			w.Raw(`"id":`)
			w.String(it.ID)
			w.Byte(',')
		}
		w.Raw(`"text":`)
		w.String(it.Text)
		w.optional(`,"tone":`, string(it.Tone))
		w.optional(`,"label":`, it.Label)
		if len(it.Details) > 0 {
			w.Raw(`,"details":`)
			w.Strings(it.Details)
		}
		w.Raw(`,"evidence":`)
		w.Ints(it.Evidence)
		w.Byte('}')
	}
	w.Byte(']')
}

func (w *jsonWriter) answers(list []Answer) {
	if w.Null(list == nil) {
		return
	}
	for i, a := range list {
		w.Sep(i)
		w.Raw(`{"id":`)
		w.String(a.ID)
		w.Raw(`,"question":`)
		w.String(a.Question)
		w.Raw(`,"answer":`)
		w.String(a.Answer)
		w.optional(`,"option":`, a.Option)
		w.optional(`,"tone":`, string(a.Tone))
		w.Raw(`,"evidence":`)
		w.Ints(a.Evidence)
		w.Byte('}')
	}
	w.Byte(']')
}
