#!/usr/bin/env python3
"""Builds the format samples in this folder from public-domain and CC BY
article text (see README.md). Run from this folder with the shared corpus at
../../../../shared (the /work/shared folder); the outputs are committed, the
tests never read shared/. Standard library only."""
import gzip, hashlib, html, json, sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"

def blocks(path):
    """Title, dateline and blocks of a gum-news / VOA text file."""
    src = open(path, encoding="utf-8").read()
    parts = [p.strip() for p in src.split("\n\n") if p.strip()]
    return parts

def gold(name):
    return json.load(open(f"{SHARED}/corpus/gum-news/{name}.gold.json", encoding="utf-8"))

def wikinews_page(name):
    g = gold(name)
    parts = blocks(f"{SHARED}/corpus/gum-news/{name}.txt")
    title, dateline, body = parts[0], parts[1], parts[2:]
    caps, heads = set(g["captions"]), set(g["headings"])
    out = []
    for i, p in enumerate(body):
        if p in caps:
            out.append(f'''<div class="thumb tright"><div class="thumbinner" style="width:202px;"><a href="/wiki/File:Photo{i}.jpg" class="image"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/{name}{i}.jpg/200px-{name}{i}.jpg" width="200" height="150" class="thumbimage"></a><div class="thumbcaption">{html.escape(p)}</div></div></div>''')
        elif p in heads:
            out.append(f'<h2><span class="mw-headline" id="{html.escape(p)}">{html.escape(p)}</span></h2>')
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    body_html = "\n".join(out)
    return title, g, f'''<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>{html.escape(title)} - Wikinews, the free news source</title>
<link rel="canonical" href="{g["source_url"]}"/>
<meta property="og:title" content="{html.escape(title)}"/>
<meta property="og:site_name" content="Wikinews"/>
<meta property="og:type" content="article"/>
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":title,"datePublished":g["published"],"publisher":{"@type":"Organization","name":"Wikinews"},"mainEntityOfPage":g["source_url"],"license":"https://creativecommons.org/licenses/by/2.5/"})}</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector"/>
</head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-{name} skin-vector action-view">
<div id="mw-page-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice" class="mw-body-content"><div id="localNotice" lang="en" dir="ltr"><p>Wikinews is a free news source you can write!</p></div></div>
<h1 id="firstHeading" class="firstHeading" lang="en">{html.escape(title)}</h1>
<div id="bodyContent" class="mw-body-content">
<div id="siteSub" class="noprint">From Wikinews, the free news source you can write!</div>
<div id="jump-to-nav"></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<p><strong class="published"><span id="publishDate" class="value-title" title="{g["published"]}"></span>{html.escape(dateline)}</strong></p>
{body_html}
<h2><span class="mw-headline" id="Related_news">Related news</span></h2>
<ul><li><a href="/wiki/Related_story" title="Related story">Related story on Wikinews</a></li></ul>
<div class="cc-by-2.5"><p>This text comes from Wikinews and is available under the <a href="//creativecommons.org/licenses/by/2.5/">Creative Commons Attribution 2.5</a> licence.</p></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Published">Published</a></li><li><a href="/wiki/Category:Archived">Archived</a></li></ul></div></div>
</div>
</div>
<div id="mw-navigation">
<h2>Navigation menu</h2>
<div id="mw-head"><div id="p-personal" role="navigation"><ul><li id="pt-login"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></div></div>
<div id="mw-panel"><div class="portal" role="navigation" id="p-navigation"><h3>Navigation</h3><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Special:Random">Random article</a></li><li><a href="/wiki/Wikinews:Water_cooler">Water cooler</a></li></ul></div></div>
</div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-copyright">All text created after September 25, 2005 available under the terms of the Creative Commons Attribution 2.5 License.</li></ul>
<ul id="footer-places"><li><a href="/wiki/Wikinews:Privacy_policy">Privacy policy</a></li><li><a href="/wiki/Wikinews:About">About Wikinews</a></li><li><a href="/wiki/Wikinews:General_disclaimer">Disclaimers</a></li></ul></div>
</body>
</html>
'''

