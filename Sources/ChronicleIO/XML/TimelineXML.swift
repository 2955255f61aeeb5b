import Chronicle
import Foundation

/// The timeline as XML (`Schemas/chronicle-timeline.xsd`, embedded as
/// `ChronicleSchemas.timelineXSD`): UTF-8, indented, the same bytes on every run.
///
/// ```xml
/// <chronicle version="2">
///   <documents>
///     <document id="d" dct="2021-08-20" source="d.txt">
///       <title>…</title>
///       <genre name="news" forced="false"><reason>creation time 2021-08-20</reason>…</genre>
///     </document>
///   </documents>
///   <timexes>
///     <timex id="d:t1" document="d" type="DATE" value="2021-06" anchor="d:dct" begin="190" end="194">June</timex>
///   </timexes>
///   <timeline>
///     <entry display="June 2021" earliest="2021-06-01" latest="2021-06-30" granularity="month">
///       <event ref="d:e1"/>
///     </entry>
///     <undated><event ref="d:e5"/></undated>
///     <unanchored><event ref="d:e3"/></unanchored>
///   </timeline>
///   <events>
///     <event id="d:e1" document="d" trigger="scoffed" begin="33" end="40" class="OCCURRENCE"
///            tense="PAST" aspect="NONE" polarity="POS" factual="true" salience="1" mainTimeline="true">
///       <text>the clause</text>
///       <description>Putin scoffed at President Biden's plans</description>
///       <time value="2021-06" earliest="2021-06-01" latest="2021-06-30" granularity="month"
///             relation="IS_INCLUDED" anchor="d:t1" confidence="0.9" display="June 2021"/>
///       <participants><participant>Putin</participant></participants>
///       <place>Geneva</place>
///       <roles><role name="agent" begin="27" end="32">Russian President Vladimir Putin</role></roles>
///       <mentions><mention document="d" trigger="scoffed" begin="33" end="40">the clause</mention></mentions>
///     </event>
///   </events>
/// </chronicle>
/// ```
///
/// Optional attributes and elements (a document's dct, source, title and genre, a timex's mod and anchor, an
/// event's modality, description, attribution, time, participants, place and roles) are left out when the timeline has none.
/// Characters XML 1.0 cannot hold become U+FFFD, one for one, so offsets stay true.
public enum TimelineXML {
    /// The `version` attribute of the root element: the version of the timeline model.
    public static let version = Timeline.version

    /// The whole timeline as an XML document, with a final newline.
    public static func xml(_ timeline: Timeline) -> String {
        let xml = XMLWriter(indent: true)
        xml.start("chronicle")
        xml.attribute("version", String(version))
        writeDocuments(timeline.documents, to: xml)
        writeTimexes(timeline.timexes, to: xml)
        writeTimeline(timeline, to: xml)
        xml.start("events")
        for event in timeline.events { writeEvent(event, to: xml) }
        xml.end()
        xml.end()
        return xml.finish()
    }

    private static func writeDocuments(_ documents: [DocumentInfo], to xml: XMLWriter) {
        xml.start("documents")
        for document in documents {
            xml.start("document")
            xml.attribute("id", document.id)
            if let dct = document.dct { xml.attribute("dct", dct.description) }
            if let dctSource = document.dctSource { xml.attribute("dctSource", dctSource) }
            if let source = document.source { xml.attribute("source", source) }
            if let extractedFrom = document.extractedFrom { xml.attribute("extractedFrom", extractedFrom) }
            if let title = document.title { xml.element("title", title) }
            if let genre = document.genre {
                xml.start("genre")
                xml.attribute("name", genre.genre.rawValue)
                xml.attribute("forced", genre.forced ? "true" : "false")
                for reason in genre.reasons { xml.element("reason", reason) }
                xml.end()
            }
            xml.end()
        }
        xml.end()
    }

