import CLibXML2
import Foundation

/// What a page says about itself, gathered in one walk over the whole tree: `<meta>` tags, the
/// title, JSON-LD blocks, `<time datetime>` elements and the page's own URL.
struct HTMLMetadata {
    /// One `<meta>`: which attribute named it (`property`, `name` or `itemprop`), that name in
    /// lowercase, and its `content`.
    struct Meta: Equatable {
        var attribute: String
        var key: String
        var content: String
    }

    /// A `<time datetime>` outside comment sections and other furniture.
    struct Time: Equatable {
        var value: String
        /// Inside (or itself) an element whose class or id marks a byline or dateline.
        var inByline: Bool
        /// Inside the element chosen as the article body.
        var inArticle: Bool
        /// The time of the last edit, not of publication: `itemprop="dateModified"`, a class or id
        /// saying "updated" or "modified", or "Updated" written right before it or opening it.
        var isModification: Bool = false
    }

    var metas: [Meta] = []
    var titleElement: String?
    var firstHeading: String?
    /// The text of each `<script type="application/ld+json">`, in page order.
    var jsonLD: [String] = []
    var times: [Time] = []
    /// `datetime` or `content` of non-`<meta>` elements marked `itemprop="datePublished"`.
    var itempropDates: [String] = []
    /// The same for `itemprop="dateModified"`.
    var itempropModifiedDates: [String] = []
    /// The canonical URL and `og:url`, which often carry the year (`/2021/08/20/...`).
    var urls: [String] = []

    /// Class and id fragments that mark a byline or dateline, compared without case, `-` or `_`.
    static let bylineMarkers = ["byline", "dateline", "published", "articledate", "timestamp"]

    /// Elements whose `<time>` is not the story's: navigation, asides, footers, forms.
    static let furnitureForTimes: Set<String> = ["nav", "aside", "footer", "form", "noscript", "template"]

    init(root: xmlNodePtr, article: xmlNodePtr) {
        visit(root, article: article, context: Context(inArticle: root == article))
    }

    /// Where the walk is: dates inside furniture (a comment's timestamp, a teaser's `<time>`) are
    /// not the story's, but page-wide data (`<meta property>`, JSON-LD) counts wherever it sits.
    private struct Context {
        var inByline = false
        var inArticle = false
        var inFurniture = false
    }

    private mutating func visit(_ node: xmlNodePtr, article: xmlNodePtr, context outer: Context) {
        for child in LibXML.elementChildren(node) {
            let name = LibXML.name(child)
            var context = outer
            context.inFurniture = context.inFurniture || Self.furnitureForTimes.contains(name) || HTMLText.hasBoilerplateName(child)
            context.inByline = context.inByline || Self.marksByline(child)
            context.inArticle = context.inArticle || child == article
            switch name {
            case "svg":
                continue  // its <title> is a drawing's, not the page's
            case "script":
                if LibXML.attribute(child, "type")?.trimmingSpaces.lowercased() == "application/ld+json" {
                    jsonLD.append(LibXML.textContent(child))
                }
                continue
            case "meta":
                guard let content = LibXML.attribute(child, "content") else { break }
                for attribute in ["property", "name", "itemprop"] where attribute != "itemprop" || !context.inFurniture {
                    if let key = LibXML.attribute(child, attribute) {
                        metas.append(Meta(attribute: attribute, key: key.trimmingSpaces.lowercased(), content: content))
                    }
                }
                if LibXML.attribute(child, "property")?.lowercased() == "og:url" { urls.append(content) }
            case "link":
                if LibXML.attribute(child, "rel")?.lowercased() == "canonical", let href = LibXML.attribute(child, "href") {
                    urls.append(href)
                }
            case "title":
                if titleElement == nil { titleElement = HTMLText.paragraphs(in: child).joined(separator: " ") }
            case "h1":
                if firstHeading == nil, !context.inFurniture {
                    firstHeading = HTMLText.paragraphs(in: child).joined(separator: " ")
                }
            default:
                break
            }
            if !context.inFurniture {
                if name != "meta", let itemprop = LibXML.attribute(child, "itemprop"), itemprop == "datePublished" || itemprop == "dateModified",
                   let value = LibXML.attribute(child, "datetime") ?? LibXML.attribute(child, "content") {
                    if itemprop == "datePublished" { itempropDates.append(value) } else { itempropModifiedDates.append(value) }
                }
                if name == "time", let value = LibXML.attribute(child, "datetime") {
                    times.append(Time(value: value, inByline: context.inByline, inArticle: context.inArticle,
                                      isModification: Self.marksModification(child)))
                }
            }
            visit(child, article: article, context: context)
        }
    }

