package pgstore_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/store/pgstore"
)

// tsvectorText sends a binary tsvector to the server as a parameter of
// type tsvector and returns the server's text form of it.
func tsvectorText(t *testing.T, dsn string, bin []byte) (string, error) {
	t.Helper()
	c := pgConn(t, dsn)
	const tsvectorOID = 3614
	res := c.PgConn().ExecParams(context.Background(), `SELECT $1::tsvector::text`, [][]byte{bin},
		[]uint32{tsvectorOID}, []int16{1}, nil).Read()
	if res.Err != nil {
		return "", res.Err
	}
	return string(res.Rows[0][0]), nil
}

// TestTSVectorBinary checks the tsvector that the writer sends in COPY's
// binary form as the server reads it: the title's words at weight A,
// the body's at B, the people's names at C, positions counted across the
// parts with a gap between them, lexemes in the server's order.
func TestTSVectorBinary(t *testing.T) {
	dsn := pg.NewDB(t)
	got, err := tsvectorText(t, dsn, pgstore.BuildTSVector("Rain in Spain", "the rain falls, the rain stays", []string{"Ana Rain"}))
	if err != nil {
		t.Fatal(err)
	}
	want := `'ana':12C 'falls':7B 'in':2A 'rain':1A,6B,9B,13C 'spain':3A 'stays':10B 'the':5B,8B`
	if got != want {
		t.Errorf("tsvector\n got %s\nwant %s", got, want)
	}
}

// TestTSVectorBinaryLimits sends the tsvector of a body past the
// tsvector's limits: more words than positions (16,383: the server
// refuses a position repeated or out of order in binary input), a word
// repeated more often than a lexeme keeps positions (256), and a word
// longer than a lexeme may be. The server takes it, with every other
// word.
func TestTSVectorBinaryLimits(t *testing.T) {
	dsn := pg.NewDB(t)
	var body strings.Builder
	for i := range 20000 {
		body.WriteString("often w")
		body.WriteByte(byte('a' + i%26))
		body.WriteByte(byte('a' + i/26%26))
		body.WriteByte(' ')
	}
	body.WriteString(strings.Repeat("x", 3000) + " last")
	got, err := tsvectorText(t, dsn, pgstore.BuildTSVector("", body.String(), nil))
	if err != nil {
		t.Fatalf("the server refused the tsvector: %v", err)
	}
	if !strings.Contains(got, "'often':2B,4B,") || strings.Contains(got, "xxx") || !strings.Contains(got, "'last':16383B") {
		t.Errorf("tsvector: %.200s … %s", got, got[max(0, len(got)-200):])
	}
	c := pgConn(t, dsn)
	var lexemes, often int
	if err := c.QueryRow(context.Background(), `SELECT length($1::tsvector), (SELECT cardinality(positions) FROM unnest($1::tsvector) WHERE lexeme = 'often')`,
		got).Scan(&lexemes, &often); err != nil {
		t.Fatal(err)
	}
	if lexemes != 26*26+2 || often != 255 {
		t.Errorf("%d lexemes (want %d), 'often' at %d positions (want 255)", lexemes, 26*26+2, often)
	}
}
