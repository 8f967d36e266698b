package content

import (
	"runtime"
	"sync"
)

// extractPipeline extracts the HTML pages of a WARC on several cores while
// keeping the records' order. The reader submits each page, or each record
// error, in turn; workers extract; a single goroutine delivers the results
// in submission order to emit and onErr, so that the caller's callbacks are
// never called concurrently. At most 2×workers pages are in flight, which
// bounds the memory held.
type extractPipeline struct {
	name    string // the file, for record errors
	extract func([]byte, HTMLPage) (*Article, error)
	emit    func(*Article) error
	onErr   func(error)

	jobs    chan *pageJob // to the workers
	order   chan *pageJob // to the deliverer, in submission order
	stop    chan struct{} // closed when emit has failed
	done    chan struct{} // closed when delivery is over
	err     error         // emit's error; read only after stop is closed
	workers sync.WaitGroup
}

// pageJob is one submitted page or record error.
type pageJob struct {
	body        []byte
	page        HTMLPage
	key, target string
	fail        error // a record error to deliver instead of a page

	art   *Article
	err   error
	ready chan struct{} // closed when art and err are set
}

func newExtractPipeline(name string, extract func([]byte, HTMLPage) (*Article, error), emit func(*Article) error, onErr func(error)) *extractPipeline {
	n := runtime.GOMAXPROCS(0)
	p := &extractPipeline{
		name: name, extract: extract, emit: emit, onErr: onErr,
		jobs:  make(chan *pageJob, 2*n),
		order: make(chan *pageJob, 2*n),
		stop:  make(chan struct{}),
		done:  make(chan struct{}),
	}
	for range n {
		p.workers.Add(1)
		go p.work()
	}
	go p.deliver()
	return p
}

func (p *extractPipeline) work() {
	defer p.workers.Done()
	for j := range p.jobs {
		j.art, j.err = p.extract(j.body, j.page)
		j.body = nil
		close(j.ready)
	}
}

func (p *extractPipeline) deliver() {
	defer close(p.done)
	failed := false
	for j := range p.order {
		<-j.ready
		if failed {
			continue // drain after emit failed
		}
		switch {
		case j.fail != nil:
			p.onErr(j.fail)
		case j.err != nil:
			p.onErr(&RecordError{File: p.name, Record: j.key, Err: j.err})
		default:
			j.art.Format = "warc"
			j.art.Key = j.key
			if j.art.URL == "" {
				j.art.URL = j.target
			}
			if err := p.emit(j.art); err != nil {
				p.err = err
				failed = true
				close(p.stop)
			}
		}
	}
}

// submit queues a job; it returns emit's error once delivery has failed,
// and the reader should then stop.
func (p *extractPipeline) submit(j *pageJob) error {
	j.ready = make(chan struct{})
	select {
	case p.order <- j:
	case <-p.stop:
		return p.err
	}
	if j.fail != nil {
		close(j.ready)
		return nil
	}
	p.jobs <- j
	return nil
}

// close waits for the queued jobs to be delivered and returns emit's
// error, if any.
func (p *extractPipeline) close() error {
	close(p.jobs)
	close(p.order)
	<-p.done
	p.workers.Wait()
	select {
	case <-p.stop:
		return p.err
	default:
		return nil
	}
}