    /// Words that, written right before a date or opening it, make it the time of an edit.
    static let modificationWords = ["updated", "updated:", "updated on", "last updated", "last updated:", "modified", "modified:",
                                    "last modified", "last modified:", "edited", "edited:"]

    /// Whether a `<time>` is the time of the last edit (see `Time.isModification`).
    static func marksModification(_ node: xmlNodePtr) -> Bool {
        if LibXML.attribute(node, "itemprop") == "dateModified" { return true }
        for element in [node, node.pointee.parent].compactMap({ $0 }) {
            for attribute in ["class", "id"] {
                guard let value = LibXML.attribute(element, attribute)?.lowercased() else { continue }
                if value.contains("updated") || value.contains("modified") { return true }
            }
        }
        let own = collapse(LibXML.textContent(node)).lowercased()
        if modificationWords.contains(where: { own.hasPrefix($0 + " ") }) { return true }
        // the text just before it: "Updated <time>…</time>"
        var previous = node.pointee.prev
        while let p = previous, p.pointee.type == XML_TEXT_NODE, collapse(LibXML.textContent(p)).isEmpty { previous = p.pointee.prev }
        guard let p = previous else { return false }
        let before = collapse(LibXML.textContent(p)).lowercased()
        return modificationWords.contains { before == $0 || before.hasSuffix(" " + $0) }
    }

    static func marksByline(_ node: xmlNodePtr) -> Bool {
        for attribute in ["class", "id"] {
            guard let value = LibXML.attribute(node, attribute) else { continue }
            let folded = String(value.lowercased().filter { $0 != "-" && $0 != "_" })
            if bylineMarkers.contains(where: folded.contains) { return true }
        }
        return false
    }

    /// The `content` of each `<meta>` named `key` (any case) by one of `attributes`, in page order.
    func meta(_ key: String, attributes: Set<String> = ["property", "name"]) -> [String] {
        let lower = key.lowercased()
        return metas.filter { $0.key == lower && attributes.contains($0.attribute) }.map(\.content)
    }

    /// The title: `og:title`, else `<title>`, else the first `<h1>`; whitespace collapsed.
    var title: String? {
        let candidates = meta("og:title").map { HTMLMetadata.collapse($0) } + [titleElement, firstHeading].compactMap { $0 }
        return candidates.first { !$0.isEmpty }
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: - JSON-LD

    /// schema.org types whose dates are the story's: Article, NewsArticle and NewsArticle's kinds.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
    ]

    /// From each article object in the JSON-LD blocks (top level, in arrays or in `@graph`), in page
    /// order: `datePublished`, else `dateCreated`, with the key it came from. Blocks that are not
    /// valid JSON are skipped; pages often ship broken ones.
    var jsonLDDates: [(key: String, value: String)] { jsonLD(keys: ["datePublished", "dateCreated"]) }

    /// The same for `dateModified`, the time of the last edit.
    var jsonLDModifiedDates: [(key: String, value: String)] { jsonLD(keys: ["dateModified"]) }

    /// The first of `keys` each JSON-LD article object has, in page order.
    private func jsonLD(keys: [String]) -> [(key: String, value: String)] {
        var found: [(key: String, value: String)] = []
        func visit(_ value: Any) {
            if let array = value as? [Any] {
                array.forEach(visit)
            } else if let object = value as? [String: Any] {
                if HTMLMetadata.isArticle(object["@type"]) {
                    for key in keys {
                        if let date = object[key] as? String { found.append((key, date)); break }
                    }
                }
                if let graph = object["@graph"] { visit(graph) }
            }
        }
        for block in jsonLD {
            guard let json = try? JSONSerialization.jsonObject(with: Data(block.utf8), options: [.fragmentsAllowed]) else { continue }
            visit(json)
        }
        return found
    }

    /// Whether an `@type` (a name, a list of names, `schema:NewsArticle` or a schema.org URL) names an article.
    static func isArticle(_ type: Any?) -> Bool {
        let names = (type as? [Any])?.compactMap { $0 as? String } ?? [(type as? String)].compactMap { $0 }
        return names.contains { name in
            let local = name.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init) ?? name
            return articleTypes.contains(local)
        }
    }

    /// Every date-like value the page holds, for the year of a dateline that gives none.
    var yearHints: [Int] {
        let keys = Set((HTMLReader.publicationMetaKeys + HTMLReader.modificationMetaKeys).map { $0.key.lowercased() })
        let values = metas.filter { keys.contains($0.key) }.map(\.content)
            + jsonLDDates.map(\.value) + jsonLDModifiedDates.map(\.value) + times.map(\.value) + itempropDates + itempropModifiedDates
        let fromURLs = urls.flatMap { url in url.split(separator: "/").compactMap { PageDate.fourDigitYear(String($0)) } }
        return values.compactMap(PageDate.year(in:)) + fromURLs
    }
}
