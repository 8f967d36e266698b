package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"github.com/newsreader/newsreader/ingest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/query"
)

// archiveWithFacts stores the real test articles with dates, sources and
// people set by the test (not by the parser, whose work is tested in
// content), so that every filter has a known answer.
func archiveWithFacts(t *testing.T) (*Store, map[string]int64) {
	t.Helper()
	s := openTemp(t)
	facts := []struct {
		file, published, source string
		people                  []content.Person
	}{
		{"voa-japan-russia-summit.txt", "2016-12-16", "voanews.com", []content.Person{
			{Name: "Vladimir Putin", Aliases: []string{"Putin"}, Role: "Russian President", Mentions: 6, Quotes: 1},
			{Name: "Shinzo Abe", Aliases: []string{"Abe"}, Role: "Japanese Prime Minister", Mentions: 6},
			{Name: "Grant Newsham", Aliases: []string{"Newsham"}, Role: "senior research fellow at the Japan Forum for Strategic Studies in Tokyo", Mentions: 2, Quotes: 2},
		}},
		{"wikinews-afghan.txt", "2017-07-18", "en.wikinews.org", []content.Person{
			{Name: "Donald Trump", Aliases: []string{"Trump"}, Role: "President", Mentions: 2},
			{Name: "Hamdullah Mohib", Role: "Afghan Ambassador to the United States", Mentions: 2, Quotes: 1},
		}},
		{"wikinews-clock.txt", "2015-09-17", "en.wikinews.org", []content.Person{
			{Name: "Ahmed Mohamed", Role: "Texas student", Mentions: 4},
			{Name: "Barack Obama", Aliases: []string{"Obama"}, Role: "President", Mentions: 3},
		}},
		{"wikinews-korea.txt", "2015-08-21", "en.wikinews.org", nil},
		{"wikinews-soccer.txt", "2018-06-18", "www.espn.example", []content.Person{
			{Name: "Harry Kane", Aliases: []string{"Kane"}, Mentions: 5},
		}},
		{"wikinews-warhol.txt", "", "", []content.Person{
			{Name: "Andy Warhol", Aliases: []string{"Warhol"}, Role: "artist", Mentions: 16},
			{Name: "Barack Obama", Role: "former President of the United States", Mentions: 1},
		}},
	}
	var recs []ingest.Record
	for _, f := range facts {
		a := parsed(t, f.file)
		a.Published, a.Source, a.People = content.MustParseDate(f.published), f.source, f.people
		recs = append(recs, ingest.Record{Path: "/archive/" + f.file, Article: a})
	}
	sum, err := ingest.AddArticles(context.Background(), s, recs, ingest.Options{})
	if err != nil || sum.Imported != len(facts) {
		t.Fatalf("add: %+v %v", sum, err)
	}
	ids := map[string]int64{}
	for _, f := range facts {
		items, err := s.FileArticles(context.Background(), "/archive/"+f.file)
		if err != nil || len(items) != 1 {
			t.Fatalf("%s: %v %v", f.file, items, err)
		}
		ids[f.file] = items[0].ID
	}
	return s, ids
}

// searchFiles runs a search and returns the file names of the results.
func searchFiles(t *testing.T, s *Store, q string) []string {
	t.Helper()
	res, err := s.Search(context.Background(), q, 50)
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	var out []string
	for _, r := range res {
		out = append(out, strings.TrimPrefix(r.Path, "/archive/"))
	}
	return out
}

