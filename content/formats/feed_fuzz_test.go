package formats

import "testing"

func FuzzFeed(f *testing.F) {
	addSamples(f, "voa-eastasia.rss", "wikinews.atom", "wikinews-feed.json")
	f.Add([]byte(`<rss><channel><item><title>&lt;b&gt;x</title><description><![CDATA[<p>y</p>]]></description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "feed.xml", data)
	})
}
