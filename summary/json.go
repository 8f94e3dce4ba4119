package summary

import (
	"strconv"

	"github.com/policylens/policylens/internal/jsonw"
)

// AppendJSON appends s as JSON to b: the bytes encoding/json.Marshal(s)
// writes, without reflection (the page links no reflect). The tests hold it
// to encoding/json on the corpus.
func (s Summary) AppendJSON(b []byte) []byte {
	b = append(b, `{"stats":`...)
	b = jsonw.AppendString(b, s.Stats)
	if v := s.Verdict; v != nil {
		b = append(b, `,"verdict":`...)
		sep := byte('{')
		for _, f := range [...]struct{ name, value string }{{"score", v.Score}, {"word", v.Word}, {"tone", string(v.Tone)}} {
			if f.value != "" {
				b = append(append(append(b, sep, '"'), f.name...), `":`...)
				b = jsonw.AppendString(b, f.value)
				sep = ','
			}
		}
		b = append(append(b, sep), `"answers":`...)
		b = appendAnswers(b, v.Answers)
		b = append(b, `,"rubric":`...)
		b = appendAnswers(b, v.Rubric)
		b = append(b, `,"credit":`...)
		b = append(jsonw.AppendString(b, v.Credit), '}')
	}
	b = append(b, `,"sections":`...)
	b = appendList(b, s.Sections, func(b []byte, x Section) []byte {
		b = append(b, `{"id":`...)
		b = jsonw.AppendString(b, x.ID)
		b = append(b, `,"title":`...)
		b = jsonw.AppendString(b, x.Title)
		if x.Empty != "" {
			b = append(b, `,"empty":`...)
			b = jsonw.AppendString(b, x.Empty)
		}
		b = append(b, `,"groups":`...)
		b = appendList(b, x.Groups, func(b []byte, g Group) []byte {
			b = append(b, '{')
			if g.ID != "" {
				b = append(b, `"id":`...)
				b = append(jsonw.AppendString(b, g.ID), ',')
			}
			if g.Title != "" {
				b = append(b, `"title":`...)
				b = append(jsonw.AppendString(b, g.Title), ',')
			}
			b = append(b, `"items":`...)
			b = appendList(b, g.Items, func(b []byte, it Item) []byte {
				b = append(b, '{')
				if it.ID != "" {
					b = append(b, `"id":`...)
					b = append(jsonw.AppendString(b, it.ID), ',')
				}
				b = append(b, `"text":`...)
				b = jsonw.AppendString(b, it.Text)
				b = appendOptional(b, "tone", string(it.Tone))
				b = appendOptional(b, "label", it.Label)
				if len(it.Details) > 0 {
					b = append(b, `,"details":`...)
					b = appendList(b, it.Details, jsonw.AppendString)
				}
				b = append(b, `,"evidence":`...)
				return append(appendList(b, it.Evidence, appendInt), '}')
			})
			return append(b, '}')
		})
		return append(b, '}')
	})
	return append(b, '}')
}

func appendAnswers(b []byte, list []Answer) []byte {
	return appendList(b, list, func(b []byte, a Answer) []byte {
		b = append(b, `{"id":`...)
		b = jsonw.AppendString(b, a.ID)
		b = append(b, `,"question":`...)
		b = jsonw.AppendString(b, a.Question)
		b = append(b, `,"answer":`...)
		b = jsonw.AppendString(b, a.Answer)
		b = appendOptional(b, "option", a.Option)
		b = appendOptional(b, "tone", string(a.Tone))
		b = append(b, `,"evidence":`...)
		return append(appendList(b, a.Evidence, appendInt), '}')
	})
}

// appendOptional appends ,"name":value unless value is empty (omitempty).
func appendOptional(b []byte, name, value string) []byte {
	if value == "" {
		return b
	}
	b = append(append(append(b, `,"`...), name...), `":`...)
	return jsonw.AppendString(b, value)
}

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }

// appendList appends list as a JSON array of the values each appends, or
// null for a nil list.
func appendList[T any](b []byte, list []T, each func([]byte, T) []byte) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, x)
	}
	return append(b, ']')
}