func TestSearchFilters(t *testing.T) {
	s, _ := archiveWithFacts(t)
	cases := []struct {
		query string
		want  []string // in any order
	}{
		{`person:"Grant Newsham"`, []string{"voa-japan-russia-summit.txt"}},
		{`person:"barack obama"`, []string{"wikinews-clock.txt", "wikinews-warhol.txt"}},
		{`person:"Barack Obama" student`, []string{"wikinews-clock.txt"}},
		{`person:"Nobody Known"`, nil},
		{`source:voanews.com`, []string{"voa-japan-russia-summit.txt"}},
		{`source:espn.example`, []string{"wikinews-soccer.txt"}}, // subdomains match
		{`source:VOANews.com`, []string{"voa-japan-russia-summit.txt"}},
		{`source:news.com`, nil}, // not voanews.com
		{`source:nosuch.example president`, nil},
		{`source:en.wikinews.org president`, []string{"wikinews-afghan.txt", "wikinews-clock.txt"}},
		{`after:2016-12-01`, []string{"voa-japan-russia-summit.txt", "wikinews-afghan.txt", "wikinews-soccer.txt"}},
		{`after:2016-12-16 before:2016-12-17`, []string{"voa-japan-russia-summit.txt"}},
		{`before:2015-09`, []string{"wikinews-korea.txt"}},
		{`after:2015 before:2016 korea`, []string{"wikinews-korea.txt"}},
		{`title:korea`, []string{"wikinews-korea.txt"}},
		{`title:"Warhol's photo"`, []string{"wikinews-warhol.txt"}},
		{`Kuril islands`, []string{"voa-japan-russia-summit.txt"}},
		{`"peace treaty"`, []string{"voa-japan-russia-summit.txt"}},
		{`shuttle OR Warhol`, []string{"wikinews-warhol.txt"}}, // nasa is not in this archive
		{`Warhol -photographic`, nil},
		{`Warho*`, []string{"wikinews-warhol.txt"}},
		{`Newsham`, []string{"voa-japan-russia-summit.txt"}}, // people's names are indexed
	}
	for _, c := range cases {
		got := searchFiles(t, s, c.query)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", c.query, got, want)
		}
	}
	if _, err := s.Search(context.Background(), "after:yesterday", 5); !errors.Is(err, ErrBadQuery) {
		t.Errorf("a bad date must be ErrBadQuery, got %v", err)
	}
	if _, err := s.Search(context.Background(), "-only -negative", 5); !errors.Is(err, ErrBadQuery) {
		t.Errorf("a query of -words only must be ErrBadQuery, got %v", err)
	}
}

func TestSearchRanksTitleHitsFirstAndCutsSnippets(t *testing.T) {
	s, ids := archiveWithFacts(t)
	res, err := s.Search(context.Background(), "Kuril islands", 5)
	if err != nil || len(res) != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	r := res[0]
	if r.ID != ids["voa-japan-russia-summit.txt"] || r.Score <= 0 {
		t.Fatalf("result %+v", r)
	}
	if len(r.Highlights) < 2 {
		t.Fatalf("snippet %q has highlights %v", r.Snippet, r.Highlights)
	}
	for _, h := range r.Highlights {
		w := strings.ToLower(r.Snippet[h[0]:h[1]])
		if w != "kuril" && w != "islands" {
			t.Errorf("highlight %q in %q", w, r.Snippet)
		}
	}
	marked := r.MarkedSnippet("[", "]")
	if !strings.Contains(marked, "[Kuril] [islands]") && !strings.Contains(marked, "[Kuril] [Islands]") {
		t.Errorf("marked snippet %q", marked)
	}
	if len(strings.Fields(r.Snippet)) > snippetWords+4 {
		t.Errorf("snippet too long: %q", r.Snippet)
	}

	// "korea" is in one title and in other articles' text: the title hit
	// ranks first.
	res, err = s.Search(context.Background(), "korea", 10)
	if err != nil || len(res) < 2 {
		t.Fatalf("%+v %v", res, err)
	}
	if res[0].ID != ids["wikinews-korea.txt"] {
		t.Errorf("first result %q, want the article titled with Korea", res[0].Title)
	}
	for i := 1; i < len(res); i++ {
		if res[i].Score > res[i-1].Score {
			t.Errorf("results not in score order: %v", res)
		}
	}
}

func TestBoundedSearchRanksTheNewestMatches(t *testing.T) {
	s, ids := archiveWithFacts(t)
	// "the" matches every article; a bound of 2 ranks the two newest.
	res, err := s.SearchBounded(context.Background(), "the", 10, 2)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]bool{}
	for _, r := range res {
		got[r.ID] = true
	}
	if len(res) != 2 || !got[ids["wikinews-soccer.txt"]] || !got[ids["wikinews-afghan.txt"]] {
		t.Fatalf("bounded search: %+v", res)
	}
	all, _ := s.SearchBounded(context.Background(), "the", 10, 0)
	if len(all) != 6 {
		t.Fatalf("unbounded search found %d, want 6", len(all))
	}
}

