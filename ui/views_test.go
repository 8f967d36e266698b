package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/ui/articlelist"
)

// TestArchivePeople: P lists everyone the archive names with their
// counts, / filters them by name, enter lists the person's articles.
func TestArchivePeople(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m := newCastModel(t, s.w, s.h)
			m = drive(t, m, keys("P")...)
			view := screen(m)
			for _, want := range []string{"PEOPLE IN THE ARCHIVE", "Vladimir Putin", "Russian President"} {
				if !strings.Contains(view, want) {
					t.Errorf("the people view lacks %q:\n%s", want, view)
				}
			}
			golden.RequireEqual(t, view)
			m = drive(t, m, keys("/")...)
			m = drive(t, m, typeText("hosaka")...)
			m = drive(t, m, keys("enter")...)
			if m.directory.Len() != 1 || !strings.Contains(screen(m), "Hosaka Yuji") {
				t.Fatalf("filtered to %d people:\n%s", m.directory.Len(), screen(m))
			}
			if p, _ := m.directory.Selected(); p.Articles != 1 || p.Quotes != 1 || p.Mentions != 2 {
				t.Errorf("Hosaka Yuji counts %+v, want 1 article, 2 mentions, 1 quote (the gold's)", p)
			}
			m = drive(t, m, keys("enter")...)
			if m.view != viewPanes || m.list.Mode() != articlelist.ModePerson || m.list.Search() != "Hosaka Yuji" {
				t.Fatalf("enter: view %v, list mode %v %q", m.view, m.list.Mode(), m.list.Search())
			}
			if n, _ := m.list.Total(); n != 1 {
				t.Errorf("%d articles name Hosaka Yuji, want 1", n)
			}
		})
	}
}

// TestCoverageChart: c charts the list's articles per day (made-up
// articles, counted here from their dates), the peaks labelled; t
// regroups by week and month; enter on a bar lists that period.
func TestCoverageChart(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m, done := openModel(t, madeUpArchive(t, 60), s.w, s.h)
			defer done()
			m = drive(t, m, keys("c")...)
			if m.view != viewCoverage || m.coverage.Unit() != period.Day {
				t.Fatalf("c: view %v, unit %v:\n%s", m.view, m.coverage.Unit(), screen(m))
			}
			want := map[string]int{}
			for _, r := range madeUp(60) {
				want[r.Article.Published.Day()]++
			}
			got := map[string]int{}
			for _, b := range m.coverage.Bars() {
				if b.Count > 0 {
					got[b.Start.Format("2006-01-02")] = b.Count
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("days counted %v, want %v", got, want)
			}
			view := screen(m)
			if !strings.Contains(view, "60 articles") || !strings.Contains(view, "▲2024-") {
				t.Errorf("the chart says no total or no peak:\n%s", view)
			}
			golden.RequireEqual(t, view)
			for _, u := range []period.Unit{period.Week, period.Month} {
				m = drive(t, m, keys("t")...)
				if m.coverage.Unit() != u || sum(m.coverage.Bars()) != 60 {
					t.Errorf("t: unit %v with %d articles, want %v with 60", m.coverage.Unit(), sum(m.coverage.Bars()), u)
				}
			}
			// By month: two bars, June selected; the one before is May.
			m = drive(t, m, keys("h enter")...)
			if m.view != viewPanes || m.list.Mode() != articlelist.ModeResults {
				t.Fatalf("enter on May: view %v, list mode %v", m.view, m.list.Mode())
			}
			if n, _ := m.list.Total(); n != 30 || !strings.Contains(m.list.Search(), "after:2024-05-01 before:2024-06-01") {
				t.Errorf("May lists %d articles for %q, want 30", n, m.list.Search())
			}
		})
	}
}

// TestCoverageOfASearch: the chart counts the search the list shows.
func TestCoverageOfASearch(t *testing.T) {
	m, done := openModel(t, madeUpArchive(t, 60), 100, 30)
	defer done()
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText("harbour")...)
	m = drive(t, m, keys("enter c")...)
	if got := sum(m.coverage.Bars()); got != 6 {
		t.Errorf("the chart of “harbour” counts %d articles, want 6", got)
	}
	m = drive(t, m, keys("esc")...)
	if m.view != viewPanes || m.list.Search() != "harbour" {
		t.Errorf("esc leaves view %v, list search %q", m.view, m.list.Search())
	}
}

func sum(bs []period.Bucket) int {
	n := 0
	for _, b := range bs {
		n += b.Count
	}
	return n
}

// TestCopyWithAttribution: y copies the article with its address, Y the
// quotations with speaker, role, article and address, or the selected
// person's alone from the sidebar; the header shows the address.
func TestCopyWithAttribution(t *testing.T) {
	as := loadArticles(t)
	as[0].People = goldPeople(t)
	as[0].URL = "https://www.voanews.com/a/japan-russia-summit/3640009.html"
	m := New(context.Background(), newArchive(t, as), WithName("test"))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 160, Height: 48})
	m = openSample(t, m)
	if !strings.Contains(strings.SplitN(screen(m), "\n", 2)[0], "voanews.com/a/japan-russia-summit/3640009.html") {
		t.Errorf("the header does not show the article's address:\n%s", strings.SplitN(screen(m), "\n", 2)[0])
	}
	if clip := clipboard(t, m, "y"); !strings.HasSuffix(clip, "<"+as[0].URL+">\n") {
		t.Errorf("y copied %.80q… without the URL at the end", clip)
	}
	all := clipboard(t, m, "Y")
	if n := strings.Count(all, "”"); n < 2*len(m.reader.Article().Quotes) {
		t.Errorf("Y copied %d closing quotes for %d quotations:\n%s", n, len(m.reader.Article().Quotes), all)
	}
	m = drive(t, m, keys("tab")...)
	m = selectPerson(t, m, "Grant Newsham")
	one := clipboard(t, m, "Y")
	paras := strings.Split(one, "\n\n")
	for _, p := range paras {
		if !strings.Contains(p, "” — Grant Newsham, senior research fellow") || !strings.Contains(p, as[0].URL) ||
			!strings.Contains(p, "“Japan, Russia Summit") {
			t.Errorf("a quotation copied without its attribution: %q", p)
		}
	}
	if len(paras) != 2 {
		t.Errorf("Y on Grant Newsham copied %d quotations, the gold has 2", len(paras))
	}
}

// clipboard presses k and returns what it put on the clipboard.
func clipboard(t *testing.T, m Model, k string) string {
	t.Helper()
	_, cmd := m.Update(keyPress(k))
	for _, msg := range runAll(cmd) {
		if s, ok := msg.(string); ok {
			return s
		}
	}
	t.Fatalf("%s copied nothing", k)
	return ""
}
