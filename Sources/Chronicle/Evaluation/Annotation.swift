/// A time expression as a gold annotation states it: span and attributes.
public struct AnnotatedTimex: Sendable, Hashable {
    /// Where it starts: a Unicode-scalar offset into the document's text.
    public var begin: Int
    /// Where it ends (exclusive).
    public var end: Int
    /// Its text.
    public var text: String
    /// Its TIMEX3 `tid`.
    public var id: String
    /// Its TIMEX3 `type`.
    public var type: String
    /// Its TIMEX3 `value`.
    public var value: String
    /// Its TIMEX3 `mod`, when it has one.
    public var mod: String?

    /// A gold time expression from its attributes.
    public init(begin: Int, end: Int, text: String, id: String, type: String, value: String, mod: String? = nil) {
        self.begin = begin
        self.end = end
        self.text = text
        self.id = id
        self.type = type
        self.value = value
        self.mod = mod
    }
}

/// An event as a gold annotation states it.
public struct AnnotatedEvent: Sendable, Hashable {
    /// Where it starts: a Unicode-scalar offset into the document's text.
    public var begin: Int
    /// Where it ends (exclusive).
    public var end: Int
    /// Its trigger text.
    public var text: String
    /// Its TimeML `eid`.
    public var id: String
    /// Its TimeML `class`.
    public var eventClass: String

    /// A gold event from its attributes.
    public init(begin: Int, end: Int, text: String, id: String, eventClass: String) {
        self.begin = begin
        self.end = end
        self.text = text
        self.id = id
        self.eventClass = eventClass
    }
}

/// A document with its gold annotations (a TimeML file read for evaluation).
public struct AnnotatedDocument: Sendable {
    /// The document: its text, id and creation time.
    public var document: Document
    /// Its gold time expressions, the DCT excluded.
    public var timexes: [AnnotatedTimex]
    /// Its gold events.
    public var events: [AnnotatedEvent]
    /// Sentences the source marked (`<s id="3">` in some TimeML corpora): id and span.
    public var sentences: [(id: String, begin: Int, end: Int)]
    /// What the reader passed over and the document is read without ("invalid document creation
    /// time '03-02-2009'..."), each naming the file.
    public var warnings: [String] = []

    /// A document with its annotations.
    public init(document: Document, timexes: [AnnotatedTimex], events: [AnnotatedEvent], sentences: [(id: String, begin: Int, end: Int)] = []) {
        self.document = document
        self.timexes = timexes
        self.events = events
        self.sentences = sentences
    }
}
