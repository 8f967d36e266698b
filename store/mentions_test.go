package store

import (
	"context"
	"fmt"
	"github.com/newsreader/newsreader/ingest"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// An article naming more people than one statement inserts, two of its
// names one person by case, and a person already in the archive: each
// person gets one mention row and counts the article once.
func TestMentionsOfManyPeopleAreWrittenOnce(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	first := parsed(t, "wikinews-warhol.txt")
	first.People = []content.Person{{Name: "Person 3", Role: "mayor", Mentions: 5}}
	if _, err := ingest.AddArticles(ctx, s, []ingest.Record{{Path: "/a/first.txt", Article: first}}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}

	a := parsed(t, "wikinews-clock.txt")
	a.People = nil
	for i := range mentionsPerInsert*2 + 3 {
		a.People = append(a.People, content.Person{Name: fmt.Sprintf("Person %d", i), Mentions: i + 1})
	}
	a.People = append(a.People, content.Person{Name: "PERSON 7", Mentions: 100})
	sum, err := ingest.AddArticles(ctx, s, []ingest.Record{{Path: "/a/second.txt", Article: a}}, ingest.Options{})
	if err != nil || sum.Imported != 1 {
		t.Fatalf("add: %+v %v", sum, err)
	}
	var id int64
	if err := s.db.QueryRow(`SELECT id FROM articles WHERE rec_key = '' AND file_id = (SELECT id FROM files WHERE path = '/a/second.txt')`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	var rows int
	if err := s.db.QueryRow(`SELECT count(*) FROM mentions WHERE article_id = ?`, id).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if want := mentionsPerInsert*2 + 3; rows != want {
		t.Errorf("%d mention rows, want one per person: %d", rows, want)
	}
	for _, c := range []struct {
		name               string
		articles, mentions int
	}{
		{"Person 0", 1, 1},
		{"person 7", 1, 8},   // "PERSON 7" is the same person, counted once
		{"Person 3", 2, 9},   // 5 in the first article, 4 in this one
		{"Person 18", 1, 19}, // in the last statement
	} {
		p, err := s.Person(ctx, c.name)
		if err != nil || p.Articles != c.articles || p.Mentions != c.mentions {
			t.Errorf("%s: %+v %v; want %d articles, %d mentions", c.name, p, err, c.articles, c.mentions)
		}
	}
}
