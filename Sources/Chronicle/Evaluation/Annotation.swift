/// A time expression as a gold annotation states it: span and attributes.
public struct AnnotatedTimex: Sendable, Hashable {
    public var begin: Int
    public var end: Int
    public var text: String
    public var id: String
    public var type: String
    public var value: String
    public var mod: String?

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
    public var begin: Int
    public var end: Int
    public var text: String
    public var id: String
    public var eventClass: String

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
    public var document: Document
    public var timexes: [AnnotatedTimex]
    public var events: [AnnotatedEvent]
    /// Sentences the source marked (`<s id="3">` in some TimeML corpora): id and span.
    public var sentences: [(id: String, begin: Int, end: Int)]
    /// What the reader passed over and the document is read without ("invalid document creation
    /// time '03-02-2009'..."), each naming the file.
    public var warnings: [String] = []

    public init(document: Document, timexes: [AnnotatedTimex], events: [AnnotatedEvent], sentences: [(id: String, begin: Int, end: Int)] = []) {
        self.document = document
        self.timexes = timexes
        self.events = events
        self.sentences = sentences
    }
}
