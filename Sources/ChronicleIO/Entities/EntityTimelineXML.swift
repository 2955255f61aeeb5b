import Chronicle

/// Entity timelines as XML (`Schemas/chronicle-entities.xsd`, embedded as
/// `ChronicleSchemas.entitiesXSD`): the same content as `EntityTimelineExport`'s JSON, UTF-8,
/// indented, the same bytes on every run.
///
/// ```xml
/// <entityTimelines version="1">
///   <entity name="Steve Jobs">
///     <form>Steve Jobs</form>
///     <form>Jobs</form>
///     <line date="2010-06-07" display="Monday, 7 June 2010">
///       <event kind="unveil" class="OCCURRENCE">
///         <mention document="16844" trigger="unveiled" begin="114" end="122" sentence="2" participation="nsubj" entityText="Steve Jobs"/>
///       </event>
///     </line>
///     <undated/>
///   </entity>
/// </entityTimelines>
/// ```
public enum EntityTimelineXML {
    public static let version = EntityTimelineExport.version

    /// Every entity's timeline as one XML document, with a final newline.
    public static func xml(_ timelines: [EntityTimeline]) -> String {
        let file = EntityTimelineExport.file(timelines)
        let xml = XMLWriter(indent: true)
        xml.start("entityTimelines")
        xml.attribute("version", String(file.version))
        for entity in file.entities {
            xml.start("entity")
            xml.attribute("name", entity.name)
            for form in entity.forms { xml.element("form", form) }
            for line in entity.timeline {
                xml.start("line")
                xml.attribute("date", line.date)
                xml.attribute("display", line.display)
                for event in line.events { write(event, to: xml) }
                xml.end()
            }
            xml.start("undated")
            for event in entity.undated { write(event, to: xml) }
            xml.end()
            xml.end()
        }
        xml.end()
        return xml.finish()
    }

    private static func write(_ event: EntityTimelineExport.Item, to xml: XMLWriter) {
        xml.start("event")
        xml.attribute("kind", event.kind)
        xml.attribute("class", event.eventClass)
        for mention in event.mentions {
            xml.start("mention")
            xml.attribute("document", mention.document)
            xml.attribute("trigger", mention.trigger)
            xml.attribute("begin", String(mention.begin))
            xml.attribute("end", String(mention.end))
            xml.attribute("sentence", String(mention.sentence))
            xml.attribute("participation", mention.participation)
            xml.attribute("entityText", mention.entityText)
            xml.end()
        }
        xml.end()
    }
}
