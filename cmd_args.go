package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// checkPaths makes sure that every PATH given to the reader exists before
// anything is imported or opened: a mistyped command ("serach") would
// otherwise be read as a file to import, fail, and leave the user in the
// reader with exit status 0. A missing bare word (no folder separator,
// no dot) is taken for a command: a usage error with cobra's suggestion.
// Other missing paths are an error naming them all.
func checkPaths(root *cobra.Command, paths []string) error {
	var missing []string
	for _, p := range paths {
		_, err := os.Stat(p)
		if err == nil {
			continue
		}
		if !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%s: %s", shownPath(p), reasonOfStat(err))
		}
		if looksLikeCommand(p) {
			return usageError{unknownCommand(root, p)}
		}
		missing = append(missing, shownPath(p))
	}
	if len(missing) > 0 {
		return fmt.Errorf("no such file or folder: %s (nothing imported)", strings.Join(missing, ", "))
	}
	return nil
}

// looksLikeCommand says whether a missing PATH reads as a command name
// rather than a file: a word with no folder separator and no extension.
func looksLikeCommand(p string) bool {
	return p != "" && !strings.ContainsAny(p, `/\.~`)
}

// unknownCommand is the error for word, with cobra's suggestions (the
// commands within two edits of it, or starting with it).
func unknownCommand(root *cobra.Command, word string) error {
	msg := fmt.Sprintf("unknown command %q", word)
	if s := root.SuggestionsFor(word); len(s) > 0 {
		return fmt.Errorf("%s (did you mean %q?)", msg, s[0])
	}
	return fmt.Errorf("%s, and no file or folder of that name", msg)
}

func reasonOfStat(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// queryArgsLast lets a search query start with a dash ("-refugee", the
// query language's "without"): pflag would read it as an unknown flag.
// For a command marked with the queryArgs annotation, every argument
// after the command name that is not one of its flags (or a flag's
// value) is moved after a "--", which ends flag parsing; the flags keep
// their order. Arguments after a "--" the user typed stay query words.
func queryArgsLast(root *cobra.Command, args []string) []string {
	i, sub := commandAt(root, args)
	if sub == nil || sub.Annotations[queryArgsAnnotation] == "" {
		return args
	}
	out := append([]string{}, args[:i+1]...)
	var words []string
	dashed := false
	rest := args[i+1:]
	for j := 0; j < len(rest); j++ {
		a := rest[j]
		if a == "--" {
			words = append(words, rest[j+1:]...)
			dashed = true
			break
		}
		f, known := flagOf(root, sub, a)
		switch {
		case !strings.HasPrefix(a, "-") || a == "-":
			words = append(words, a)
		case !known:
			words = append(words, a)
			dashed = true
		default:
			out = append(out, a)
			if f != nil && f.NoOptDefVal == "" && !strings.Contains(a, "=") && j+1 < len(rest) {
				j++
				out = append(out, rest[j])
			}
		}
	}
	if !dashed {
		return append(out, words...)
	}
	return append(append(out, "--"), words...)
}

// queryArgsAnnotation marks a command whose arguments are a search query.
const queryArgsAnnotation = "newsreader/query-args"

// commandAt finds the subcommand named in args (after the root's own
// flags) and its index; nil when there is none.
func commandAt(root *cobra.Command, args []string) (int, *cobra.Command) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			if f, ok := flagOf(root, root, a); ok && f != nil && f.NoOptDefVal == "" && !strings.Contains(a, "=") {
				i++ // the flag's value
			}
			continue
		}
		for _, c := range root.Commands() {
			if c.Name() == a || c.HasAlias(a) {
				return i, c
			}
		}
		return -1, nil
	}
	return -1, nil
}

// flagOf looks a command-line token up among cmd's flags and the root's
// persistent ones; help flags are known without a Flag (cobra adds them
// at execution).
func flagOf(root, cmd *cobra.Command, tok string) (*pflag.Flag, bool) {
	name, _, _ := strings.Cut(strings.TrimLeft(tok, "-"), "=")
	switch name {
	case "h", "help":
		return nil, true
	}
	for _, fs := range []*pflag.FlagSet{cmd.Flags(), cmd.PersistentFlags(), root.PersistentFlags()} {
		var f *pflag.Flag
		if strings.HasPrefix(tok, "--") {
			f = fs.Lookup(name)
		} else if len(name) == 1 {
			f = fs.ShorthandLookup(name)
		}
		if f != nil {
			return f, true
		}
	}
	return nil, false
}
