package formats

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// warcRecord builds one WARC/1.1 record.
func warcRecord(typ, uri, date, contentType string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\nWARC-Date: %s\r\n", typ, len(block)^len(uri), date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// httpResponse builds an HTTP response block.
func httpResponse(status, contentType string, body []byte) []byte {
	return append([]byte(fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", status, contentType, len(body))), body...)
}

func htmlResponseRecord(uri, date string, page []byte) []byte {
	return warcRecord("response", uri, date, "application/http;msgtype=response", httpResponse("200 OK", "text/html; charset=utf-8", page))
}

func readWARCBytes(t *testing.T, name string, data []byte) ([]*content.Article, []error) {
	t.Helper()
	var arts []*content.Article
	var errs []error
	err := Parse(name, bytes.NewReader(data), Options{}, func(a *content.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e error) { errs = append(errs, e) })
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return arts, errs
}

func TestWARCSample(t *testing.T) {
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		arts, errs := parseSample(t, name)
		if len(errs) != 0 {
			t.Errorf("%s: record errors %v", name, errs)
		}
		// warcinfo, request, an image, a redirect and metadata are passed
		// over; the two HTML responses are read, the second one chunked
		// and gzip-encoded as the server sent it.
		if len(arts) != 2 {
			t.Fatalf("%s: %d articles", name, len(arts))
		}
		voa, crane := arts[0], arts[1]
		checkVOA(t, voa)
		if voa.Key != voaURL || voa.URL != voaURL || voa.Format != "warc" || voa.Published.String() != "2016-12-16" {
			t.Errorf("%s: key %q url %q format %q published %q", name, voa.Key, voa.URL, voa.Format, voa.Published)
		}
		craneURL := "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse"
		if crane.Key != craneURL || crane.Title != "At least 107 killed in Mecca crane collapse" || crane.Published.String() != "2015-09-12" {
			t.Errorf("%s: key %q title %q published %q", name, crane.Key, crane.Title, crane.Published)
		}
	}
}

func TestWARCDateStandsInForMissingPublicationDate(t *testing.T) {
	page := []byte("<html><head><title>Harbour reopens</title></head><body><article>" +
		strings.Repeat("<p>The harbour reopened to fishing boats this week after the storm damage to the outer wall was repaired by crews working day and night.</p>", 3) +
		"</article></body></html>")
	data := htmlResponseRecord("https://news.example.org/harbour", "2021-03-04T05:06:07Z", page)
	arts, errs := readWARCBytes(t, "one.warc", data)
	if len(arts) != 1 || len(errs) != 0 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	if a := arts[0]; a.Published.String() != "2021-03-04T05:06:07Z" || a.Source != "news.example.org" || a.URL != "https://news.example.org/harbour" {
		t.Errorf("published %q source %q url %q", a.Published, a.Source, a.URL)
	}
}

func TestWARCBadRecordsAreSkipped(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(formatsDir, "crawl.warc"))
	if err != nil {
		t.Fatal(err)
	}
	cut := bytes.Index(good, []byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID"))
	cut = cut + bytes.Index(good[cut+10:], []byte("WARC/1.1\r\nWARC-Type: response")) + 10 // the image record
	var data bytes.Buffer
	data.Write(good[:cut])
	// A record whose header is broken, then one whose length is not a number.
	data.WriteString("WARC/1.1\r\nWARC-Type: response\r\nthis is not a header line\r\n\r\n<html>lost</html>\r\n\r\n")
	data.WriteString("WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2020-01-01T00:00:00Z\r\nContent-Length: many\r\n\r\n<html>lost</html>\r\n\r\n")
	// A record announcing more than MaxWARCRecord: skipped unread, as a
	// stream, without being held in memory.
	data.WriteString(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2020-01-01T00:00:00Z\r\n"+
		"WARC-Target-URI: https://huge.example.org/\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n", MaxWARCRecord+1))
	stream := io.MultiReader(&data, io.LimitReader(zeroReader{}, MaxWARCRecord+1), strings.NewReader("\r\n\r\n"), bytes.NewReader(good[cut:]))

	var arts []*content.Article
	var errs []error
	err = Parse("damaged.warc", stream, Options{}, func(a *content.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e error) { errs = append(errs, e) })
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("%d articles after bad records, want 2 (errors %v)", len(arts), errs)
	}
	if len(errs) < 3 {
		t.Fatalf("%d record errors, want one per bad record: %v", len(errs), errs)
	}
	var re *RecordError
	tooLarge := false
	for _, e := range errs {
		if !errors.As(e, &re) || re.File != "damaged.warc" {
			t.Errorf("not a RecordError naming the file: %v", e)
		}
		if errors.Is(e, ErrTooLarge) && strings.Contains(e.Error(), "https://huge.example.org/") {
			tooLarge = true
		}
	}
	if !tooLarge {
		t.Errorf("the oversized record was not reported by its URI: %v", errs)
	}
}

