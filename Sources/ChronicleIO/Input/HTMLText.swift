import CLibXML2

/// Finds a page's article body and turns it into paragraphs of plain text.
///
/// The body is the `<article>` element, else `<main>`, else the element whose direct `<p>`
/// children hold the most text, else `<body>`. Inside it, page furniture is dropped (see
/// `isDropped`), block elements end a paragraph, and whitespace inside a paragraph collapses to
/// single spaces.
enum HTMLText {
    /// Elements that never hold article text.
    static let droppedElements: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "button",
        // no readable prose either: the head's <title> is the title, not text; option labels and
        // SVG titles would only add noise
        "head", "template", "svg", "select", "textarea",
    ]

    /// Class and id words that mark comment sections, share widgets and other furniture.
    static let boilerplateWords: Set<String> = [
        "comment", "share", "social", "related", "newsletter", "subscribe", "advert", "advertisement", "promo", "cookie",
    ]

    /// Elements that end a paragraph before and after them.
    static let blockElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "br", "tr", "figcaption", "pre",
        // also blocks when rendered; without them a list or table would run into the next paragraph
        "article", "main", "ul", "ol", "dl", "dt", "dd", "table", "caption", "figure", "hr", "address", "details", "summary",
    ]

    /// Table cells sit side by side: a space between them, not a paragraph break.
    static let cellElements: Set<String> = ["td", "th"]

    // MARK: - Choosing the body

    /// The element holding the article: `<article>` (the one with the most text when there are
    /// several, so teaser cards lose to the story), else `<main>`, else the densest run of `<p>`,
    /// else `<body>` or the root itself.
    static func articleRoot(in root: xmlNodePtr) -> xmlNodePtr {
        for name in ["article", "main"] {
            var best: (node: xmlNodePtr, length: Int)?
            for candidate in outermostElements(named: name, in: root) {
                let length = paragraphs(in: candidate).reduce(0) { $0 + $1.unicodeScalars.count }
                if length > 0, length > best?.length ?? 0 { best = (candidate, length) }
            }
            if let best { return best.node }
        }
        if let densest = densestParagraphParent(in: root) { return densest }
        return outermostElements(named: "body", in: root).first ?? root
    }

    /// Elements with this name that are not inside another one.
    static func outermostElements(named name: String, in node: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        for child in LibXML.elementChildren(node) {
            if LibXML.name(child) == name { found.append(child) } else { found += outermostElements(named: name, in: child) }
        }
        return found
    }

    /// The element whose direct `<p>` children hold the most text, outside dropped furniture (a
    /// long comment thread must not win); nil when the page has no paragraph text at all.
    ///
    /// When the story is split between that element and its siblings or parent (an unclosed
    /// `<div>` that swallowed half the paragraphs, a body cut into sections around ad slots), the
    /// parent is taken instead: that is, when the paragraphs beside the densest element hold at
    /// least half as much text as it does. A sidebar's few lines next to a story do not.
    static func densestParagraphParent(in root: xmlNodePtr) -> xmlNodePtr? {
        var scores: [xmlNodePtr: Int] = [:]
        var best: (node: xmlNodePtr, length: Int)?
        func visit(_ node: xmlNodePtr) {
            var length = 0
            for child in LibXML.elementChildren(node) where !isDropped(child) {
                if LibXML.name(child) == "p" {
                    length += paragraphs(in: child).reduce(0) { $0 + $1.unicodeScalars.count }
                }
                visit(child)
            }
            guard length > 0 else { return }
            scores[node] = length
            if length > best?.length ?? 0 { best = (node, length) }
        }
        visit(root)
        guard let best else { return nil }
        guard let parent = best.node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return best.node }
        let beside = LibXML.elementChildren(parent).reduce(scores[parent] ?? 0) { sum, sibling in
            sibling == best.node ? sum : sum + (scores[sibling] ?? 0)
        }
        return beside * 2 >= best.length ? parent : best.node
    }

    // MARK: - Furniture

    /// Whether an element is page furniture: a dropped element name, or a class or id naming a
    /// comment section, share widget and the like.
    static func isDropped(_ node: xmlNodePtr) -> Bool {
        droppedElements.contains(LibXML.name(node)) || hasBoilerplateName(node)
    }

    static func hasBoilerplateName(_ node: xmlNodePtr) -> Bool {
        for attribute in ["class", "id"] {
            if let value = LibXML.attribute(node, attribute), namesBoilerplate(value) { return true }
        }
        return false
    }

    /// Whether a class or id value has a boilerplate word as a whole part, parts being separated
    /// by spaces, hyphens, underscores or a camelCase hump, compared case-insensitively, plural
    /// allowed: `comments`, `post-share-bar`, `social_links`, `relatedStories` match;
    /// `shared-history` and `commentary` do not.
    static func namesBoilerplate(_ value: String) -> Bool {
        words(in: value).contains { word in
            boilerplateWords.contains(word) || (word.hasSuffix("s") && boilerplateWords.contains(String(word.dropLast())))
        }
    }

    /// The lowercase parts of a class or id value.
    static func words(in value: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for scalar in value.unicodeScalars {
            let isLetterOrDigit = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if !isLetterOrDigit {
                if !current.isEmpty { words.append(current); current = "" }
                previousWasLower = false
                continue
            }
            let isUpper = scalar.properties.isUppercase
            if isUpper, previousWasLower, !current.isEmpty { words.append(current); current = "" }
            current += String(scalar).lowercased()
            previousWasLower = scalar.properties.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    // MARK: - Text

    /// The paragraphs of `root`'s text with furniture dropped; `root` itself is kept whatever its
    /// class says (a story's `<article class="has-share-bar">` is still the story).
    static func paragraphs(in root: xmlNodePtr) -> [String] {
        var builder = ParagraphBuilder()
        builder.walk(root)
        builder.endParagraph()
        return builder.paragraphs
    }

    private struct ParagraphBuilder {
        var paragraphs: [String] = []
        var current = String.UnicodeScalarView()
        var pendingSpace = false
        /// Inside `<pre>` line breaks are the author's, so each line ends a paragraph.
        var preformatted = 0

        mutating func walk(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let c = child {
                switch c.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = c.pointee.content { append(String(cString: content)) }
                case XML_ELEMENT_NODE where !HTMLText.isDropped(c):
                    let name = LibXML.name(c)
                    let block = HTMLText.blockElements.contains(name)
                    if block { endParagraph() }
                    if name == "pre" { preformatted += 1 }
                    walk(c)
                    if name == "pre" { preformatted -= 1 }
                    if block { endParagraph() }
                    if HTMLText.cellElements.contains(name) { pendingSpace = !current.isEmpty }
                default:
                    break
                }
                child = c.pointee.next
            }
        }

        mutating func append(_ text: String) {
            for scalar in text.unicodeScalars {
                if preformatted > 0, scalar == "\n" {
                    endParagraph()
                } else if scalar.properties.isWhitespace || scalar.value < 0x20 {
                    pendingSpace = !current.isEmpty
                } else if Self.isInvisible(scalar) {
                    continue
                } else {
                    if pendingSpace { current.append(" ") }
                    pendingSpace = false
                    current.append(scalar)
                }
            }
        }

        mutating func endParagraph() {
            if !current.isEmpty { paragraphs.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingSpace = false
        }

        /// Soft hyphens and zero-width spaces split words for the tokenizer without showing anything.
        static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\u{00AD}" || scalar == "\u{200B}" || scalar == "\u{2060}" || scalar == "\u{FEFF}"
        }
    }
}
