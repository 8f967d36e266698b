package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsreader/newsreader/content"
)

// foldedToken is a word of a text as FTS5's unicode61 tokenizer with
// remove_diacritics 2 sees it: lower case, without diacritics; start and
// end are byte offsets in the original text.
type foldedToken struct {
	text       string
	start, end int
}

// foldTokens splits s into words (runs of letters, digits and marks)
// and folds each. A CJK character is a word of its own (see cjk.go): those
// languages put no space between words.
func foldTokens(s string) []foldedToken {
	var out []foldedToken
	start := -1
	for i, r := range s {
		if isTokenRune(r) && !content.IsCJK(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = appendToken(out, s, start, i)
			start = -1
		}
		if content.IsCJK(r) {
			out = appendToken(out, s, i, i+utf8.RuneLen(r))
		}
	}
	if start >= 0 {
		out = appendToken(out, s, start, len(s))
	}
	return out
}

// appendToken adds s[start:end] folded, unless folding leaves nothing
// (a lone combining mark).
func appendToken(out []foldedToken, s string, start, end int) []foldedToken {
	if f := fold(s[start:end]); f != "" {
		out = append(out, foldedToken{text: f, start: start, end: end})
	}
	return out
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.IsNumber(r)
}

// fold lower-cases a word and removes its diacritics.
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// cjkTermAt returns how many tokens from toks[i] spell the CJK word w
// (one token per character, with nothing between them), or 0.
func cjkTermAt(toks []foldedToken, i int, w string) int {
	rest := w
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].start != toks[j-1].end || !strings.HasPrefix(rest, toks[j].text) {
			return 0
		}
		if rest = rest[len(toks[j].text):]; rest == "" {
			return j - i + 1
		}
	}
	return 0
}

// snippetWords is the length of a snippet in words.
const snippetWords = 28

// windowEnd is the end of the snippet window that starts at toks[s]:
// snippetWords words further, a CJK character counting as half a word
// (Chinese and Japanese words are one to three characters long).
func windowEnd(toks []foldedToken, s int) int {
	budget := 2 * snippetWords
	i := s
	for ; i < len(toks) && budget > 0; i++ {
		if r, _ := utf8.DecodeRuneInString(toks[i].text); content.IsCJK(r) {
			budget--
		} else {
			budget -= 2
		}
	}
	return i
}

// makeSnippet cuts from text the window of snippetWords words holding
// the most distinct query terms (then the most hits), and returns it
// with the byte ranges of the hits inside it. Block breaks become spaces.
// With no hit, it is the start of the text.
func makeSnippet(text string, terms []term) (string, [][2]int) {
	toks := foldTokens(text)
	if len(toks) == 0 {
		return "", nil
	}
	hit := markHits(toks, terms)
	best := bestWindow(toks, hit, len(terms))
	// Give the first hit a little context before it.
	first := best
	if best > 0 {
		first = max(0, best-4)
	}
	return cutWindow(text, toks, hit, first)
}

// markHits returns, for each token, the index+1 of the query term it
// matches, 0 for none. A term of several CJK characters matches the run
// of pairs it spans.
func markHits(toks []foldedToken, terms []term) []int {
	hit := make([]int, len(toks))
	cjk := make([]bool, len(terms)) // a word of several CJK characters
	for k, q := range terms {
		cjk[k] = utf8.RuneCountInString(q.text) > 1 && hasCJK(q.text)
	}
	for i, t := range toks {
		for k, q := range terms {
			if t.text == q.text || (q.prefix && strings.HasPrefix(t.text, q.text)) {
				hit[i] = k + 1
				break
			}
			if !cjk[k] {
				continue
			}
			if n := cjkTermAt(toks, i, q.text); n > 0 {
				for j := i; j < i+n; j++ {
					hit[j] = k + 1
				}
				break
			}
		}
	}
	return hit
}

// bestWindow returns the first token of the window holding the most
// distinct terms, then the most hits: the top of the text, or a hit.
func bestWindow(toks []foldedToken, hit []int, terms int) int {
	best, bestDistinct, bestHits := 0, -1, -1
	seen := make([]bool, terms+1)
	for s := 0; s < len(toks); s++ {
		if s > 0 && hit[s] == 0 {
			continue // windows worth having start on a hit (or at the top)
		}
		clear(seen)
		distinct, hits := 0, 0
		for i, end := s, windowEnd(toks, s); i < end; i++ {
			if h := hit[i]; h > 0 {
				if !seen[h] {
					seen[h] = true
					distinct++
				}
				hits++
			}
		}
		if distinct > bestDistinct || (distinct == bestDistinct && hits > bestHits) {
			best, bestDistinct, bestHits = s, distinct, hits
		}
	}
	return best
}

// cutWindow returns the window of text that starts at token first, with
// "…" where the text goes on and block breaks as spaces, and the byte
// ranges of its hits (the characters of one CJK word as one range).
func cutWindow(text string, toks []foldedToken, hit []int, first int) (string, [][2]int) {
	last := windowEnd(toks, first) - 1
	from, to := toks[first].start, toks[last].end
	if last == len(toks)-1 {
		to = len(text)
	}
	var b strings.Builder
	var marks [][2]int
	if first > 0 {
		b.WriteString("… ")
	}
	base := b.Len() - from
	b.WriteString(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, text[from:to]))
	for i := first; i <= last; i++ {
		if hit[i] == 0 {
			continue
		}
		m := [2]int{toks[i].start + base, toks[i].end + base}
		if n := len(marks); n > 0 && marks[n-1][1] == m[0] {
			marks[n-1][1] = m[1] // the characters of one CJK word
			continue
		}
		marks = append(marks, m)
	}
	if to < len(text) {
		b.WriteString(" …")
	}
	return b.String(), marks
}

// MarkedSnippet returns the snippet with each hit wrapped in open and
// close (for example "\x1b[1m" and "\x1b[22m", or "**" and "**").
func (r Result) MarkedSnippet(open, close string) string {
	// The snippet's pieces are cleaned one by one: only open and close
	// may carry escape sequences (an archive file may come from elsewhere
	// than this program's import).
	var b strings.Builder
	at := 0
	for _, h := range r.Highlights {
		if h[0] < at || h[1] > len(r.Snippet) {
			continue
		}
		b.WriteString(content.Sanitize(r.Snippet[at:h[0]]))
		b.WriteString(open)
		b.WriteString(content.Sanitize(r.Snippet[h[0]:h[1]]))
		b.WriteString(close)
		at = h[1]
	}
	b.WriteString(content.Sanitize(r.Snippet[at:]))
	return b.String()
}