func TestPeopleQueries(t *testing.T) {
	ctx := context.Background()
	s, ids := archiveWithFacts(t)
	people, err := s.People(ctx, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 9 {
		t.Fatalf("people: %+v", people)
	}
	if people[0].Name != "Barack Obama" || people[0].Articles != 2 || people[0].Mentions != 4 {
		t.Errorf("most written about: %+v", people[0])
	}
	if people[0].Role != "former President of the United States" {
		t.Errorf("the fullest role wins: %q", people[0].Role)
	}
	items, err := s.PersonArticles(ctx, "barack obama", 10, 0)
	if err != nil || len(items) != 2 || items[0].ID != ids["wikinews-clock.txt"] || items[1].ID != ids["wikinews-warhol.txt"] {
		t.Fatalf("Obama's articles, newest first then undated: %+v %v", items, err)
	}
	p, err := s.Person(ctx, "Grant Newsham")
	if err != nil || p.Articles != 1 || p.Mentions != 2 {
		t.Fatalf("person: %+v %v", p, err)
	}

	// Replacing an article moves the counts.
	a := parsed(t, "wikinews-warhol.txt")
	a.People = []content.Person{{Name: "Andy Warhol", Mentions: 16}}
	a.Title += " (corrected)"
	a.Hash = ""
	sum, err := ingest.AddArticles(ctx, s, []ingest.Record{{Path: "/archive/wikinews-warhol.txt", Article: a}}, ingest.Options{})
	if err != nil || sum.Updated != 1 {
		t.Fatalf("update: %+v %v", sum, err)
	}
	p, err = s.Person(ctx, "Barack Obama")
	if err != nil || p.Articles != 1 || p.Mentions != 3 {
		t.Fatalf("after update: %+v %v", p, err)
	}
}

func TestArticleRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a := parsed(t, "voa-japan-russia-summit.txt")
	who := "Grant Newsham"
	a.Quotes = append(a.Quotes, content.Quote{Text: "words", Speaker: &who, Spans: []content.Span{{Block: 1, Start: 3, End: 9}}})
	a.People = append(a.People, content.Person{Name: who, Aliases: []string{"Newsham"}, Role: "fellow", Mentions: 2, Quotes: 1,
		Spans: []content.Span{{Block: 0, Start: 0, End: 4}, {Block: 2, Start: 5, End: 12}}})
	a.Key = "record-7"
	if _, err := ingest.AddArticles(ctx, s, []ingest.Record{{Path: "/x/voa.txt", Article: a}}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	items, _ := s.FileArticles(ctx, "/x/voa.txt")
	got, info, err := s.Article(ctx, items[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if info.Path != "/x/voa.txt" || info.Key != "record-7" || info.Markdown != a.Markdown() {
		t.Errorf("info %+v", info)
	}
	if got.Title != a.Title || got.Text != a.Text || got.Hash != hex.EncodeToString(fingerprint(a.Hash, a.Title, a.BodyText())) || got.Key != a.Key || got.Format != a.Format {
		t.Errorf("fields differ")
	}
	if !slices.Equal(got.Blocks, a.Blocks) {
		t.Errorf("blocks differ")
	}
	if len(got.Quotes) != len(a.Quotes) || !slices.Equal(got.Quotes[len(got.Quotes)-1].Spans, a.Quotes[len(a.Quotes)-1].Spans) ||
		*got.Quotes[len(got.Quotes)-1].Speaker != who {
		t.Errorf("quotes differ: %+v", got.Quotes)
	}
	gp := got.People[len(got.People)-1]
	if gp.Name != who || gp.Role != "fellow" || !slices.Equal(gp.Aliases, []string{"Newsham"}) || !slices.Equal(gp.Spans, a.People[len(a.People)-1].Spans) {
		t.Errorf("person differs: %+v", gp)
	}
	if _, _, err := s.Article(ctx, 999); err == nil {
		t.Error("a missing id must be an error")
	}
}

func TestListPagesAreTheSameByKeysetAndOffset(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dir := t.TempDir()
	writeSynthetic(t, dir, 120, 3)
	mustImport(t, s, dir)
	for _, sort := range []Sort{SortDate, SortTitle, SortSource} {
		all, err := s.List(ctx, ListQuery{Sort: sort, Limit: 1000})
		if err != nil || len(all) != 120 {
			t.Fatalf("%s: %d items, %v", sort, len(all), err)
		}
		for i := 1; i < len(all); i++ {
			a, b := all[i-1], all[i]
			ok := true
			switch sort {
			case SortDate:
				ok = a.Published.String() >= b.Published.String()
			case SortTitle:
				ok = strings.ToLower(a.Title) <= strings.ToLower(b.Title)
			case SortSource:
				ok = strings.ToLower(a.Source) < strings.ToLower(b.Source) ||
					(strings.EqualFold(a.Source, b.Source) && a.Published.String() >= b.Published.String())
			}
			if !ok {
				t.Fatalf("%s: items %d and %d out of order: %+v %+v", sort, i-1, i, a, b)
			}
		}
		var paged []ListItem
		var after *ListItem
		for len(paged) < 120 {
			page, err := s.List(ctx, ListQuery{Sort: sort, Limit: 25, After: after})
			if err != nil || len(page) == 0 {
				t.Fatalf("%s: page after %d: %v", sort, len(paged), err)
			}
			offPage, _ := s.List(ctx, ListQuery{Sort: sort, Limit: 25, Offset: len(paged)})
			if !slices.Equal(page, offPage) {
				t.Fatalf("%s: keyset and offset pages differ at %d", sort, len(paged))
			}
			// The same page read from the end of the list.
			endOffset := 120 - min(len(paged)+25, 120)
			endPage, _ := s.List(ctx, ListQuery{Sort: sort, Limit: min(25, 120-len(paged)), Offset: endOffset, FromEnd: true})
			if !slices.Equal(page, endPage) {
				t.Fatalf("%s: the page at %d read from the end differs", sort, len(paged))
			}
			paged = append(paged, page...)
			after = &paged[len(paged)-1]
		}
		if !slices.Equal(paged, all) {
			t.Fatalf("%s: pages differ from the whole list", sort)
		}
	}
	bySource, err := s.List(ctx, ListQuery{Source: "", Person: ""})
	if err != nil || len(bySource) != DefaultLimit {
		t.Fatalf("default page: %d %v", len(bySource), err)
	}
	one := bySource[0].Source
	only, _ := s.List(ctx, ListQuery{Source: strings.ToUpper(one), Limit: 1000})
	for _, it := range only {
		if it.Source != one {
			t.Fatalf("source filter let %q through", it.Source)
		}
	}
	if len(only) == 0 {
		t.Fatal("source filter found nothing")
	}
}

func TestParseQuery(t *testing.T) {
	q, err := parseQuery(`person:"Grant Newsham" source:voanews.com after:2016-12-01 before:2017 title:"peace treaty" Kuril -war isla* "Cape Schmidt" a:b`)
	if err != nil {
		t.Fatal(err)
	}
	if q.person != "Grant Newsham" || q.source != "voanews.com" || q.after == nil || q.before == nil {
		t.Fatalf("filters: %+v", q)
	}
	if *q.after != 1480550400 || *q.before != 1483228800 {
		t.Errorf("dates: %d %d", *q.after, *q.before)
	}
	// The words as written: FTS5 folds them as it folded the index.
	want := `(("Kuril") AND ("isla"*) AND ("Cape Schmidt") AND ("a b") AND (title : "peace treaty")) NOT "war"`
	if q.match != want {
		t.Errorf("match\n got %s\nwant %s", q.match, want)
	}
}

// The FTS5 expressions of the syntax's corners, as the archive's own
// parser wrote them before package query read the syntax for it.
func TestFTSExpressions(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"OR a", `("OR") AND ("a")`},
		{"a OR OR b", `("a" OR "b")`},
		{"a OR -b c", `(("a") AND ("c")) NOT "b"`},
		{"a title:x OR c", `("a" OR "c") AND (title : "x")`},
		{`"a OR b"`, `("a OR b")`},
		{`- -- *** "" x`, `("x")`},
		{"-title:x PERSON:y", `(title : "x")`},
		{`title:isla** "quoted*"`, `("quoted") AND (title : "isla"*)`},
		{"note:x http://a.example", `("note x") AND ("http a example")`},
		{"-isla* 会 war", `(("会"*) AND ("war")) NOT "isla"*`},
		{`kuril OR sakhalin OR "peace treaty" -tokyo -"cape schmidt"`, `((("kuril" OR "sakhalin" OR "peace treaty")) NOT "tokyo") NOT "cape schmidt"`},
		{`person:"Grant Newsham"`, ``},
	} {
		q, err := parseQuery(c.in)
		if err != nil || q.match != c.want {
			t.Errorf("parseQuery(%q) = %q, %v; want %q", c.in, q.match, err, c.want)
		}
	}
}

// A query built by a program rather than parsed: terms without words
// are left out, and alternatives in the title stay inside its column.
func TestFTSOfBuiltQuery(t *testing.T) {
	q := query.Query{
		Must: []query.Clause{
			{Field: query.Title, Any: []query.Term{{Text: "kuril"}, {Text: "--"}, {Text: "sakh", Prefix: true}}},
			{Any: []query.Term{{Text: "..."}}},
		},
		Not: []query.Term{{Text: "!"}, {Text: "war"}},
	}
	f, err := toFTS(q)
	if want := `((title : ("kuril" OR "sakh"*))) NOT "war"`; err != nil || f.match != want {
		t.Errorf("toFTS = %q, %v; want %q", f.match, err, want)
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var n int
	if _, err := db.Exec(`CREATE VIRTUAL TABLE fts USING fts5(title, text, people);
		INSERT INTO fts VALUES ('Sakhalin talks', 'kuril', ''), ('Kuril talks', 'war', '')`); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT count(*) FROM fts WHERE fts MATCH ?`, f.match).Scan(&n); err != nil || n != 1 {
		t.Errorf("FTS5 finds %d for %q: %v", n, f.match, err)
	}
	if _, err := toFTS(query.Query{Must: []query.Clause{{Any: []query.Term{{Text: "?"}}}}, Not: q.Not}); !errors.Is(err, ErrBadQuery) {
		t.Errorf("negated terms only: %v", err)
	}
}

// FuzzParseQuery: any query either is refused with an error or gives an
// expression FTS5 accepts.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`a b`, `"x y" -z`, `person:"A B" c*`, `title:"`, `a OR b OR`, `-"`, `source: after:`, `"") NOT (`, `**`, `a:b:c`, "\x00\"\\",
		`首脳会談 Tokyo`, `会*`, `"は が"`, `회담*`, `iPhone発売`} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE fts USING fts5(title, text, people, tokenize='unicode61 remove_diacritics 2');
		INSERT INTO fts VALUES ('a title', 'some text', 'A Person')`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := parseQuery(s)
		if err != nil || q.match == "" {
			return
		}
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM fts WHERE fts MATCH ?`, q.match).Scan(&n); err != nil {
			t.Fatalf("query %q gave %q: %v", s, q.match, err)
		}
		for _, tm := range q.terms {
			if tm.text == "" {
				t.Fatalf("empty term from %q", s)
			}
		}
	})
}

// FuzzSnippet: a snippet is cut on word boundaries and its highlights
// lie inside it, whatever the text.
func FuzzSnippet(f *testing.F) {
	f.Add("The Kuril islands are disputed.\n\nÉlan vital, élan.", "kuril elan")
	f.Add("", "x")
	f.Add("a\x00b \xff c", "b")
	f.Add("両首脳は前日に会談していた。", "会談")
	f.Add("iPhone発売へ 東京で", "発売 iphone*")
	f.Fuzz(func(t *testing.T, text, words string) {
		// The terms as a search makes them (CJK words joined), else
		// word by word.
		var terms []term
		if q, err := parseQuery(words); err == nil {
			terms = q.terms
		} else {
			for _, w := range foldTokens(words) {
				terms = append(terms, term{text: w.text})
			}
		}
		snip, marks := makeSnippet(text, terms)
		at := 0
		for _, m := range marks {
			if m[0] < at || m[1] > len(snip) || m[0] >= m[1] {
				t.Fatalf("highlights %v out of order or outside %q", marks, snip)
			}
			at = m[1]
		}
	})
}

// MarkedSnippet is for terminals: of its output only open and close may
// hold escape sequences, whatever the archive file held.
func TestMarkedSnippetCleansTheArchiveText(t *testing.T) {
	s := "the \x1b[2Jsummit\x1b]0;x\a ended"
	start := strings.Index(s, "summit")
	r := Result{Snippet: s, Highlights: [][2]int{{start, start + len("summit")}}}
	if got, want := r.MarkedSnippet("\x1b[1m", "\x1b[22m"), "the \x1b[1msummit\x1b[22m ended"; got != want {
		t.Errorf("marked %q, want %q", got, want)
	}
}

// Words of every script are found as written: the query's words go to
// FTS5 unfolded, so that they fold as the index did (Go's decomposition
// would split a Hangul syllable into letters and strip a kana's voicing).
func TestSearchFindsWordsOfOtherScripts(t *testing.T) {
	s := openTemp(t)
	dir := t.TempDir()
	pages := map[string]string{
		"ko.txt": "한일 정상회담 개최\n\n2016년 12월 16일\n\n한국과 일본 정상은 16일 도쿄에서 회담을 갖고 경제 협력 방안을 논의했다.\n\n회담은 약 세 시간 동안 진행됐다.\n",
		"ja.txt": "首脳会談\n\n2016年12月16日\n\n安倍首相は ガス 協力 について 語った。\n\n両首脳は前日に会談していた。\n",
		"fr.txt": "Le sommet de Tokyo\n\n16 décembre 2016\n\nLes dirigeants ont évoqué une coopération économique à long terme.\n\nLa réunion a duré trois heures.\n",
	}
	for name, text := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustImport(t, s, dir)
	for query, title := range map[string]string{
		"진행됐다":       "한일 정상회담 개최",
		"회담*":        "한일 정상회담 개최",
		"ガス":         "首脳会談",
		"économique": "Le sommet de Tokyo",
		"ECONOMIQUE": "Le sommet de Tokyo",
		"\"a duré\"": "Le sommet de Tokyo",
		"title:정상회담": "한일 정상회담 개최",
		"会談":         "首脳会談", // inside the run 前日に会談していた
		"会談していた":     "首脳会談",
		"title:首脳":   "首脳会談",
		"脳":          "首脳会談",
	} {
		res, err := s.Search(context.Background(), query, 10)
		if err != nil || len(res) != 1 || res[0].Title != title {
			t.Errorf("search %q: %v, %+v; want %q", query, err, res, title)
		}
	}
	res, err := s.Search(context.Background(), "会談", 10)
	if err != nil || len(res) != 1 || !strings.Contains(res[0].MarkedSnippet("[", "]"), "前日に[会談]していた。") {
		t.Errorf("CJK snippet: %v, %+v", err, res)
	}
}

func TestCJKPairs(t *testing.T) {
	for in, want := range map[string]string{
		"plain text, no change": "plain text, no change",
		"首脳会談":                  " 首脳 脳会 会談 ",
		"iPhone発売へ":             "iPhone 発売 売へ ",
		"は":                     " は ",
		"한일 정상회담":               "한일 정상회담",
	} {
		if got := cjkPairs(in); got != want {
			t.Errorf("cjkPairs(%q) = %q, want %q", in, got, want)
		}
	}
	q, err := parseQuery("首脳会談 Tokyo")
	if err != nil || q.match != `("首脳 脳会 会談") AND ("Tokyo")` || len(q.terms) != 2 || q.terms[0].text != "首脳会談" {
		t.Errorf("query: %+v, %v", q, err)
	}
}
