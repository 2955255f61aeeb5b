import CLibXML2
import Chronicle

/// Reads a saved news page: the article's text, its title and its publication date.
///
/// **Text.** libxml2's HTML parser reads the page in recover mode, so unclosed tags and stray end
/// tags still yield text; it never touches the network or loads entities, and its complaints are
/// discarded. The article body is `<article>`, else `<main>`, else the element whose `<p>` children
/// hold the most text (`HTMLText`). Navigation, headers, footers, asides, forms, scripts, comment
/// sections and share widgets are dropped; each block element ends a paragraph; paragraphs are
/// joined by a blank line. The document text is exactly this extracted text, so every offset in
/// every output counts from it, not from the HTML.
///
/// **Title.** `<meta property="og:title">`, else `<title>`, else the first `<h1>`.
///
/// **DCT.** The publication date, from the first of these that gives a whole date, even when a
/// later one disagrees:
/// 1. the `dct` option (applied by `DocumentReader`, source `option`);
/// 2. `<meta>` publication tags, in the order of `publicationMetaKeys` (`article:published_time`
///    first), then microdata `itemprop="datePublished"` elements, source `meta <key>` or
///    `itemprop datePublished`;
/// 3. JSON-LD article objects (also inside `@graph`): `datePublished`, else `dateCreated`,
///    source `json-ld datePublished`;
/// 4. a `<time datetime>` in a byline or dateline element, else the first `<time datetime>` in
///    the article body, unless it is marked as an update, source `time element`;
/// 5. a wire dateline opening one of the first three paragraphs (`WASHINGTON, Aug. 20 (Reuters) -`),
///    its year written there or taken from any year-bearing metadata (a URL's `/2021/`, a
///    `dateModified`); without a year the dateline is not used. Source `dateline`;
/// 6. a "Published Aug. 20, 2021" or "Posted ..." line among the first three paragraphs, source
///    `byline text`.
/// Only when none of these gives a date does a modification time stand in for it, the last edit
/// being better than nothing: `og:updated_time`, `article:modified_time`, `itemprop="dateModified"`,
/// JSON-LD `dateModified`, a `<time>` marked as an update ("Updated <time …>"), an "Updated ..."
/// line; their sources say so (`meta og:updated_time`, `json-ld dateModified`, `time element
/// (updated)`, `byline text (updated)`).
///
/// So a page whose `article:published_time` says 2021-08-20 and whose JSON-LD says 2021-08-19 is
/// dated 2021-08-20, with source `meta article:published_time`: sources are not compared or voted
/// on, so the choice is predictable and `dctSource` says which one was used; and an update time
/// never outranks a publication time, wherever each was written. A value that is not a date is
/// skipped, not an error: pages carry plenty of junk. A timestamp gives the date as written, in
/// the page's own time zone (`2021-08-20T23:30:00-05:00` is August 20).
public enum HTMLReader {
    /// Whether bytes open like an HTML page: `<!DOCTYPE html` or `<html`, in any case, after
    /// whitespace, a byte order mark, an XML declaration or comments.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var head = Substring(String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased())
        while true {
            head = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
                head = head[end.upperBound...]
            } else if head.hasPrefix("<!--"), let end = head.range(of: "-->") {
                head = head[end.upperBound...]
            } else {
                break
            }
        }
        for opening in ["<!doctype html", "<html"] where head.hasPrefix(opening) {
            let next = head.dropFirst(opening.count).first
            return next == nil || !(next!.isLetter || next!.isNumber || next! == "-")
        }
        return false
    }

    /// Reads an HTML page: its article text, title and creation time (see above), as document
    /// `id`; `path` names it in errors.
    public static func read(_ bytes: [UInt8], path: String, id: String) throws -> AnnotatedDocument {
        guard bytes.count <= InputLimits.documentBytes else { throw InputLimits.tooLarge(path) }
        var bytes = bytes
        // UTF-16 and UTF-32 pages become UTF-8 here, so the checks below read them as bytes
        if let (encoding, mark) = TextDecoding.wideEncoding(of: bytes), mark > 0 {
            bytes = [0xEF, 0xBB, 0xBF] + (try TextDecoding.utf8(from: bytes[mark...], encoding, path: path))
        }
        if let nul = bytes.prefix(TextDecoding.binaryProbeLength).firstIndex(of: 0) {
            throw InputError.binary(path: path, byteOffset: nul)
        }
        let (encoding, input) = HTMLEncoding.prepare(bytes)
        try input.withUnsafeBufferPointer { try MarkupScan.checkAttributes($0, path: path, html: true) }
        // an empty or whitespace-only page gives no tree at all
        guard let tree = try parse(input, encoding: encoding, path: path) else { throw InputError.noText(path: path) }
        defer { xmlFreeDoc(tree) }
        guard let root = xmlDocGetRootElement(tree) else { throw InputError.noText(path: path) }

        let article = HTMLText.articleRoot(in: root)
        let paragraphs = HTMLText.paragraphs(in: article)
        guard !paragraphs.isEmpty else { throw InputError.noText(path: path) }
        let metadata = HTMLMetadata(root: root, article: article)

        var document = Document(id: id, text: paragraphs.joined(separator: "\n\n"), source: path)
        document.extractedFrom = "html"
        document.title = metadata.title
        if let found = publicationDate(metadata, paragraphs: paragraphs) {
            document.dct = found.date
            document.dctValue = found.value.flatMap(PageDate.isoTimestamp)
            document.dctSource = found.source
        }
        return AnnotatedDocument(document: document, timexes: [], events: [])
    }

    /// Parses in recover mode with the encoding decided beforehand. libxml2's HTML parser has no
    /// option that loads entities or DTDs, and NONET keeps it off the network. It stops at
    /// elements nested deeper than 256 (`InputLimits.nestingDepth`), dropping the rest of the
    /// page: that is an error here, not a shorter text.
    static func parse(_ bytes: [UInt8], encoding: String, path: String) throws -> htmlDocPtr? {
        _ = LibXML.initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        // NOERROR silences the parser's own reports; encoding and I/O errors go to the structured
        // handler, which collects them here instead of printing to standard error.
        let log = LibXML.ErrorLog()
        let tree = log.capture {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    htmlReadMemory(chars.baseAddress, Int32(chars.count), path, encoding, options)
                }
            }
        }
        if log.messages.contains(where: { $0.contains("Excessive depth") }) {
            if let tree { xmlFreeDoc(tree) }
            throw InputLimits.tooDeep(path)
        }
        return tree
    }
}
