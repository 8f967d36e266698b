package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/content"
)

func newPeopleCmd(g *globals) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "people [--json] [ID|PATH]",
		Short: "List the people of one article, or of the whole archive",
		Long: "With ID or PATH, people lists the people one article names: name, role,\n" +
			"mentions and quotes. Without, it lists the people of the whole archive\n" +
			"with the number of articles naming them.",
		Args: rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return archivePeople(cmd.Context(), g, asJSON, limit)
			}
			a, err := loadArticle(cmd.Context(), g, args[0])
			if err != nil {
				return err
			}
			return printPeople(g.stdout, a.People, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().IntVar(&limit, "limit", 100, "at most this many people (whole archive)")
	return cmd
}

// printPeople writes an article's people as a table or as JSON.
func printPeople(out io.Writer, people []content.Person, asJSON bool) error {
	if asJSON {
		if people == nil {
			people = []content.Person{}
		}
		return writeJSON(out, people)
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tMENTIONS\tQUOTES")
	for _, p := range people {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", cell(p.Name), orDash(cell(p.Role)), p.Mentions, p.Quotes)
	}
	return tw.Flush()
}

func writeJSON(out io.Writer, v any) error {
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
