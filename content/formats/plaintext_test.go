package formats

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

const samplePath = "testdata/sample/voa-japan-russia-summit.txt"

// sampleGold is the VOA sample's gold file.
type sampleGold struct {
	Title          string   `json:"title"`
	Published      string   `json:"published"`
	Boilerplate    []string `json:"boilerplate"`
	Headings       []string `json:"headings"`
	Captions       []string `json:"captions"`
	Contributors   []string `json:"contributors"`
	ParagraphCount int      `json:"paragraph_count"`
	Quotes         []struct {
		Text string `json:"text"`
	} `json:"quotes"`
}

func loadSample(t testing.TB) (*content.Article, sampleGold) {
	t.Helper()
	var gold sampleGold
	raw, err := os.ReadFile("testdata/sample/voa-japan-russia-summit.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	a, err := parseText(samplePath, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a, gold
}

// TestSampleAgainstGold checks the sample against its gold file: title,
// date, subheads, captions each once, contributors, paragraph count, and
// no boilerplate line left in any block.
func TestSampleAgainstGold(t *testing.T) {
	a, gold := loadSample(t)
	if a.Title != gold.Title {
		t.Errorf("title %q, want %q", a.Title, gold.Title)
	}
	if a.Published.String() != gold.Published {
		t.Errorf("published %q, want %q", a.Published, gold.Published)
	}
	if got := blockTexts(a, content.BlockHeading); !reflect.DeepEqual(got, gold.Headings) {
		t.Errorf("headings %q, want %q", got, gold.Headings)
	}
	if got := blockTexts(a, content.BlockCaption); !reflect.DeepEqual(got, gold.Captions) {
		t.Errorf("captions %q, want %q (each once)", got, gold.Captions)
	}
	if !reflect.DeepEqual(a.Contributors, gold.Contributors) {
		t.Errorf("contributors %q, want %q", a.Contributors, gold.Contributors)
	}
	if got := a.ParagraphCount(); got != gold.ParagraphCount {
		t.Errorf("paragraph count %d, want %d", got, gold.ParagraphCount)
	}
	furniture := map[string]bool{}
	for _, b := range gold.Boilerplate {
		furniture[b] = true
	}
	for _, b := range a.Blocks {
		if furniture[b.Text] {
			t.Errorf("boilerplate left: %s %q", b.Type, b.Text)
		}
	}
	if credits := blockTexts(a, content.BlockCredit); len(credits) != 1 || !strings.Contains(credits[0], "Youmi Kim") {
		t.Errorf("credit blocks %q, want the one contributor credit", credits)
	}
	if a.Byline != "" || a.Dateline != "" || a.Source != "" || a.URL != "" {
		t.Errorf("invented metadata: byline %q dateline %q source %q url %q", a.Byline, a.Dateline, a.Source, a.URL)
	}
}

// TestSampleQuotes checks the quotations found in the sample against the
// gold; finding them is Annotate's work, run by the pipeline's finish step.
func TestSampleQuotes(t *testing.T) {
	a, gold := loadSample(t)
	var got, want []string
	for _, q := range a.Quotes {
		got = append(got, q.Text)
	}
	for _, q := range gold.Quotes {
		want = append(want, q.Text)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes %q\nwant %q", got, want)
	}
}

func parseString(t *testing.T, s string) *content.Article {
	t.Helper()
	a, err := parseText("test.txt", []byte(s), Options{})
	if err != nil {
		t.Fatalf("parseText(%q): %v", s, err)
	}
	return a
}

func TestMetadataLines(t *testing.T) {
	a := parseString(t, "Menu\n\nSearch\n\nCity council approves the new budget\n\n"+
		"By Jane Doe and John Roe\n\nPublished: March 3, 2021 10:15 AM\n\n"+
		"https://www.example.com/news/budget\n\n"+
		"SPRINGFIELD (AP) — The council approved the budget on Wednesday after a long debate.\n\n"+
		"Mayor Ann Lee said the vote was close.\n\nShare this article\n\nSubscribe\n")
	want := content.Article{Title: "City council approves the new budget", Published: content.MustParseDate("2021-03-03"),
		Byline: "Jane Doe and John Roe", URL: "https://www.example.com/news/budget",
		Source: "example.com", Dateline: "SPRINGFIELD (AP)"}
	if a.Title != want.Title || a.Published != want.Published || a.Byline != want.Byline ||
		a.URL != want.URL || a.Source != want.Source || a.Dateline != want.Dateline {
		t.Errorf("got title %q published %q byline %q url %q source %q dateline %q",
			a.Title, a.Published, a.Byline, a.URL, a.Source, a.Dateline)
	}
	wantBlocks := []content.Block{
		{Type: content.BlockParagraph, Text: "The council approved the budget on Wednesday after a long debate."},
		{Type: content.BlockParagraph, Text: "Mayor Ann Lee said the vote was close."},
	}
	if !reflect.DeepEqual(a.Blocks, wantBlocks) {
		t.Errorf("blocks %q, want %q", a.Blocks, wantBlocks)
	}
}

func TestSourceLineAndUnknownDate(t *testing.T) {
	a := parseString(t, "Storm closes schools across the region\n\nSource: Daily Planet\n\n"+
		"Schools closed on Monday as the storm brought heavy snow to the region.\n")
	if a.Source != "Daily Planet" {
		t.Errorf("source %q, want Daily Planet", a.Source)
	}
	if !a.Published.IsZero() {
		t.Errorf("published %q: no date is written, so none may be invented", a.Published)
	}
}

func TestPublishedInferredFromWeekday(t *testing.T) {
	cases := []struct{ text, want string }{
		// Captions date two days; the text names Friday: 2016-12-16 was one.
		{"The leaders met Friday. Talks began on Thursday.\n\nLeaders meet in Tokyo, Dec. 16, 2016.\n\nA resort, Dec. 15, 2016.", "2016-12-16"},
		// Written dates but no weekday that agrees with any: unknown.
		{"The leaders met Monday.\n\nLeaders meet in Tokyo, Dec. 16, 2016.", ""},
		{"Voting ended on Sunday, 7 May 2017, in Paris.", "2017-05-07"},
	}
	for _, c := range cases {
		a := parseString(t, "A headline for the test story\n\n"+c.text)
		if a.Published.String() != c.want {
			t.Errorf("%q: published %q, want %q", c.text, a.Published, c.want)
		}
	}
}

func TestCreditsAndBylines(t *testing.T) {
	a := parseString(t, "Ministers meet to discuss trade deal\n\n"+
		"Ministers met on Tuesday to discuss the deal, officials said in a statement.\n\n"+
		"By developing closer ties, both sides hope to gain.\n\n"+
		"(Reporting by Jane Doe in London and Ali Khan; Editing by Tom Roe)\n")
	if a.Byline != "" {
		t.Errorf("byline %q from a sentence opening with By", a.Byline)
	}
	want := []string{"Jane Doe", "Ali Khan", "Tom Roe"}
	if !reflect.DeepEqual(a.Contributors, want) {
		t.Errorf("contributors %q, want %q", a.Contributors, want)
	}
	if got := blockTexts(a, content.BlockCredit); len(got) != 1 {
		t.Errorf("credit blocks %q, want 1", got)
	}
	if a.ParagraphCount() != 2 {
		t.Errorf("paragraphs %d, want 2", a.ParagraphCount())
	}
}

func TestStructureRules(t *testing.T) {
	a := parseString(t, "Museum opens a new wing for modern art\n\n"+
		"The entrance hall of the new wing\n\n"+
		"The city museum opened its new wing on Saturday, with two hundred works on show.\n\n"+
		"A painting in the main hall. Photo: Jane Doe.\n\n"+
		"Visitors queued for hours to see the collection, the director said.\n\n"+
		"What comes next\n\n"+
		"The museum plans a second wing by the end of the decade.\n\n"+
		"- Opening hours: 9 to 5\n\n- Entry: free\n\n"+
		"“This is a great day for the city,” the mayor said.\n")
	want := []content.Block{
		{Type: content.BlockCaption, Text: "The entrance hall of the new wing"},
		{Type: content.BlockParagraph, Text: "The city museum opened its new wing on Saturday, with two hundred works on show."},
		{Type: content.BlockCaption, Text: "A painting in the main hall. Photo: Jane Doe."},
		{Type: content.BlockParagraph, Text: "Visitors queued for hours to see the collection, the director said."},
		{Type: content.BlockHeading, Text: "What comes next"},
		{Type: content.BlockParagraph, Text: "The museum plans a second wing by the end of the decade."},
		{Type: content.BlockList, Text: "Opening hours: 9 to 5"},
		{Type: content.BlockList, Text: "Entry: free"},
		{Type: content.BlockParagraph, Text: "“This is a great day for the city,” the mayor said."},
	}
	if !reflect.DeepEqual(a.Blocks, want) {
		t.Errorf("blocks:\n%q\nwant:\n%q", a.Blocks, want)
	}
}

func TestHardWrappedParagraphs(t *testing.T) {
	a := parseString(t, "Rain expected across the north this week\n\n"+
		"Forecasters said on Monday that heavy rain would reach the northern\n"+
		"valleys by Wednesday, with flooding possible in low-lying towns and\n"+
		"villages along the river, and urged residents to prepare sandbags.\n\n"+
		"The warning covers six districts and will stay in place until the\n"+
		"weekend, when drier weather is expected to arrive from the west of\n"+
		"the country, the national weather office said in its bulletin.\n")
	if len(a.Blocks) != 2 || a.ParagraphCount() != 2 {
		t.Fatalf("blocks %q, want two joined paragraphs", a.Blocks)
	}
	if !strings.HasSuffix(a.Blocks[0].Text, "prepare sandbags.") || strings.Contains(a.Blocks[0].Text, "\n") {
		t.Errorf("first paragraph %q", a.Blocks[0].Text)
	}
}

func TestLearnedBoilerplate(t *testing.T) {
	text := "Port strike enters its second week\n\nSource: Harbour News\n\n" +
		"Dock workers stayed off the job for an eighth day on Monday, union leaders said.\n\n" +
		"Read our coverage of the harbour every morning\n"
	plain := parseString(t, text)
	learned, err := parseText("t.txt", []byte(text), Options{Boilerplate: lineSet{"Harbour News": {"Read our coverage of the harbour every morning": true}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(plain.Blocks) != 2 || len(learned.Blocks) != 1 {
		t.Errorf("blocks without learning %q, with %q", plain.Blocks, learned.Blocks)
	}
}

// lineSet is a BoilerplateSet of known lines per source.
type lineSet map[string]map[string]bool

func (s lineSet) IsBoilerplate(source, line string) bool { return s[source][line] }

// TestWireStoryPage reads a page laid out as wire services publish them:
// navigation above, an upper-case byline, a time before the date, a
// dateline with the agency, a file-photo caption, a contributor line and a
// copyright notice.
func TestWireStoryPage(t *testing.T) {
	a := parseString(t, "Skip to main content\nWIRE NEWS\nSearch\nWorld News\nU.S. News\n\n"+
		"Japan's economy shrinks as exports fall\n\nBy MARI SATO\nUpdated 3:14 AM GMT+9, February 15, 2024\nShare\nShare\n\n"+
		"TOKYO (AP) — Japan's economy contracted in the last quarter as exports fell, the government said Thursday.\n\n"+
		"FILE - People walk past a market in Tokyo, Jan. 5, 2024. (AP Photo/Ken Ito, File)\n\n"+
		"“We are concerned,” said Economy Minister Taro Ono, who spoke to reporters after the figures came out.\n\n"+
		"Associated Press writer Jane Doe in Beijing contributed to this report.\n\n"+
		"Copyright 2024 The Wire. All Rights Reserved.\n")
	if a.Title != "Japan's economy shrinks as exports fall" || a.Byline != "MARI SATO" ||
		a.Published.String() != "2024-02-15" || a.Dateline != "TOKYO (AP)" {
		t.Errorf("title %q byline %q published %q dateline %q", a.Title, a.Byline, a.Published, a.Dateline)
	}
	want := []content.BlockType{content.BlockParagraph, content.BlockCaption, content.BlockParagraph, content.BlockCredit}
	var got []content.BlockType
	for _, b := range a.Blocks {
		got = append(got, b.Type)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("block types %v, want %v (blocks %q)", got, want, a.Blocks)
	}
	// The credit line's writer is a contributor (Annotate may add the
	// photographer credited in the caption too).
	if len(a.Contributors) == 0 || a.Contributors[0] != "Jane Doe" {
		t.Errorf("contributors %q, want Jane Doe first", a.Contributors)
	}
}

// TestBroadcasterPage reads a page laid out as broadcasters publish them:
// a long menu, a day-first date, "Image caption" labels and related-topic
// links at the bottom.
func TestBroadcasterPage(t *testing.T) {
	a := parseString(t, "Homepage\nSkip to content\nAccessibility Help\nSign in\nHome\nNews\nSport\n\n"+
		"Storm brings down trees across the south-west\n\n2 November 2023\n\nShare\n\n"+
		"Image source, Getty Images\nImage caption,\nFallen trees blocked roads in the county\n\n"+
		"Thousands of homes are without power after the storm brought winds of up to 90mph overnight.\n\n"+
		"Engineers are working to restore supplies, the network operator said.\n\n"+
		"Related Topics\nStorms\nWeather\n")
	if a.Title != "Storm brings down trees across the south-west" || a.Published.String() != "2023-11-02" {
		t.Errorf("title %q published %q", a.Title, a.Published)
	}
	if got := blockTexts(a, content.BlockCaption); !reflect.DeepEqual(got, []string{"Image source, Getty Images", "Fallen trees blocked roads in the county"}) {
		t.Errorf("captions %q", got)
	}
	if a.ParagraphCount() != 2 || len(a.Blocks) != 4 {
		t.Errorf("blocks %q", a.Blocks)
	}
}

// TestPullQuoteSignature: a quotation printed apart and again in the story,
// signed on the next line, is a block quote citing its signer.
func TestPullQuoteSignature(t *testing.T) {
	q := "I was told that my mother had attacked the church and that I needed to leave."
	a := parseString(t, "Former member describes years aboard the ship\n\n"+
		"A former member says she was held aboard a cruise ship for twelve years, she told reporters.\n\n"+
		q+"\n\nJane Roe\n\n"+q+" Her mother had spoken out against the group on television.\n")
	want := []content.Block{
		{Type: content.BlockParagraph, Text: "A former member says she was held aboard a cruise ship for twelve years, she told reporters."},
		{Type: content.BlockQuote, Text: q, Cite: "Jane Roe"},
		{Type: content.BlockParagraph, Text: q + " Her mother had spoken out against the group on television."},
	}
	if !reflect.DeepEqual(a.Blocks, want) {
		t.Errorf("blocks %q\nwant %q", a.Blocks, want)
	}
	if got := a.MarkdownBlock(1); got != "> "+q+"\n>\n> — Jane Roe" {
		t.Errorf("markdown %q", got)
	}
}

func TestLabelledHeaderLines(t *testing.T) {
	a := parseString(t, "Title: Bridge reopens after repairs\nAuthor: Jane Doe\nDate: 2022-05-04\n"+
		"URL: https://news.example.org/bridge\n\nThe bridge reopened to traffic on Wednesday after months of repairs.\n")
	if a.Title != "Bridge reopens after repairs" || a.Byline != "Jane Doe" || a.Published.String() != "2022-05-04" ||
		a.URL != "https://news.example.org/bridge" || a.Source != "news.example.org" {
		t.Errorf("title %q byline %q published %q url %q source %q", a.Title, a.Byline, a.Published, a.URL, a.Source)
	}
	if len(a.Blocks) != 1 || a.Blocks[0].Type != content.BlockParagraph {
		t.Errorf("blocks %q", a.Blocks)
	}
}

func TestTitlePrintedTwice(t *testing.T) {
	a := parseString(t, "Menu\n\nFloods close the main road into town | Valley Gazette\n\n"+
		"Floods close the main road into town\n\n"+
		"Heavy rain flooded the main road into town on Sunday, police said.\n\n## What happens next\n\n"+
		"Crews will pump the water away once the rain stops, the council said.\n")
	if a.Title != "Floods close the main road into town" || a.Source != "Valley Gazette" {
		t.Errorf("title %q source %q", a.Title, a.Source)
	}
	want := []content.Block{
		{Type: content.BlockParagraph, Text: "Heavy rain flooded the main road into town on Sunday, police said."},
		{Type: content.BlockHeading, Text: "What happens next"},
		{Type: content.BlockParagraph, Text: "Crews will pump the water away once the rain stops, the council said."},
	}
	if !reflect.DeepEqual(a.Blocks, want) {
		t.Errorf("blocks %q\nwant %q", a.Blocks, want)
	}
}

// A navigation bar saved as one line is furniture: above the headline it
// is no headline, below the story no paragraph.
func TestMenuLineIsNotTheTitle(t *testing.T) {
	for _, menu := range []string{
		"Business | World | Opinion | Politics | Culture | Home",
		"Home · News · Sport · Weather",
		"News • Local News • Crime and Courts",
	} {
		a := parseString(t, menu+"\n\nSubscribe to The Valley Gazette\n\nFloods close the main road into town\n\n"+
			"December 1, 2020\n\nBORDEN — Heavy rain flooded the main road into town on Sunday, police said.\n")
		if a.Title != "Floods close the main road into town" || a.Dateline != "BORDEN" || a.Published.String() != "2020-12-01" {
			t.Errorf("%s: title %q, dateline %q, published %q", menu, a.Title, a.Dateline, a.Published)
		}
	}
	a := parseString(t, "Floods close the main road into town\n\n"+
		"Heavy rain flooded the main road into town on Sunday, police said.\n\n"+
		"About us | Contact | Privacy policy | Terms of use\n")
	if len(a.Blocks) != 1 {
		t.Errorf("a footer bar stayed in the story: %q", a.Blocks)
	}
	for _, title := range []string{
		"Floods close the main road into town | Valley Gazette",
		"Live | Floods close the main road | Day three of the rain",
	} {
		if isMenuLine(title) {
			t.Errorf("%q taken for a menu", title)
		}
	}
}

func TestSentenceOpeningLikeACredit(t *testing.T) {
	a := parseString(t, "Attack on the border post leaves twelve dead\n\n"+
		"Reported by local media, the attack killed twelve people at the border post.\n")
	if len(a.Contributors) != 0 || a.ParagraphCount() != 1 {
		t.Errorf("contributors %q, blocks %q", a.Contributors, a.Blocks)
	}
}

func TestShortLinesInTheStory(t *testing.T) {
	a := parseString(t, "Council approves the new stadium plan\n\n"+
		"The council approved the stadium plan on Monday after a long debate, officials said.\n\n"+
		"Not anymore.\n\nWhat we know:\n\n"+
		"The stadium will seat 40,000 people and open in 2027, according to the plan.\n\n"+
		"The mayor said:\n\n“This is a great day for the city,” she told reporters.\n")
	want := []content.Block{
		{Type: content.BlockParagraph, Text: "The council approved the stadium plan on Monday after a long debate, officials said."},
		{Type: content.BlockParagraph, Text: "Not anymore."},
		{Type: content.BlockHeading, Text: "What we know:"},
		{Type: content.BlockParagraph, Text: "The stadium will seat 40,000 people and open in 2027, according to the plan."},
		{Type: content.BlockParagraph, Text: "The mayor said:"},
		{Type: content.BlockParagraph, Text: "“This is a great day for the city,” she told reporters."},
	}
	if !reflect.DeepEqual(a.Blocks, want) {
		t.Errorf("blocks %q\nwant %q", a.Blocks, want)
	}
}

// Languages that end sentences with other marks keep their paragraphs:
// a Japanese story was read as a stack of one-word widget lines and lost
// its whole body.
func TestJapaneseStoryKeepsItsBody(t *testing.T) {
	page := "東京で日露首脳会談、経済協力で合意も平和条約は進展なし\n\n2016年12月16日\n\n" +
		"安倍晋三首相とプーチン大統領は16日、東京で会談し、北方領土での共同経済活動に向けた協議を始めることで合意した。" +
		"しかし平和条約の締結については具体的な進展はなかった。\n\n" +
		"両首脳は前日、山口県長門市の温泉旅館で会談していた。\n"
	a := parsePage(t, "tokyo.txt", page)
	if a.Title != "東京で日露首脳会談、経済協力で合意も平和条約は進展なし" || a.Published.String() != "2016-12-16" {
		t.Errorf("title %q, published %q", a.Title, a.Published)
	}
	if len(a.Blocks) != 2 || a.Blocks[0].Type != content.BlockParagraph || a.Blocks[1].Type != content.BlockParagraph ||
		!strings.HasSuffix(a.Blocks[1].Text, "会談していた。") {
		t.Errorf("blocks: %+v", a.Blocks)
	}
}

func TestPlaceAndDateLine(t *testing.T) {
	page := "The chancellor and the president met in Berlin\n\nBerlin, March 3, 2021\n\n" +
		"The future of energy policy was discussed at length. \"We have to move faster,\" said Anna Muller, " +
		"a spokeswoman for the ministry.\n\nThe talks will resume in April.\n"
	a := parsePage(t, "berlin.txt", page)
	if a.Published.String() != "2021-03-03" || a.Dateline != "Berlin" || len(a.Blocks) != 2 || a.Blocks[0].Type != content.BlockParagraph {
		t.Errorf("published %q, dateline %q, blocks %+v", a.Published, a.Dateline, a.Blocks)
	}
}

// Short sentences of a story in another language are paragraphs: the
// verb test that tells an English caption from a sentence knows English
// only.
func TestShortSentencesOfOtherLanguagesStayParagraphs(t *testing.T) {
	page := "Líderes de Rusia y Japón se reúnen en Tokio\n\n16 de diciembre de 2016\n\n" +
		"El presidente ruso Vladimir Putin y el primer ministro japonés Shinzo Abe se reunieron el viernes en Tokio. " +
		"Ambos acordaron cooperar en materia económica.\n\nLas conversaciones duraron unas tres horas.\n"
	a := parsePage(t, "tokio.txt", page)
	if a.Published.String() != "2016-12-16" || len(a.Blocks) != 2 || a.Blocks[1].Type != content.BlockParagraph {
		t.Errorf("published %q, blocks %+v", a.Published, a.Blocks)
	}
}

// A short headline is the title even when the story's first sentence has
// more words: Korean headlines run to three words, and a sentence ending
// with a full stop is no headline.
func TestShortHeadlineOverFirstSentence(t *testing.T) {
	page := "한일 정상회담 개최\n\n2016년 12월 16일\n\n한국과 일본 정상은 16일 도쿄에서 회담을 갖고 경제 협력 방안을 논의했다.\n\n회담은 약 세 시간 동안 진행됐다.\n"
	a := parsePage(t, "ko.txt", page)
	if a.Title != "한일 정상회담 개최" || a.Published.String() != "2016-12-16" || len(a.Blocks) != 2 {
		t.Errorf("title %q, published %q, %d blocks", a.Title, a.Published, len(a.Blocks))
	}
}

// Quotations in the marks of other languages: Japanese 「…」 (a CJK
// character counting as half a word towards a quotation's length) and
// German „…“, closed by the mark English opens with.
func TestQuotationMarksOfOtherLanguages(t *testing.T) {
	for _, c := range []struct{ name, page, quote string }{
		{"ja.txt", "首脳会談で経済協力に合意\n\n2016年12月16日\n\n" +
			"両首脳は前日、山口県長門市の温泉旅館で会談していた。会談は約3時間に及んだ。\n\n" +
			"「平和条約の締結に向けて一歩前進した」と安倍首相は記者団に語った。\n", "平和条約の締結に向けて一歩前進した"},
		{"de.txt", "Die Kanzlerin und der Präsident trafen sich in Berlin\n\n3. März 2021\n\n" +
			"Über die Zukunft der Energiepolitik wurde lange gesprochen. „Wir müssen jetzt viel schneller werden“, " +
			"sagte eine Sprecherin des Ministeriums.\n\nDie Gespräche sollen im April fortgesetzt werden.\n", "Wir müssen jetzt viel schneller werden"},
	} {
		a := parsePage(t, c.name, c.page)
		if len(a.Quotes) != 1 || strings.TrimRight(a.Quotes[0].Text, ",") != c.quote {
			t.Errorf("%s: quotes %+v, want %q", c.name, a.Quotes, c.quote)
		}
	}
}

// parsePage parses page as the plain-text file name, failing the test on
// an error.
func parsePage(t *testing.T, name, page string) *content.Article {
	t.Helper()
	a, err := parseText(name, []byte(page), Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return a
}
