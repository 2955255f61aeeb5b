import Foundation
import Testing
@testable import Chronicle
@testable import ChronicleIO

/// Reads an HTML page given as a string literal.
private func read(_ html: String, path: String = "page.html") throws -> Document {
    try HTMLReader.read(Array(html.utf8), path: path, id: "page").document
}

/// A page with `head` in its `<head>` and `body` as its `<body>`.
private func page(head: String = "", body: String) -> String {
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\(head)</head>\n<body>\(body)</body></html>"
}

private let story = "<article><p>Officials met on Wednesday to discuss the plan.</p></article>"

struct HTMLDateTests {
    @Test func metaArticlePublishedTimeGivesTheDateAsWritten() throws {
        // 23:30 five hours behind UTC is already the 21st in UTC; the page's own date is kept
        let document = try read(page(head: #"<meta property="article:published_time" content="2021-08-20T23:30:00-05:00">"#, body: story))
        #expect(document.dct == CalendarDate(year: 2021, month: 8, day: 20))
        #expect(document.dctSource == "meta article:published_time")
        #expect(document.dctValue == "2021-08-20T23:30:00")
        let plus = try read(page(head: #"<meta property="article:published_time" content="2021-08-20T14:03:00+04:30">"#, body: story))
        #expect(plus.dct == CalendarDate(year: 2021, month: 8, day: 20))
    }

    @Test func metaNameDateAndItsKin() throws {
        let named = try read(page(head: #"<meta name="date" content="2021-08-17">"#, body: story))
        #expect(named.dct == CalendarDate(year: 2021, month: 8, day: 17))
        #expect(named.dctSource == "meta date")
        #expect(named.dctValue == nil)
        let dublinCore = try read(page(head: #"<meta name="dc.date.issued" content="2021/08/16">"#, body: story))
        #expect(dublinCore.dct == CalendarDate(year: 2021, month: 8, day: 16))
        #expect(dublinCore.dctSource == "meta DC.date.issued")
        let rfc = try read(page(head: #"<meta name="pubdate" content="Sun, 15 Aug 2021 09:00:00 GMT">"#, body: story))
        #expect(rfc.dct == CalendarDate(year: 2021, month: 8, day: 15))
        #expect(rfc.dctSource == "meta pubdate")
    }

    @Test func jsonLDNewsArticle() throws {
        let head = """
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks",
         "datePublished": "2021-08-19T08:00:00Z", "dateModified": "2021-08-21T10:00:00Z"}
        </script>
        """
        let document = try read(page(head: head, body: story))
        #expect(document.dct == CalendarDate(year: 2021, month: 8, day: 19))
        #expect(document.dctSource == "json-ld datePublished")
        #expect(document.dctValue == "2021-08-19T08:00:00")
    }

    @Test func jsonLDInsideAGraphSkippingBrokenBlocksAndOtherTypes() throws {
        let head = """
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-01-01"</script>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebPage", "datePublished": "2020-01-01"},
          {"@type": ["ReportageNewsArticle"], "dateCreated": "2021-08-18"}
        ]}
        </script>
        """
        let document = try read(page(head: head, body: story))
        #expect(document.dct == CalendarDate(year: 2021, month: 8, day: 18))
        #expect(document.dctSource == "json-ld dateCreated")
    }

    @Test func timeElementInTheBylineBeatsOtherTimes() throws {
        let body = """
        <aside class="related"><time datetime="2019-01-01">Older story</time></aside>
        <article>
          <p>First <time datetime="2021-08-01">August 1</time> mention.</p>
          <div class="article-byline">By A. Writer, <time datetime="2021-08-19T07:15">Aug. 19</time></div>
          <p>Officials met on Wednesday.</p>
          <div class="comments"><p><span class="timestamp"><time datetime="2021-09-30">later</time></span> Nice.</p></div>
        </article>
        """
        let document = try read(page(body: body))
        #expect(document.dct == CalendarDate(year: 2021, month: 8, day: 19))
        #expect(document.dctSource == "time element")
        #expect(document.dctValue == "2021-08-19T07:15")
        // without a byline: the first time in the article, still not the aside's or the comment's
        let plain = try read(page(body: body.replacingOccurrences(of: "article-byline", with: "credit")))
        #expect(plain.dct == CalendarDate(year: 2021, month: 8, day: 1))
    }

    @Test func datelineWithAgencyTakesTheYearFromMetadata() throws {
        let head = #"<link rel="canonical" href="https://news.example/world/2021/story-slug">"#
        let body = "<article><p>WASHINGTON, Aug. 20 (Reuters) - Officials met on Wednesday.</p></article>"
        let document = try read(page(head: head, body: body))
        #expect(document.dct == CalendarDate(year: 2021, month: 8, day: 20))
        #expect(document.dctSource == "dateline")
        // no year anywhere: the dateline alone cannot date the page
        #expect(try read(page(body: body)).dct == nil)
    }

    @Test func datelineWithItsOwnYear() throws {
        let body = "<main><h1>Flood warning</h1><p>SPRINGFIELD, Ill., March 3, 2021 — The river rose on Tuesday.</p></main>"
        let document = try read(page(body: body))
        #expect(document.dct == CalendarDate(year: 2021, month: 3, day: 3))
        #expect(document.dctSource == "dateline")
    }

    @Test func aPageWithoutAnyDate() throws {
        let document = try read(page(head: "<title>Talks</title>", body: story))
        #expect(document.dct == nil)
        #expect(document.dctSource == nil)
        #expect(document.dctValue == nil)
    }

    @Test func conflictingSourcesFollowTheDocumentedOrder() throws {
        let jsonLD = #"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-08-19"}</script>"#
        let meta = #"<meta property="article:published_time" content="2021-08-20">"#
        let updated = #"<meta property="og:updated_time" content="2021-08-22">"#
        let body = #"<article><div class="byline"><time datetime="2021-08-18">x</time></div><p>NEW YORK, Aug. 17, 2021 - Talks.</p></article>"#
        let all = try read(page(head: updated + jsonLD + meta, body: body))
        #expect(all.dct == CalendarDate(year: 2021, month: 8, day: 20))
        #expect(all.dctSource == "meta article:published_time")
        // an update time never outranks a publication time, wherever that is written
        let noPublished = try read(page(head: updated + jsonLD, body: body))
        #expect(noPublished.dct == CalendarDate(year: 2021, month: 8, day: 19))
        #expect(noPublished.dctSource == "json-ld datePublished")
        let onlyUpdated = try read(page(head: updated, body: "<article><p>Talks went on.</p></article>"))
        #expect(onlyUpdated.dct == CalendarDate(year: 2021, month: 8, day: 22))
        #expect(onlyUpdated.dctSource == "meta og:updated_time")
        let noMeta = try read(page(head: jsonLD, body: body))
        #expect(noMeta.dct == CalendarDate(year: 2021, month: 8, day: 19))
        let onlyPage = try read(page(body: body))
        #expect(onlyPage.dct == CalendarDate(year: 2021, month: 8, day: 18))
        let onlyDateline = try read(page(body: body.replacingOccurrences(of: "byline", with: "credit")
                                            .replacingOccurrences(of: "<time datetime=\"2021-08-18\">x</time>", with: "")))
        #expect(onlyDateline.dct == CalendarDate(year: 2021, month: 8, day: 17))
        #expect(onlyDateline.dctSource == "dateline")
    }

    @Test func anUpdateTimeNeverOutranksAPublicationTime() throws {
        let updated = #"<meta property="og:updated_time" content="2021-08-22T09:00:00+00:00">"#
        // JSON-LD datePublished inside an @graph array, next to the page's own WebPage object
        let graph = """
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebPage", "dateModified": "2021-08-22"},
          {"@type": "NewsArticle", "datePublished": "2021-08-19T06:00:00Z", "dateModified": "2021-08-22T09:00:00Z"}]}</script>
        """
        let fromGraph = try read(page(head: updated + graph, body: story))
        #expect(fromGraph.dct == CalendarDate(year: 2021, month: 8, day: 19))
        #expect(fromGraph.dctSource == "json-ld datePublished")
        // microdata on an element of the body
        let microdata = #"<article><p>Talks.</p><span itemprop="dateModified" content="2021-08-22"></span><span itemprop="datePublished" content="2021-08-18"></span></article>"#
        let fromItemprop = try read(page(head: updated, body: microdata))
        #expect(fromItemprop.dct == CalendarDate(year: 2021, month: 8, day: 18))
        #expect(fromItemprop.dctSource == "itemprop datePublished")
        // a <time> marked as an update, in the byline, yields to the publication time beside it
        let byline = """
        <article><div class="byline">By A. Writer. Updated <time datetime="2021-08-22">Aug. 22</time>.
        Published <time datetime="2021-08-17">Aug. 17</time></div><p>Talks.</p></article>
        """
        let fromTime = try read(page(body: byline))
        #expect(fromTime.dct == CalendarDate(year: 2021, month: 8, day: 17))
        #expect(fromTime.dctSource == "time element")
        // bylines written as text: "Published ..." before "Updated ..."
        let text = "<article><p>By A. Writer | Updated Aug. 22, 2021 | Published Aug. 16, 2021</p><p>Talks went on.</p></article>"
        let fromText = try read(page(body: text))
        #expect(fromText.dct == CalendarDate(year: 2021, month: 8, day: 16))
        #expect(fromText.dctSource == "byline text")
        // with nothing else, the last edit stands in, and its source says so
        let onlyUpdate = try read(page(body: "<article><p>Last updated: August 22, 2021</p><p>Talks went on.</p></article>"))
        #expect(onlyUpdate.dct == CalendarDate(year: 2021, month: 8, day: 22))
        #expect(onlyUpdate.dctSource == "byline text (updated)")
        let onlyJSONLDUpdate = try read(page(head: #"<script type="application/ld+json">{"@type": "Article", "dateModified": "2021-08-21"}</script>"#, body: story))
        #expect(onlyJSONLDUpdate.dctSource == "json-ld dateModified")
    }

    @Test func aValueThatIsNotADateIsSkipped() throws {
        let head = #"<meta property="article:published_time" content="yesterday"><meta name="date" content="2021-08-17">"#
        let document = try read(page(head: head, body: story))
        #expect(document.dct == CalendarDate(year: 2021, month: 8, day: 17))
        #expect(document.dctSource == "meta date")
    }
}

struct HTMLTextTests {
    @Test func dropsBoilerplateAndKeepsParagraphs() throws {
        let body = """
        <nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav>
        <header class="site"><p>The Daily Example</p></header>
        <article class="story">
          <h1>Talks resume</h1>
          <div class="share-bar"><button>Share</button><a>Tweet this</a></div>
          <p>Officials met   on
             Wednesday.</p>
          <div class="social_links">Follow us</div>
          <p>They will meet again in <b>September</b>.</p>
          <figure><img src="x.jpg"><figcaption>The venue.</figcaption></figure>
          <div id="newsletterSignup"><p>Get our newsletter</p></div>
          <section id="comments"><p>First!</p></section>
          <div class="promo-box">Subscribe now</div>
        </article>
        <aside><p>Most read</p></aside>
        <footer><p>Copyright</p></footer>
        """
        let document = try read(page(body: body))
        #expect(document.text == "Talks resume\n\nOfficials met on Wednesday.\n\nThey will meet again in September.\n\nThe venue.")
    }

    @Test func keepsParagraphBreaksForBlockElements() throws {
        let body = """
        <article><p>One<br>Two</p><ul><li>Three</li><li>Four</li></ul>
        <blockquote>Five</blockquote><div>Six <span>and</span> <em>a half</em></div>
        <table><tr><td>Seven</td><td>Eight</td></tr></table><pre>Nine
        Ten  and more</pre></article>
        """
        #expect(try read(page(body: body)).text == "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix and a half\n\nSeven Eight\n\nNine\n\nTen and more")
    }

    @Test func decodesEntitiesAndCollapsesWhitespace() throws {
        let body = "<article><p>Caf&eacute; &amp; bar&#8217;s\u{00A0}&nbsp; 20&nbsp;Aug.\n\t opening</p></article>"
        #expect(try read(page(body: body)).text == "Café & bar’s 20 Aug. opening")
    }

    @Test func brokenMarkupStillYieldsText() throws {
        let html = """
        <html><head><title>Broken</title>
        <body><div class="wrap"><p>First paragraph <b>bold never closed
        <p>Second paragraph</div></div></span>
        <p>Third <i>paragraph</p> after stray ends
        </table><p>Fourth & last <unknown-tag>still here
        """
        let document = try read(html)
        #expect(document.text.contains("First paragraph bold never closed"))
        #expect(document.text.contains("Second paragraph"))
        #expect(document.text.contains("Third paragraph"))
        #expect(document.text.contains("Fourth & last still here"))
        #expect(!document.text.contains("Broken"))
    }

    @Test func densestParagraphsWithoutArticleOrMain() throws {
        let body = """
        <div class="sidebar"><p>Short sidebar note.</p></div>
        <div class="content"><h2>Talks</h2><p>Officials met on Wednesday to discuss the plan.</p>
        <p>They agreed to meet again in September.</p></div>
        """
        #expect(try read(page(body: body)).text == "Talks\n\nOfficials met on Wednesday to discuss the plan.\n\nThey agreed to meet again in September.")
    }

    @Test func theArticleWithTheMostTextWins() throws {
        let body = """
        <main><article class="teaser"><p>Short teaser.</p></article>
        <article><p>The real story is much longer than the teaser.</p><p>It goes on.</p></article></main>
        """
        #expect(try read(page(body: body)).text == "The real story is much longer than the teaser.\n\nIt goes on.")
    }

    @Test func boilerplateNamesMatchWholeParts() {
        for name in ["comments", "comment-list", "post-share-bar", "social_links", "relatedStories", "NEWSLETTER", "ad advert"] {
            #expect(HTMLText.namesBoilerplate(name), "\(name)")
        }
        for name in ["shared-history", "commentary", "story-body", "advertorial-free", "promotional"] {
            #expect(!HTMLText.namesBoilerplate(name), "\(name)")
        }
    }

    @Test func titleFromOpenGraphThenTitleThenHeading() throws {
        let og = #"<meta property="og:title" content="  Talks   resume ">"#
        #expect(try read(page(head: og + "<title>Talks | Site</title>", body: "<h1>Heading</h1>" + story)).title == "Talks resume")
        #expect(try read(page(head: "<title>Talks\n | Site</title>", body: "<h1>Heading</h1>" + story)).title == "Talks | Site")
        #expect(try read(page(body: "<article><h1>The <em>heading</em></h1><p>Text.</p></article>")).title == "The heading")
        #expect(try read(page(body: story)).title == nil)
    }

    @Test func aPageWithNoTextIsAnError() {
        let html = page(head: "<title>Empty</title><script>document.write('hi')</script>",
                        body: "<nav><a>Home</a></nav><div class=\"cookie-banner\"><p>We use cookies.</p></div><footer>(c)</footer>")
        #expect(throws: InputError.noText(path: "dir/empty.html")) {
            _ = try HTMLReader.read(Array(html.utf8), path: "dir/empty.html", id: "empty")
        }
        #expect(throws: InputError.noText(path: "blank.html")) {
            _ = try HTMLReader.read(Array("  \n".utf8), path: "blank.html", id: "blank")
        }
        #expect(InputError.noText(path: "dir/empty.html").description.hasPrefix("dir/empty.html: no text"))
    }
}

struct HTMLEncodingTests {
    /// A page in a single-byte encoding: `café “quoted” it’s` in windows-1252 bytes.
    private func legacyPage(declaration: String) -> [UInt8] {
        var bytes = Array("<html><head>\(declaration)<title>T</title></head><body><article><p>caf".utf8)
        bytes += [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x20] + Array("it".utf8) + [0x92] + Array("s".utf8)
        bytes += Array("</p><p>second</p></article></body></html>".utf8)
        return bytes
    }

    private let expected = "café “quoted” it’s\n\nsecond"

    @Test func windows1252DeclaredInMetaCharset() throws {
        let bytes = legacyPage(declaration: #"<meta charset="windows-1252">"#)
        #expect(try HTMLReader.read(bytes, path: "p.html", id: "p").document.text == expected)
    }

    @Test func iso88591DeclaredInHTTPEquivReadsAsBrowsersDo() throws {
        // real ISO-8859-1 has control characters at 0x92–0x94; browsers read the label as windows-1252
        let bytes = legacyPage(declaration: #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#)
        #expect(HTMLEncoding.declaredLabel(in: bytes) == "iso-8859-1")
        #expect(try HTMLReader.read(bytes, path: "p.html", id: "p").document.text == expected)
    }

    @Test func undeclaredInvalidUTF8FallsBackToWindows1252() throws {
        let bytes = legacyPage(declaration: "")
        #expect(try HTMLReader.read(bytes, path: "p.html", id: "p").document.text == expected)
    }

    @Test func undefinedWindows1252BytesDoNotCutThePageShort() throws {
        var bytes = legacyPage(declaration: #"<meta charset="windows-1252">"#)
        let at = bytes.firstIndex(of: 0x92)!
        bytes.insert(0x81, at: at)  // no character in windows-1252; iconv refuses it
        let text = try HTMLReader.read(bytes, path: "p.html", id: "p").document.text
        #expect(text.hasSuffix("second"))
        #expect(text.hasPrefix("café “quoted” it"))
    }

    @Test func utf8PagesStayUTF8WhateverTheMetaClaims() throws {
        let html = "<html><head><meta charset=\"utf-8\"></head><body><p>Café “quoted” — it’s</p></body></html>"
        #expect(try HTMLReader.read(Array(html.utf8), path: "p.html", id: "p").document.text == "Café “quoted” — it’s")
        let withBOM = [0xEF, 0xBB, 0xBF] + Array("<p>Zürich</p>".utf8)
        #expect(try HTMLReader.read(withBOM, path: "p.html", id: "p").document.text == "Zürich")
    }
}

struct HTMLDocumentReaderTests {
    private let html = """
    <!doctype html>
    <html><head><title>Talks resume</title>
    <meta property="article:published_time" content="2021-08-20T09:00:00Z"></head>
    <body><nav>Home</nav><article><p>Officials met on Wednesday.</p><p>They meet again next week.</p></article></body></html>
    """

    @Test func readsAnHTMLFileIntoADocument() throws {
        let read = try DocumentReader().read(bytes: Array(html.utf8), path: "saved/talks-resume.html")
        #expect(read.document.id == "talks-resume")
        #expect(read.document.text == "Officials met on Wednesday.\n\nThey meet again next week.")
        #expect(read.document.title == "Talks resume")
        #expect(read.document.dct == CalendarDate(year: 2021, month: 8, day: 20))
        #expect(read.document.dctSource == "meta article:published_time")
        #expect(read.document.source == "saved/talks-resume.html")
        // the tagger's offsets count in the extracted text
        let timexes = TemporalTagger().tag(read.document)
        let wednesday = try #require(timexes.first)
        let scalars = Array(read.document.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[wednesday.begin..<wednesday.end])) == "Wednesday")
        #expect(wednesday.value == "2021-08-18")
    }

    @Test func detectsHTMLByExtensionOrContent() {
        #expect(DocumentReader.format(of: "a.htm", bytes: []) == .html)
        #expect(DocumentReader.format(of: "A.HTML", bytes: Array("plain".utf8)) == .html)
        #expect(DocumentReader.format(of: "-", bytes: Array(html.utf8)) == .html)
        #expect(DocumentReader.format(of: "a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("\n  <HTML lang=en>".utf8)) == .html)
        #expect(DocumentReader.format(of: "a.txt", bytes: Array("<?xml version=\"1.0\"?>\n<!-- saved -->\n<!DOCTYPE html>".utf8)) == .html)
        #expect(DocumentReader.format(of: "a.txt", bytes: Array("<htmlish> is not a tag we know".utf8)) == .text)
        #expect(DocumentReader.format(of: "a.txt", bytes: Array("Plain text about <html> tags.".utf8)) == .text)
        // TimeML keeps priority
        #expect(DocumentReader.format(of: "a.xml", bytes: Array(html.utf8)) == .timeML)
        #expect(DocumentReader.format(of: "a.html", bytes: Array("<?xml version=\"1.0\"?><TimeML>".utf8)) == .timeML)
    }

    @Test func theOptionOverridesThePageAndSaysSo() throws {
        let read = try DocumentReader(dct: CalendarDate(year: 2020, month: 1, day: 2)).read(bytes: Array(html.utf8), path: "p.html")
        #expect(read.document.dct == CalendarDate(year: 2020, month: 1, day: 2))
        #expect(read.document.dctSource == "option")
        #expect(read.document.dctValue == nil)
    }

    @Test func binaryDataWithAnHTMLNameIsRefused() {
        #expect(throws: InputError.binary(path: "x.html", byteOffset: 2)) {
            _ = try DocumentReader().read(bytes: [0x3C, 0x70, 0x00, 0x01], path: "x.html")
        }
    }
}

struct PageDateTests {
    @Test func parsesTheFormsPagesUse() {
        let date = CalendarDate(year: 2021, month: 8, day: 20)
        for value in ["2021-08-20", "2021-08-20T14:03:00Z", " 2021-08-20 14:03 ", "20210820", "2021/08/20",
                      "Fri, 20 Aug 2021 14:03:00 GMT", "August 20, 2021", "Aug. 20th, 2021 2:03 PM", "20 August 2021"] {
            #expect(PageDate.parse(value) == date, "\(value)")
        }
        for value in ["", "yesterday", "2021", "August 2021", "2021-02-30", "14:03"] {
            #expect(PageDate.parse(value) == nil, "\(value)")
        }
        #expect(PageDate.year(in: "https://example.com/2021/08/story") == 2021)
        #expect(PageDate.isoTimestamp("2021-08-20T14:03:00.123+04:30") == "2021-08-20T14:03:00")
        #expect(PageDate.isoTimestamp("2021-08-20 14:03") == "2021-08-20T14:03")
        #expect(PageDate.isoTimestamp("2021-08-20") == nil)
    }

    @Test func readsDatelines() {
        #expect(Dateline.parse("WASHINGTON, Aug. 20 (Reuters) - Officials") == Dateline(month: 8, day: 20, year: nil))
        #expect(Dateline.parse("NEW YORK, Sept. 3, 2021 -- Officials") == Dateline(month: 9, day: 3, year: 2021))
        #expect(Dateline.parse("ST. LOUIS, Mo., March 1st (AP) — Officials") == Dateline(month: 3, day: 1, year: nil))
        #expect(Dateline.parse("LONDON, December 24 – Officials") == Dateline(month: 12, day: 24, year: nil))
        for text in ["Washington, Aug. 20 (Reuters) - lowercase place", "WASHINGTON (Reuters) - no date",
                     "WASHINGTON, Aug. 20 officials said, no dash", "In March, 20 people - not a dateline",
                     "WASHINGTON, Aug. 2021 - a month and year", "WASHINGTON, Feb. 30, 2021 - no such day"] {
            #expect(Dateline.parse(text) == nil, "\(text)")
        }
    }
}

struct HTMLSamplePageTests {
    @Test func theSamplePageReadsAsItsStoryAlone() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/larkport-bridge-closure.html").path
        let document = try DocumentReader().read(path: path).document
        #expect(document.id == "larkport-bridge-closure")
        #expect(document.dct == CalendarDate(year: 2024, month: 3, day: 14))
        #expect(document.dctSource == "meta article:published_time")
        #expect(document.title == "Larkport council votes to close Old Mill Bridge for six weeks of repairs")
        #expect(document.text.hasPrefix("LARKPORT, March 14 — The Larkport city council voted 6-1 on Wednesday"))
        #expect(document.text.hasSuffix("at its meeting on May 1."))
        #expect(document.text.components(separatedBy: "\n\n").count == 12)
        let words = document.text.split(whereSeparator: \.isWhitespace).count
        #expect((400...700).contains(words))
        for furniture in ["cookies", "Larkport Ledger", "Facebook", "Advertisement", "newsletter", "riverside_rita", "Most read", "Related", "reserved"] {
            #expect(!document.text.contains(furniture), "\(furniture)")
        }
    }
}
