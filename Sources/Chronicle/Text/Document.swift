/// One input text and what is known about it.
///
/// Offsets into `text` are Unicode-scalar offsets, half-open, as most annotation tools use.
public struct Document: Sendable, Hashable {
    /// A stable identifier: the file name without extension, or the TimeML DOCID.
    public var id: String
    /// The text, as read (front matter and markup removed).
    public var text: String
    /// The document creation time that relative expressions resolve against, when known.
    public var dct: CalendarDate?
    /// The DCT as written in the source (`1998-01-08T18:30`), when it carried more than a date.
    public var dctValue: String?
    /// Where the DCT came from, for people checking a timeline: `option`, `front matter`, `timeml`,
    /// `meta article:published_time`, `json-ld datePublished`, `time element`, `dateline`.
    public var dctSource: String?
    /// Where the text came from: a path, `-` for standard input, or a URL.
    public var source: String?
    /// The headline or title, when the source gives one.
    public var title: String?
    /// The markup `text` was taken from (`html`), when it is not the file's own text: offsets
    /// then count in the extracted text, not in the page.
    public var extractedFrom: String?
    /// The genre to resolve as (`--news`, `--narrative`); nil lets the tagger decide from the text.
    public var genre: Genre?

    /// Resolve against the last explicit date instead of the DCT (histories, biographies), whatever the text suggests.
    public var narrative: Bool {
        get { genre == .narrative }
        set { genre = newValue ? .narrative : (genre == .narrative ? nil : genre) }
    }

    /// A document from its fields; `narrative: true` is `genre: .narrative`.
    public init(id: String, text: String, dct: CalendarDate? = nil, dctValue: String? = nil,
                dctSource: String? = nil, source: String? = nil, title: String? = nil, narrative: Bool = false) {
        self.id = id
        self.text = text
        self.dct = dct
        self.dctValue = dctValue
        self.dctSource = dctSource
        self.source = source
        self.title = title
        self.genre = narrative ? .narrative : nil
    }
}
