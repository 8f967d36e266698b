package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/store"
)

func newPeopleCmd(g *globals) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "people [--json] [ID|PATH]",
		Short: "List the people of one article, or of the whole archive",
		Long: "With ID or PATH, people lists the people one article names: name, role,\n" +
			"mentions and quotes, and the number of the archive's articles naming them.\n" +
			"Without, it lists the people of the whole archive with the number of\n" +
			"articles naming them.",
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return archivePeople(cmd.Context(), g, asJSON, limit)
			}
			a, err := loadArticle(cmd.Context(), g, args[0])
			if err != nil {
				return err
			}
			people, err := withArchiveCounts(cmd.Context(), g, a.People)
			if err != nil {
				return err
			}
			return printPeople(g.stdout, people, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().IntVar(&limit, "limit", 100, "at most this many people (whole archive)")
	return cmd
}

// articlePerson is a person of one article as people ID|PATH prints it:
// the article's counts, and how many articles of the archive name them
// (0 when none does, or there is no archive yet).
type articlePerson struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Role     string   `json:"role"`
	Articles int      `json:"articles"`
	Mentions int      `json:"mentions"`
	Quotes   int      `json:"quotes"`
}

// withArchiveCounts pairs an article's people with their archive-wide
// article counts.
func withArchiveCounts(ctx context.Context, g *globals, people []content.Person) ([]articlePerson, error) {
	out := make([]articlePerson, len(people))
	for i, p := range people {
		out[i] = articlePerson{Name: p.Name, Aliases: p.Aliases, Role: p.Role, Mentions: p.Mentions, Quotes: p.Quotes}
		if out[i].Aliases == nil {
			out[i].Aliases = []string{}
		}
	}
	path, err := archivePath(g)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); !archivedb.IsRemote(path) && errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	s, err := openArchive(g, true)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	for i := range out {
		switch pc, err := s.Person(ctx, out[i].Name); {
		case err == nil:
			out[i].Articles = pc.Articles
		case !errors.Is(err, store.ErrNotFound):
			return nil, err
		}
	}
	return out, nil
}

// printPeople writes an article's people as a table or as JSON.
func printPeople(out io.Writer, people []articlePerson, asJSON bool) error {
	if asJSON {
		return writeJSON(out, people)
	}
	rows := [][]string{{"NAME", "ROLE", "MENTIONS", "QUOTES", "ARTICLES"}}
	for _, p := range people {
		rows = append(rows, []string{cell(p.Name), cell(p.Role), strconv.Itoa(p.Mentions), strconv.Itoa(p.Quotes), strconv.Itoa(p.Articles)})
	}
	return writeTable(out, rows, 1, terminalWidth(out))
}

func writeJSON(out io.Writer, v any) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
