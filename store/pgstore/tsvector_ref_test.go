package pgstore

import (
	"bytes"
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// mapTSVector is the tsvector built the plain way: a slice of positions
// per lexeme in a map, the map's keys sorted. buildTSVector must give
// the same bytes.
func mapTSVector(title, body string, names []string) []byte {
	lexemes := map[string][]uint16{}
	pos, size := 0, 0
	add := func(text string, weight uint16) {
		for _, w := range store.IndexWords(text) {
			pos = min(pos+1, maxPos)
			l, ok := lexemes[w]
			if !ok && (w == "" || len(w) > maxLexemeSize || size+len(w) > maxLexemesBytes || strings.IndexByte(w, 0) >= 0) {
				continue
			}
			if len(l) < maxPositions && (len(l) == 0 || int(l[len(l)-1]&maxPos) < pos) {
				lexemes[w] = append(l, weight|uint16(pos))
			}
			if !ok {
				size += len(w)
			}
		}
		pos++
	}
	add(title, weightA)
	add(body, weightB)
	for _, n := range names {
		add(n, weightC)
	}
	var b []byte
	words := slices.Sorted(maps.Keys(lexemes))
	b = binary.BigEndian.AppendUint32(b, uint32(len(words)))
	for _, w := range words {
		b = append(append(b, w...), 0)
		b = binary.BigEndian.AppendUint16(b, uint16(len(lexemes[w])))
		for _, p := range lexemes[w] {
			b = binary.BigEndian.AppendUint16(b, p)
		}
	}
	return b
}

// TestBuildTSVectorSameAsMap compares buildTSVector with mapTSVector on
// generated articles and on texts past the tsvector's limits.
func TestBuildTSVectorSameAsMap(t *testing.T) {
	type text struct {
		title, body string
		names       []string
	}
	var texts []text
	g := gen.New(7)
	for range 200 {
		a := g.Next()
		title, body, _ := strings.Cut(string(a.Text()), "\n\n")
		texts = append(texts, text{title, body, []string{"Ana Rain", "Rain"}})
	}
	var long strings.Builder
	for i := range 20000 {
		long.WriteString("often w")
		long.WriteByte(byte('a' + i%26))
		long.WriteByte(byte('a' + i/26%26))
		long.WriteByte(' ')
	}
	long.WriteString(strings.Repeat("x", 3000) + " last")
	texts = append(texts, text{"", long.String(), nil}, text{"", "", nil}, text{"Ünïcode Straße", "東京 の 天気 café CAFÉ", []string{"José"}})
	for i, x := range texts {
		got, want := buildTSVector(x.title, x.body, x.names), mapTSVector(x.title, x.body, x.names)
		if !bytes.Equal(got, want) {
			t.Fatalf("text %d (%.40q): %d bytes, want %d", i, x.title, len(got), len(want))
		}
	}
}

// BenchmarkBuildTSVector builds the tsvector of generated articles.
func BenchmarkBuildTSVector(b *testing.B) {
	g := gen.New(7)
	var bodies []string
	for range 100 {
		bodies = append(bodies, string(g.Next().Text()))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buildTSVector("", bodies[i%len(bodies)], nil)
	}
}

// BenchmarkMapTSVector builds the same tsvectors the plain way, for
// comparison.
func BenchmarkMapTSVector(b *testing.B) {
	g := gen.New(7)
	var bodies []string
	for range 100 {
		bodies = append(bodies, string(g.Next().Text()))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		mapTSVector("", bodies[i%len(bodies)], nil)
	}
}
