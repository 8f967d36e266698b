package formats

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/newsreader/newsreader/content"
)

func encodeUTF16(t *testing.T, s string, order unicode.Endianness, bom unicode.BOMPolicy) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, bom).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	const text = "Café “quoted” — naïve\nsecond line €"
	cases := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8", []byte(text), text},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, text...), text},
		{"utf-16 LE with BOM", encodeUTF16(t, text, unicode.LittleEndian, unicode.UseBOM), text},
		{"utf-16 BE with BOM", encodeUTF16(t, text, unicode.BigEndian, unicode.UseBOM), text},
		{"utf-16 LE without BOM", encodeUTF16(t, "Plain ASCII headline\nand a body line", unicode.LittleEndian, unicode.IgnoreBOM), "Plain ASCII headline\nand a body line"},
		{"windows-1252", []byte("Caf\xe9 \x93quoted\x94 \x97 na\xefve\nsecond line \x80"), text},
		{"CRLF", []byte("one\r\ntwo\r\n"), "one\ntwo\n"},
		{"CR", []byte("one\rtwo\r"), "one\ntwo\n"},
		{"stray NUL", []byte("one\x00two"), "onetwo"},
		{"utf-16 with odd last byte", []byte("\xff\xfeA\x00B"), "A\uFFFD"},
	}
	for _, c := range cases {
		got, err := decodeText(c.in)
		if err != nil || got != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestDecodeTextRefusals(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 200)...)
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\t\r\n "), ErrEmpty},
		{"random bytes", random, ErrBinary},
		{"PNG image", png, ErrBinary},
		{"NULs", make([]byte, 100), ErrBinary},
	}
	for _, c := range cases {
		if _, err := decodeText(c.in); !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
		}
	}
}

// TestBadInputFiles checks that each bad file gives one line naming the
// file and the reason, through ParseFile as the CLI calls it.
func TestBadInputFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		path, reason string
	}{
		{filepath.Join(dir, "missing.txt"), "no such file"},
		{dir, "is a directory"},
		{write("empty.txt", nil), "empty file"},
		{write("blank.txt", []byte("\n\n   \n")), "empty file"},
		{write("image.txt", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 512)...)), "binary file"},
		{write("controls.txt", []byte("\x1b[31m\x07\x1b]0;x\x07\n")), "empty file"},
	}
	for _, c := range cases {
		err := ParseFile(c.path, Options{}, func(*content.Article) error {
			t.Errorf("%s: an article was emitted", c.path)
			return nil
		}, nil)
		if err == nil {
			t.Errorf("%s: no error", c.path)
			continue
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, c.path+": ") || !strings.Contains(msg, c.reason) || strings.Contains(msg, "\n") {
			t.Errorf("%s: error %q, want one line naming the file and %q", c.path, msg, c.reason)
		}
	}
}

func TestParseTextRemovesControls(t *testing.T) {
	a := parseString(t, "\x1b[1mHeadline \x1b]0;pwned\x07with colour\x1b[0m and more\n\n"+
		"Body \u202Etext\u202C with a bell\x07 and \u009b31m C1 and tab\tinside, it said.\n")
	if a.Title != "Headline with colour and more" {
		t.Errorf("title %q", a.Title)
	}
	if len(a.Blocks) != 1 || a.Blocks[0].Text != "Body text with a bell and C1 and tab inside, it said." {
		t.Errorf("blocks %q", a.Blocks)
	}
}

// untouchable fails the test if anything reads it.
type untouchable struct{ t *testing.T }

func (u untouchable) Read([]byte) (int, error) {
	u.t.Error("read past the start of a file that holds no text article")
	return 0, io.EOF
}

// A large binary file is refused on its first 8 KB: the plain-text
// reader does not read on to its size limit.
func TestBinaryFileIsRefusedOnItsStart(t *testing.T) {
	head := bytes.Repeat([]byte{0x00, 0x8f, 0x03, 'a', 'b', 0x01, 0x02, 0xff}, binarySample/8)
	err := Parse("video", io.MultiReader(bytes.NewReader(head), untouchable{t}), Options{}, func(*content.Article) error { return nil }, nil)
	if !errors.Is(err, ErrBinary) {
		t.Errorf("err = %v, want ErrBinary", err)
	}
	// So is a large XML document that no reader took (a sitemap).
	sitemap := []byte(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for len(sitemap) < binarySample {
		sitemap = append(sitemap, "<url><loc>https://example.com/news/a</loc></url>"...)
	}
	err = Parse("sitemap.xml", io.MultiReader(bytes.NewReader(sitemap), untouchable{t}), Options{}, func(*content.Article) error { return nil }, nil)
	if !errors.Is(err, ErrOtherXML) {
		t.Errorf("sitemap: err = %v, want ErrOtherXML", err)
	}
	// Text longer than the sample, and UTF-16 without a byte-order mark
	// (zero bytes everywhere), still read.
	text := strings.Repeat("Residents returned to their homes on Tuesday as the river fell. ", 400)
	utf16 := make([]byte, 0, 2*len(text))
	for i := 0; i < len(text); i++ {
		utf16 = append(utf16, text[i], 0)
	}
	for name, data := range map[string][]byte{"long.txt": []byte("Flood waters recede\n\n" + text), "utf16.txt": utf16} {
		arts, err := ParseBytes(name, data, Options{})
		if err != nil || len(arts) != 1 || len(arts[0].Text) < len(text)/2 {
			t.Errorf("%s: %v, %d articles", name, err, len(arts))
		}
	}
}
