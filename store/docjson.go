package store

import (
	"strconv"
	"unicode/utf8"
)

// appendDocJSON appends d as JSON: the same document json.Marshal makes
// of it (decodeDoc reads it with encoding/json), written by hand because
// reflection cost a twentieth of an article's import.
func appendDocJSON(b []byte, d *doc) []byte {
	b = append(b, `{"v":`...)
	b = strconv.AppendInt(b, int64(d.V), 10)
	if d.Dateline != "" {
		b = append(b, `,"dateline":`...)
		b = appendJSONString(b, d.Dateline)
	}
	if len(d.Contributors) > 0 {
		b = append(b, `,"contributors":`...)
		b = appendJSONArray(b, d.Contributors, appendJSONString)
	}
	b = append(b, `,"blocks":`...)
	if d.Blocks == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONArray(b, d.Blocks, appendDocBlock)
	}
	if len(d.Quotes) > 0 {
		b = append(b, `,"quotes":`...)
		b = appendJSONArray(b, d.Quotes, appendDocQuote)
	}
	if len(d.People) > 0 {
		b = append(b, `,"people":`...)
		b = appendJSONArray(b, d.People, appendDocPerson)
	}
	return append(b, '}')
}

func appendDocBlock(b []byte, bl docBlock) []byte {
	b = append(b, `{"t":`...)
	b = appendJSONString(b, string(bl.Type))
	b = append(b, `,"n":`...)
	b = strconv.AppendInt(b, int64(bl.Len), 10)
	return append(b, '}')
}

func appendDocQuote(b []byte, q docQuote) []byte {
	b = append(b, `{"text":`...)
	b = appendJSONString(b, q.Text)
	if q.Speaker != nil {
		b = append(b, `,"speaker":`...)
		b = appendJSONString(b, *q.Speaker)
	}
	if q.Type != "" {
		b = append(b, `,"type":`...)
		b = appendJSONString(b, q.Type)
	}
	b = appendSpans(b, q.Spans)
	return append(b, '}')
}

func appendDocPerson(b []byte, p docPerson) []byte {
	b = append(b, `{"name":`...)
	b = appendJSONString(b, p.Name)
	if len(p.Aliases) > 0 {
		b = append(b, `,"aliases":`...)
		b = appendJSONArray(b, p.Aliases, appendJSONString)
	}
	if p.Role != "" {
		b = append(b, `,"role":`...)
		b = appendJSONString(b, p.Role)
	}
	b = append(b, `,"mentions":`...)
	b = strconv.AppendInt(b, int64(p.Mentions), 10)
	b = append(b, `,"quotes":`...)
	b = strconv.AppendInt(b, int64(p.Quotes), 10)
	b = appendSpans(b, p.Spans)
	return append(b, '}')
}

// appendJSONArray appends xs as a JSON array, each element by elem.
func appendJSONArray[T any](b []byte, xs []T, elem func([]byte, T) []byte) []byte {
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = elem(b, x)
	}
	return append(b, ']')
}

// appendSpans appends the "spans" member, if any.
func appendSpans(b []byte, spans [][3]int) []byte {
	if len(spans) == 0 {
		return b
	}
	b = append(b, `,"spans":`...)
	return appendJSONArray(b, spans, func(b []byte, s [3]int) []byte {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s[0]), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(s[1]), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(s[2]), 10)
		return append(b, ']')
	})
}

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it: quotes, backslashes, control characters, <, > and & (as
// \u003c...), U+2028 and U+2029, and invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
