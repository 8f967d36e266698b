package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFingerprintFoldsFormNotWords(t *testing.T) {
	a := fingerprint("", "Bridge approved", "“We waited,” said Ann Lee.\n\nThe end.")
	b := fingerprint("", "  BRIDGE   approved ", `"We waited", said Ann Lee. The end`)
	c := fingerprint("", "Bridge approved", "We waited, said Ann Leeds. The end.")
	if !bytes.Equal(a, b) || bytes.Equal(a, c) {
		t.Errorf("same words in other forms must match, other words not: %x %x %x", a, b, c)
	}
	if bytes.Equal(fingerprint("", "Bridge", "approved"), fingerprint("", "Bridge approved", "")) {
		t.Error("a word moved from the title to the body matched")
	}
	raw := "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
	if got := fingerprint(raw, "", " … "); !bytes.Equal(got, []byte{0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
		0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff}) {
		t.Errorf("an article without words keeps its bytes' hash: %x", got)
	}
}

// The hash is the text's fingerprint, so a record whose only change is
// its date must still be updated.
func TestNewDateOfTheSameTextIsAnUpdate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "dump.jsonl")
	write := func(date string) {
		t.Helper()
		rec := `{"title": "Dam opens", "text": "The river dam opened after years of work.", "date": "` + date + `"}` + "\n"
		if err := os.WriteFile(p, []byte(rec), 0o644); err != nil {
			t.Fatal(err)
		}
		// A modification time of its own, so that the file is read again.
		mtime := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(date[3]) * time.Hour)
		os.Chtimes(p, mtime, mtime)
	}
	s := openTemp(t)
	write("2020-01-02")
	mustImport(t, s, p)
	write("2021-05-06")
	if sum := mustImport(t, s, p); sum.Updated != 1 {
		t.Fatalf("a new date: %+v", sum)
	}
	items, _ := s.FileArticles(context.Background(), p)
	if len(items) != 1 || items[0].Published.Day() != "2021-05-06" {
		t.Errorf("items %+v", items)
	}
}
