package textmatch

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Kurîl":               "kuril",
		"  São   Paulo \n":    "sao paulo",
		"Putin’s":             "putin's",
		"“Quoted” — dash":     `"quoted" - dash`,
		"ÉCOLE Ångström":      "ecole angstrom",
		"İstanbul":            "istanbul",
		"":                    "",
		"tab\tand\nnewline  ": "tab and newline",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindReportsOriginalOffsets(t *testing.T) {
	src := "Hosaka Yuji said.\n   Later, HOSAKA\n   Yuji and Hôsaka agreed; Hosakas disagreed."
	text := New(src)
	got := text.Find("hosaka yuji")
	want := []string{"Hosaka Yuji", "HOSAKA\n   Yuji"}
	if len(got) != len(want) {
		t.Fatalf("Find = %v", got)
	}
	for i, r := range got {
		if src[r[0]:r[1]] != want[i] {
			t.Errorf("match %d is %q, want %q", i, src[r[0]:r[1]], want[i])
		}
	}
	if n := len(text.Find("hosaka")); n != 4 {
		t.Errorf("substring search found %d, want 4 (Hosakas included)", n)
	}
	words := text.FindWord("hosaka")
	if len(words) != 3 {
		t.Fatalf("word search found %d, want 3 (not Hosakas)", len(words))
	}
	if src[words[2][0]:words[2][1]] != "Hôsaka" {
		t.Errorf("accent-folded match is %q", src[words[2][0]:words[2][1]])
	}
}

func TestFindAnyMergesOverlaps(t *testing.T) {
	src := "Grant Newsham met Newsham's friend Grant."
	got := New(src).FindAny([]string{"Newsham", "Grant Newsham", "Grant"}, true)
	var texts []string
	for _, r := range got {
		texts = append(texts, src[r[0]:r[1]])
	}
	if strings.Join(texts, "|") != "Grant Newsham|Newsham|Grant" {
		t.Errorf("FindAny = %q", texts)
	}
}

func TestFindEmpty(t *testing.T) {
	if got := New("abc").Find("  "); got != nil {
		t.Errorf("blank query found %v", got)
	}
	if got := New("").Find("a"); got != nil {
		t.Errorf("empty text found %v", got)
	}
}

// FuzzFind: whatever the text and query, matches lie inside the text, on
// rune boundaries, in order, and each folds to the query.
func FuzzFind(f *testing.F) {
	f.Add("Hosaka Yuji, a Japan analyst", "hosaka", false)
	f.Add("Kurîl ISLANDS\n  and more", "kuril islands", true)
	f.Add("\xff\xfe broken \x1b[31m utf8", "broken", false)
	f.Add("ﬁ ligature Ǆ", "ǆ", true)
	f.Fuzz(func(t *testing.T, src, query string, words bool) {
		text := New(src)
		var got [][2]int
		if words {
			got = text.FindWord(query)
		} else {
			got = text.Find(query)
		}
		q := Fold(query)
		prev := 0
		for _, r := range got {
			if r[0] < prev || r[0] >= r[1] || r[1] > len(src) {
				t.Fatalf("bad range %v after %d in %d bytes", r, prev, len(src))
			}
			if !utf8.ValidString(src) {
				prev = r[1]
				continue
			}
			if !utf8.RuneStart(src[r[0]]) || (r[1] < len(src) && !utf8.RuneStart(src[r[1]])) {
				t.Fatalf("range %v splits a rune", r)
			}
			if Fold(src[r[0]:r[1]]) != q {
				t.Fatalf("match %q folds to %q, not %q", src[r[0]:r[1]], Fold(src[r[0]:r[1]]), q)
			}
			prev = r[1]
		}
	})
}
