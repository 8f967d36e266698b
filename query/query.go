// Package query reads newsreader's search language into a syntax tree that
// any archive backend can translate: the SQLite store turns it into an FTS5
// expression, the reader takes the words to highlight from it, and the
// reader's title filter builds one directly instead of writing query text.
//
// Syntax:
//
//	putin summit            both words
//	"peace treaty"          the phrase
//	treat*                  a word starting so
//	kuril OR sakhalin       either word
//	summit -tokyo           without the word
//	person:"Grant Newsham"  naming the person
//	source:voanews.com      of the source
//	title:summit            the word in the title (title:"two words" too)
//	after:2016-12-01        published on or after that day (YYYY, YYYY-MM too)
//	before:2017             published before that day, month or year began
//
// Filter names are read in any case. A colon that starts no filter is part
// of its word; text with no letter or digit is no term at all.
package query

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrBadQuery is wrapped by every error of Parse: a query that cannot be
// read. The message says why.
var ErrBadQuery = errors.New("bad search query")

// ErrOnlyNegated is a query of -words only: there is nothing to find the
// articles by that the -words would then leave out.
var ErrOnlyNegated = fmt.Errorf("%w: a search needs at least one word that must match, not only -words", ErrBadQuery)

// Field is where a clause's terms must occur.
type Field int

// The fields a clause can ask for.
const (
	// Anywhere is the title, the text or the names of the people an
	// article mentions.
	Anywhere Field = iota
	// Title is the title only.
	Title
)

// Term is a word or phrase as the user wrote it. Backends split it into
// words as their index does.
type Term struct {
	// Text is the term as written: for a phrase, what stood between the
	// quotes; for a prefix, the word without its trailing *.
	Text string
	// Phrase: the text was quoted, its words must occur in this order.
	Phrase bool
	// Prefix: the last word may be the start of a longer one (word*).
	Prefix bool
}

// Clause is one condition an article must meet: one of its terms occurs
// in the field. A clause of one term is the common case; a OR b makes two.
type Clause struct {
	Field Field
	Any   []Term
}

// Query is a parsed search query. The zero Query matches every article.
type Query struct {
	// Must holds what every match has, in the order written.
	Must []Clause
	// Not holds terms no match may have, anywhere.
	Not []Term
	// Person is the full name (or an alias) of a person every match
	// mentions; "" for any.
	Person string
	// Source is a source (a host name) the matches come from, or whose
	// subdomain they come from; "" for any.
	Source string
	// After is the first instant a match may be published at; Before the
	// instant before which it was published. Nil for no bound. An
	// article of unknown date passes neither.
	After, Before *time.Time
}

// Ranked reports whether a backend ranks the query's matches by
// relevance: it has terms to weigh. A query of filters only (person,
// source, dates) lists the newest matches.
func (q Query) Ranked() bool { return len(q.Must) > 0 }

// Highlights returns the text a reader should mark in a match: the terms
// that must match (each phrase whole), then the person's name, then the
// terms of the title. Negated terms are left out.
func (q Query) Highlights() []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	for _, c := range q.Must {
		if c.Field == Anywhere {
			for _, t := range c.Any {
				add(t.Text)
			}
		}
	}
	add(q.Person)
	for _, c := range q.Must {
		if c.Field == Title {
			for _, t := range c.Any {
				add(t.Text)
			}
		}
	}
	return out
}
