package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bridgeParagraphs is a made-up story, saved below as a scraped text
// file, a JSON dump record and a feed item.
var bridgeParagraphs = []string{
	"The town council voted on Tuesday to build a new bridge over the Mill River, ending a debate that has lasted ten years.",
	`"We waited ten years for this," said Mayor Ann Lee after the vote. The bridge will cost 4 million dollars.`,
	"Residents of the east bank have crossed by ferry since the old bridge closed in 2011.",
}

const bridgeTitle = "Town council approves new bridge over the Mill River"

// The same story read from a text file, a JSON dump and a feed is
// stored once, and the summary counts the others as duplicates.
func TestSameStoryInThreeFormatsIsStoredOnce(t *testing.T) {
	rec, _ := json.Marshal(map[string]any{"title": bridgeTitle, "date_publish": "2021-03-03T09:00:00Z",
		"source_domain": "news.example.com", "url": "https://news.example.com/bridge",
		"maintext": strings.Join(bridgeParagraphs, "\n\n")})
	curly := strings.NewReplacer(`"We`, "“We", `this,"`, "this,”").Replace(strings.Join(bridgeParagraphs, "</p><p>"))
	dir := writeFiles(t, map[string]string{
		"bridge.txt": bridgeTitle + "\n\nMarch 3, 2021\n\n" + strings.Join(bridgeParagraphs, "\n\n") + "\n",
		"dump.jsonl": string(rec) + "\n",
		"feed.xml": `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><link>https://news.example.com/</link>` +
			`<item><title>` + bridgeTitle + `</title><link>https://news.example.com/bridge</link><pubDate>Wed, 03 Mar 2021 09:00:00 GMT</pubDate>` +
			`<description><![CDATA[<p>` + curly + `</p>]]></description></item></channel></rss>`,
	})
	cli := cliIn(t)
	_, errOut, code := cli("import", dir)
	if code != 0 || !strings.Contains(errOut, "3 files: 1 imported, 0 updated, 0 unchanged, 2 duplicates, 0 failed") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
	// A story told differently is not a duplicate.
	other := strings.Replace(bridgeTitle, "approves", "rejects", 1) + "\n\n" + strings.Join(bridgeParagraphs, "\n\n")
	if err := os.WriteFile(filepath.Join(dir, "other.txt"), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, _ = cli("import", dir)
	if !strings.Contains(errOut, "4 files: 1 imported, 0 updated, 1 unchanged, 0 duplicates") {
		t.Errorf("a different title:\n%s", errOut)
	}
}