def body_paragraphs(name):
    parts = blocks(f"{SHARED}/corpus/gum-news/{name}.txt")
    g = gold(name)
    return parts[0], g, [p for p in parts[2:] if p not in set(g["captions"]) and p not in set(g["headings"])]

def voa():
    parts = blocks(f"{SHARED}/samples/voa-japan-russia-summit.txt")
    paras = []
    for p in parts[3:-1]:
        lines = p.split("\n")
        if len(lines) == 2 and lines[0] == lines[1]:
            continue
        if p in ("Investing for peace", "Military value", "China"):
            continue
        paras.append(p)
    return paras

VOA_URL = "https://www.voanews.com/a/japan-russia-summit-produces-economic-deals-no-peace-treaty/3638565.html"
VOA_TITLE = "Japan, Russia Summit Produces Economic Deals, No Peace Treaty"

def write(name, data, mode="w"):
    with open(name, mode + ("b" if isinstance(data, bytes) else ""), **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as f:
        f.write(data)

def main():
    # HTML pages
    crane_title, crane_gold, crane_html = wikinews_page("crane")
    write("wikinews-mecca-crane.html", crane_html)
    voa_html = open("voa-japan-russia-summit.html", encoding="utf-8").read()
    write("voa-japan-russia-summit.html.gz", gzip.compress(voa_html.encode(), mtime=0))

    # JSON dumps
    vp = voa()
    newsplease = {
        "authors": ["Brian Padden"], "date_download": "2016-12-17 08:01:12", "date_modify": None,
        "date_publish": "2016-12-16 09:27:00", "description": "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin ended two days of talks without any significant breakthrough.",
        "filename": "https%3A%2F%2Fwww.voanews.com%2Fa%2F3638565.html.json", "image_url": "https://gdb.voanews.com/img1.jpg",
        "language": "en", "localpath": None, "source_domain": "www.voanews.com", "maintext": "\n".join(vp),
        "title": VOA_TITLE, "title_page": None, "title_rss": None, "url": VOA_URL,
    }
    write("newsplease-voa.json", json.dumps(newsplease, indent=4, ensure_ascii=False) + "\n")
    t, g, cp = body_paragraphs("crane")
    trafi = {"title": t, "author": None, "hostname": "en.wikinews.org", "date": g["published"], "fingerprint": "b5f2a5e5c5d1e6f3",
             "id": None, "license": "CC BY 2.5", "comments": "", "raw_text": None, "text": "\n".join(cp), "language": "en",
             "image": None, "pagetype": "article", "source": g["source_url"], "source-hostname": "Wikinews", "excerpt": None,
             "categories": "Disasters and accidents;Saudi Arabia", "tags": "", "sitename": "Wikinews", "url": g["source_url"]}
    write("trafilatura-crane.json", json.dumps(trafi, ensure_ascii=False) + "\n")
    np_items = []
    for name in ("stampede", "worship"):
        t, g, ps = body_paragraphs(name)
        np_items.append({"title": t, "authors": [], "publish_date": g["published"] + "T00:00:00+00:00", "url": g["source_url"],
                         "text": "\n\n".join(ps), "top_image": "", "keywords": [], "summary": ""})
    write("newspaper-wikinews.json", json.dumps(np_items, indent=2, ensure_ascii=False) + "\n")
    lines = [json.dumps(newsplease, ensure_ascii=False)]
    t, g, ps = body_paragraphs("asylum")
    lines.append(json.dumps({"title": t, "maintext": "\n".join(ps), "date_publish": g["published"] + " 00:00:00", "url": g["source_url"], "authors": [], "source_domain": "en.wikinews.org", "description": None}, ensure_ascii=False))
    lines.append('{"title": "A truncated record", "maintext": "The crawler stopped writing this line')
    t, g, ps = body_paragraphs("worship")
    lines.append(json.dumps({"headline": t, "body": "\n\n".join(ps), "published": g["published"], "link": g["source_url"], "author": "Wikinews"}, ensure_ascii=False))
    write("newsplease-dump.jsonl", "\n".join(lines) + "\n")

    # Feeds
    voa_content = "".join(f"<p>{html.escape(p)}</p>" for p in vp[:6])
    voa_content = ('<figure><img src="https://gdb.voanews.com/img1.jpg" alt=""/><figcaption>Russian President Vladimir Putin (L) and Japanese Prime minister Shinzo Abe attend a Japanese-Russian meeting in Tokyo, Japan, Dec. 16, 2016.</figcaption></figure>'
                   + voa_content + "<h2>Investing for peace</h2>" + "".join(f"<p>{html.escape(p)}</p>" for p in vp[6:]))
    t2, g2, ps2 = body_paragraphs("stampede")
    rss = f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Voice of America - East Asia Pacific</title>
<link>https://www.voanews.com/z/598</link>
<description>Voice of America</description>
<language>en</language>
<atom:link href="https://www.voanews.com/api/zmgqoe$moi" rel="self" type="application/rss+xml"/>
<item>
<title>{html.escape(VOA_TITLE)}</title>
<description>{html.escape(newsplease["description"])}</description>
<link>{VOA_URL}</link>
<guid isPermaLink="false">3638565</guid>
<pubDate>Fri, 16 Dec 2016 09:27:00 +0000</pubDate>
<dc:creator>Brian Padden</dc:creator>
<category>East Asia Pacific</category>
<content:encoded><![CDATA[{voa_content}]]></content:encoded>
</item>
<item>
<title>{html.escape(t2)}</title>
<description>{html.escape(ps2[0])}</description>
<link>{g2["source_url"]}</link>
<guid>{g2["source_url"]}</guid>
<pubDate>Thu, 12 Jan 2006 12:00:00 +0000</pubDate>
</item>
</channel>
</rss>
'''
    write("voa-eastasia.rss", rss)
    t, g, ps = body_paragraphs("crane")
    crane_content = "".join(f"<p>{html.escape(p)}</p>" for p in ps)
    atom = f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>https://en.wikinews.org/w/index.php?title=Special:NewsFeed</id>
<title>Wikinews</title>
<link rel="self" type="application/atom+xml" href="https://en.wikinews.org/w/index.php?title=Special:NewsFeed&amp;feed=atom"/>
<link rel="alternate" type="text/html" href="https://en.wikinews.org/wiki/Main_Page"/>
<updated>2015-09-12T18:00:00Z</updated>
<entry>
<id>{g["source_url"]}</id>
<title>{html.escape(t)}</title>
<link rel="alternate" type="text/html" href="{g["source_url"]}"/>
<updated>2015-09-12T18:00:00Z</updated>
<published>2015-09-12T16:04:00Z</published>
<summary type="html">{html.escape("<p>" + ps[0] + "</p>")}</summary>
<content type="html">{html.escape(crane_content)}</content>
<author><name>Wikinews</name></author>
</entry>
</feed>
'''
    write("wikinews.atom", atom)
    t3, g3, ps3 = body_paragraphs("asylum")
    t4, g4, ps4 = body_paragraphs("worship")
    jf = {"version": "https://jsonfeed.org/version/1.1", "title": "Wikinews", "home_page_url": "https://en.wikinews.org/",
          "feed_url": "https://example.org/wikinews.json",
          "items": [
              {"id": g3["source_url"], "url": g3["source_url"], "title": t3, "content_html": "".join(f"<p>{html.escape(p)}</p>" for p in ps3),
               "date_published": g3["published"] + "T00:00:00Z", "authors": [{"name": "Wikinews"}]},
              {"id": g4["source_url"], "url": g4["source_url"], "title": t4, "content_text": "\n\n".join(ps4),
               "date_published": g4["published"] + "T00:00:00Z"}]}
    write("wikinews-feed.json", json.dumps(jf, indent=2, ensure_ascii=False) + "\n")

    # Markdown with front matter
    parts = blocks(f"{SHARED}/corpus/gum-news/sensitive.txt")
    g = gold("sensitive")
    md = ["---", f'title: "{parts[0]}"', f"date: {g['published']}", "author: Wikinews", "source: Wikinews", f"url: {g['source_url']}",
          "tags: [Canada, security]", "---", ""]
    in_sources = False
    for p in parts[2:]:
        if p.startswith("Categories:"):
            continue
        if p in g["headings"]:
            md.append(f"## {p}\n")
            in_sources = p == "Sources"
        elif in_sources:
            md.append(f"- {p}")
        else:
            md.append(p + "\n")
    md.append("")
    write("wikinews-sensitive.md", "\n".join(md))

    # WARC, plain and gzip per record
    def rec(typ, uri, date, ctype, block, extra=()):
        hdr = [f"WARC/1.1", f"WARC-Type: {typ}", f"WARC-Record-ID: <urn:uuid:{hashlib.sha256(repr((typ, uri, date)).encode()).hexdigest()[:12]}-0000-4000-8000-000000000000>",
               f"WARC-Date: {date}"]
        if uri:
            hdr.append(f"WARC-Target-URI: {uri}")
        hdr += list(extra)
        hdr += [f"Content-Type: {ctype}", f"Content-Length: {len(block)}"]
        return ("\r\n".join(hdr) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    def http(status, headers, body):
        h = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        return h.encode() + body
    def chunked(b, n=700):
        out = b""
        for i in range(0, len(b), n):
            c = b[i:i+n]
            out += f"{len(c):x}\r\n".encode() + c + b"\r\n"
        return out + b"0\r\n\r\n"
    voa_bytes = voa_html.encode()
    crane_bytes = crane_html.encode()
    crane_gz = gzip.compress(crane_bytes, mtime=0)
    records = [
        rec("warcinfo", None, "2016-12-17T08:00:00Z", "application/warc-fields", b"software: newsreader sample builder\r\nformat: WARC File Format 1.1\r\n"),
        rec("request", VOA_URL, "2016-12-17T08:01:12Z", "application/http;msgtype=request", f"GET /a/japan-russia-summit-produces-economic-deals-no-peace-treaty/3638565.html HTTP/1.1\r\nHost: www.voanews.com\r\n\r\n".encode()),
        rec("response", VOA_URL, "2016-12-17T08:01:12Z", "application/http;msgtype=response",
            http("200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(voa_bytes)))], voa_bytes)),
        rec("response", "https://gdb.voanews.com/img1.jpg", "2016-12-17T08:01:13Z", "application/http;msgtype=response",
            http("200 OK", [("Content-Type", "image/jpeg"), ("Content-Length", "4")], b"\xff\xd8\xff\xe0")),
        rec("response", "http://www.voanews.com/a/3638565.html", "2016-12-17T08:01:11Z", "application/http;msgtype=response",
            http("301 Moved Permanently", [("Location", VOA_URL), ("Content-Length", "0")], b"")),
        rec("response", gold("crane")["source_url"], "2015-09-13T10:20:30Z", "application/http;msgtype=response",
            http("200 OK", [("Content-Type", "text/html; charset=UTF-8"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")], chunked(crane_gz))),
        rec("metadata", gold("crane")["source_url"], "2015-09-13T10:20:30Z", "application/warc-fields", b"via: https://en.wikinews.org/wiki/Main_Page\r\n"),
    ]
    write("crawl.warc", b"".join(records))
    write("crawl.warc.gz", b"".join(gzip.compress(r, mtime=0) for r in records))

if __name__ == "__main__":
    main()
