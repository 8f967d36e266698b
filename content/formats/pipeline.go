package formats

import (
	"runtime"
	"sync"

	"github.com/newsreader/newsreader/content"
)

// pipeline builds and finishes deferred drafts (the pages of a WARC) on
// several cores while keeping their order. The reader submits each draft,
// or each record error, in turn; workers build and finish; a single
// goroutine delivers the results in submission order to emit and onErr,
// so that the caller's callbacks are never called concurrently. At most
// 2×workers drafts are in flight, which bounds the memory held.
type pipeline struct {
	name  string // the file, for record errors
	emit  func(*content.Article) error
	onErr func(error)

	jobs    chan *job     // to the workers
	order   chan *job     // to the deliverer, in submission order
	stop    chan struct{} // closed when emit has failed
	done    chan struct{} // closed when delivery is over
	err     error         // emit's error; read only after stop is closed
	workers sync.WaitGroup
}

// job is one submitted draft or record error.
type job struct {
	d    draft
	fail error // a record error to deliver instead of a draft

	art   *content.Article
	err   error
	ready chan struct{} // closed when art and err are set
}

func newPipeline(name string, emit func(*content.Article) error, onErr func(error)) *pipeline {
	n := runtime.GOMAXPROCS(0)
	p := &pipeline{
		name: name, emit: emit, onErr: onErr,
		jobs:  make(chan *job, 2*n),
		order: make(chan *job, 2*n),
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

func (p *pipeline) work() {
	defer p.workers.Done()
	for j := range p.jobs {
		j.art, j.err = j.d.complete()
		j.d = draft{} // let the page's bytes go
		close(j.ready)
	}
}

func (p *pipeline) deliver() {
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
			p.onErr(j.err)
		default:
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
func (p *pipeline) submit(j *job) error {
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
func (p *pipeline) close() error {
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
