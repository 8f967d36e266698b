package formats

import (
	"sync"
	"time"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/annotate"
)

// draft is an article a format reader has read but not finished. The
// driver (Parse, through the sink it hands the reader) finishes every draft the same way, so that
// all formats share one cleaning, quotation and people pipeline and no
// reader finishes an article itself.
type draft struct {
	// art is the article as the reader built it; nil when build is set.
	art *content.Article
	// build, when set, builds the article later, on one of several cores
	// (the pages of a WARC, whose extraction costs milliseconds each); an
	// error it returns is a problem with record key of the file.
	build func() (*content.Article, error)
	key   string
	// after, when set, changes the finished article: fields the record
	// gives that override what the reader found in the text, set as given
	// (a JSON record's or a feed item's metadata over the text pipeline's;
	// a WARC record's key and address).
	after func(*content.Article)
	// file names the file for the RecordError of a failed build.
	file string
	// latest is the latest date the article may state as published (the
	// file's time, see Options.Modified); zero: not checked.
	latest time.Time
}

// complete builds the draft's article if it is deferred, finishes it and
// applies the draft's own fields.
func (d *draft) complete() (*content.Article, error) {
	a := d.art
	if d.build != nil {
		var err error
		if a, err = d.build(); err != nil {
			return nil, &RecordError{File: d.file, Record: d.key, Err: err}
		}
	}
	finish(a)
	if d.after != nil {
		d.after(a)
		// The record's own fields (a JSON record's or a feed item's
		// title, source...) are as untrusted as its text: cleaned too.
		// The blocks were cleaned already, so none is dropped and the
		// spans annotate found stay true.
		content.Clean(a)
	}
	if !d.latest.IsZero() && !a.Published.IsZero() && a.Published.Time().After(d.latest) {
		a.Published = content.Date{} // no file holds a story published after it was saved
	}
	return a, nil
}

// finish is the finishing step, the same for every format: the text
// cleaned at the untrusted-text boundary (content.Clean), then quotations
// and people found (annotate.Article), the body text joined, and nil
// slices made empty, as `show --format json` prints them.
func finish(a *content.Article) {
	content.Clean(a)
	annotate.Article(a)
	a.Text = a.MainText()
	if a.Contributors == nil {
		a.Contributors = []string{}
	}
	if a.Blocks == nil {
		a.Blocks = []content.Block{}
	}
	if a.Quotes == nil {
		a.Quotes = []content.Quote{}
	}
	if a.People == nil {
		a.People = []content.Person{}
	}
}

// sink is what a format reader hands its drafts and record errors to.
// Drafts built at once are finished and delivered in the reader's
// goroutine; the first deferred draft starts a pipeline that builds and
// finishes them on every core, and from then on everything goes through
// it, in order.
type sink struct {
	name   string
	latest time.Time // see draft.latest
	emit   func(*content.Article) error
	onErr  func(error)
	pipe   *pipeline
	// many is set by a reader that has met a second record in its file:
	// from then on drafts are finished on every core, as deferred ones
	// are, so that one large file (a JSON Lines dump of a million
	// articles, read by one import worker) keeps every core busy.
	many bool
}

// put delivers draft d; an error from emit stops the reader.
func (s *sink) put(d draft) error {
	d.file, d.latest = s.name, s.latest
	if d.build == nil && s.pipe == nil && !s.many {
		a, err := d.complete()
		if err != nil {
			s.onErr(err)
			return nil
		}
		return s.emit(a)
	}
	if s.pipe == nil {
		s.pipe = newPipeline(s.name, s.emit, s.onErr)
	}
	return s.pipe.submit(&job{d: d})
}

// fail delivers a problem with one record; it returns emit's error when
// delivery has stopped.
func (s *sink) fail(err error) error {
	if s.pipe == nil {
		s.onErr(err)
		return nil
	}
	return s.pipe.submit(&job{fail: err})
}

// sinks recycles the sinks of Parse calls: one per file, and an import
// parses thousands of files a second.
var sinks = sync.Pool{New: func() any { return new(sink) }}

// openSink returns the sink for a format reader of file name: the one
// place where articles are finished (see draft). The caller closes it
// when the reader returns.
func openSink(name string, latest time.Time, emit func(*content.Article) error, onErr func(error)) *sink {
	s := sinks.Get().(*sink)
	*s = sink{name: name, latest: latest, emit: emit, onErr: onErr}
	return s
}

// close waits for the drafts still in the pipeline, if one was started,
// and returns emit's error, if any; s must not be used afterwards.
func (s *sink) close() error {
	var err error
	if s.pipe != nil {
		err = s.pipe.close()
	}
	*s = sink{}
	sinks.Put(s)
	return err
}