// zeroReader reads zero bytes forever.
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestWARCTruncatedFileKeepsWhatWasRead(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(formatsDir, "crawl.warc"))
	if err != nil {
		t.Fatal(err)
	}
	last := bytes.LastIndex(good, []byte("WARC/1.1\r\nWARC-Type: response"))
	arts, errs := readWARCBytes(t, "cut.warc", good[:last+200])
	if len(arts) != 1 || arts[0].Key != voaURL {
		t.Fatalf("%d articles from a cut file, want the first one", len(arts))
	}
	if len(errs) == 0 {
		t.Error("the cut record was not reported")
	}
}

func TestWARCEmitErrorStopsReading(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(formatsDir, "voa-japan-russia-summit.html"))
	if err != nil {
		t.Fatal(err)
	}
	var data bytes.Buffer
	for i := range 20 {
		data.Write(htmlResponseRecord(fmt.Sprintf("https://www.voanews.com/a/%d.html", i), "2016-12-17T08:01:12Z", page))
	}
	stop := errors.New("archive full")
	var keys []string
	err = Parse("many.warc", &data, Options{}, func(a *content.Article) error {
		keys = append(keys, a.Key)
		if len(keys) == 3 {
			return stop
		}
		return nil
	}, nil)
	if !errors.Is(err, stop) {
		t.Fatalf("got %v, want emit's error", err)
	}
	// Pages are extracted in parallel but delivered in order, and none
	// after the failure.
	want := []string{"https://www.voanews.com/a/0.html", "https://www.voanews.com/a/1.html", "https://www.voanews.com/a/2.html"}
	if strings.Join(keys, " ") != strings.Join(want, " ") {
		t.Errorf("keys %q", keys)
	}
}

func TestWARCUntypedAndUnlabelledGzipPages(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(formatsDir, "voa-japan-russia-summit.html"))
	if err != nil {
		t.Fatal(err)
	}
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(page)
	zw.Close()
	date := "2016-12-17T08:01:12Z"
	untyped := []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s", len(page), page))
	gzNoHeader := httpResponse("200 OK", "text/html", zipped.Bytes())
	image := []byte("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n\xff\xd8\xff\xe0")
	var data bytes.Buffer
	data.Write(warcRecord("response", "https://a.example/untyped", date, "application/http;msgtype=response", untyped))
	data.Write(warcRecord("response", "https://a.example/gz", date, "application/http;msgtype=response", gzNoHeader))
	data.Write(warcRecord("response", "https://a.example/img", date, "application/http;msgtype=response", image))
	arts, errs := readWARCBytes(t, "odd.warc", data.Bytes())
	if len(arts) != 2 || len(errs) != 0 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	for _, a := range arts {
		if a.Title != voaTitle {
			t.Errorf("%s: title %q", a.Key, a.Title)
		}
	}
}