    private static func writeTimexes(_ timexes: [TimelineTimex], to xml: XMLWriter) {
        xml.start("timexes")
        for timex in timexes {
            xml.start("timex")
            xml.attribute("id", timex.id)
            xml.attribute("document", timex.document)
            xml.attribute("type", timex.type.rawValue)
            xml.attribute("value", timex.value)
            if let mod = timex.mod { xml.attribute("mod", mod.rawValue) }
            if let anchor = timex.anchor { xml.attribute("anchor", anchor) }
            xml.attribute("begin", String(timex.begin))
            xml.attribute("end", String(timex.end))
            xml.text(timex.text)
            xml.end()
        }
        xml.end()
    }

    private static func writeTimeline(_ timeline: Timeline, to xml: XMLWriter) {
        func reference(_ id: String) {
            xml.start("event")
            xml.attribute("ref", id)
            xml.end()
        }
        xml.start("timeline")
        for entry in timeline.entries {
            xml.start("entry")
            xml.attribute("display", entry.display)
            xml.attribute("earliest", entry.earliest.description)
            xml.attribute("latest", entry.latest.description)
            xml.attribute("granularity", entry.granularity.name)
            entry.events.forEach(reference)
            xml.end()
        }
        xml.start("undated")
        timeline.undated.forEach(reference)
        xml.end()
        xml.start("unanchored")
        timeline.unanchored.forEach(reference)
        xml.end()
        xml.end()
    }

    private static func writeEvent(_ event: TimelineEvent, to xml: XMLWriter) {
        xml.start("event")
        xml.attribute("id", event.id)
        xml.attribute("document", event.document)
        xml.attribute("trigger", event.trigger)
        xml.attribute("begin", String(event.begin))
        xml.attribute("end", String(event.end))
        xml.attribute("class", event.eventClass.rawValue)
        xml.attribute("tense", event.tense.rawValue)
        xml.attribute("aspect", event.aspect.rawValue)
        xml.attribute("polarity", event.polarity.rawValue)
        if let modality = event.modality { xml.attribute("modality", modality) }
        xml.attribute("factual", event.isFactual ? "true" : "false")
        xml.attribute("salience", decimal(event.salience))
        xml.attribute("mainTimeline", event.isInMainTimeline ? "true" : "false")
        xml.element("text", String(event.text))
        if !event.description.isEmpty { xml.element("description", event.description) }
        if let attribution = event.attribution { xml.element("attribution", attribution) }
        if let time = event.time { writeTime(time, to: xml) }
        if !event.participants.isEmpty {
            xml.start("participants")
            for participant in event.participants { xml.element("participant", participant) }
            xml.end()
        }
        if let place = event.place { xml.element("place", place) }
        if !event.roles.isEmpty {
            xml.start("roles")
            for participant in event.roles {
                xml.start("role")
                xml.attribute("name", participant.role.rawValue)
                xml.attribute("begin", String(participant.begin))
                xml.attribute("end", String(participant.end))
                xml.text(participant.text)
                xml.end()
            }
            xml.end()
        }
        xml.start("mentions")
        for mention in event.mentions {
            xml.start("mention")
            xml.attribute("document", mention.document)
            xml.attribute("trigger", mention.trigger)
            xml.attribute("begin", String(mention.begin))
            xml.attribute("end", String(mention.end))
            xml.text(String(mention.text))
            xml.end()
        }
        xml.end()
        xml.end()
    }

    private static func writeTime(_ time: EventTime, to xml: XMLWriter) {
        xml.start("time")
        xml.attribute("value", time.value)
        if let mod = time.mod { xml.attribute("mod", mod.rawValue) }
        if let earliest = time.earliest { xml.attribute("earliest", earliest.description) }
        if let latest = time.latest { xml.attribute("latest", latest.description) }
        if let granularity = time.granularity { xml.attribute("granularity", granularity.name) }
        xml.attribute("relation", time.relation.rawValue)
        xml.attribute("anchor", time.anchor.id)
        xml.attribute("confidence", decimal(time.confidence))
        xml.attribute("display", time.display)
        xml.end()
    }

    /// An `xs:decimal`: Swift's shortest round-trip digits (as the JSON export writes them),
    /// spelled out where Swift would use an exponent (`1e-05`), which xs:decimal does not allow.
    static func decimal(_ value: Double) -> String {
        let shortest = "\(value)"
        guard shortest.contains("e") else { return shortest }
        var digits = String(format: "%.17f", value)
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
        return digits
    }
}
