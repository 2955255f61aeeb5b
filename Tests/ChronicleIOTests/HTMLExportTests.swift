import Chronicle
import Foundation
import Testing
@testable import ChronicleIO

struct HTMLExportTests {
    @Test(arguments: PictureFixtures.names)
    func isOneSelfContainedPageWithThePictureAndEveryEvent(_ name: String) throws {
        let timeline = PictureFixtures.timeline(name)
        let html = HTMLExport.html(timeline)
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        let page = try MarkupTree.parse(html, path: name + ".html")
        #expect(page.name == "html")
        #expect(page.namespace == "http://www.w3.org/1999/xhtml")
        #expect(PictureFixtures.activeParts(of: page) == [])
        let policy = page.elements(named: "meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }
        #expect(policy?.attributes["content"]?.hasPrefix("default-src 'none';") == true)
        #expect(page.elements(named: "style").count == 1)
        #expect(!(page.elements(named: "style").first?.text.contains("@import") ?? true))
        let pictures = page.elements(named: "svg")
        #expect(pictures.count == 1)
        #expect(pictures.first?.namespace == "http://www.w3.org/2000/svg")
        #expect(page.child(named: "head")?.child(named: "title")?.text == PictureFixtures.cleaned(TimelineLabels.title(timeline)))

        let multiple = timeline.documents.count > 1
        let events = timeline.eventsByID
        /// A row's cells as the page says them: the events' wording, the clause, the document.
        func expected(_ group: [TimelineEvent]) -> [String] {
            var cells = [group.map { PictureFixtures.cleaned(TimelineLabels.label(of: $0)) }.joined(separator: " · "), PictureFixtures.cleaned(String(group[0].text))]
            if multiple { cells.append(PictureFixtures.cleaned(TimelineLabels.document(timeline.documents.first { $0.id == group[0].document }!))) }
            return cells
        }
        let tables = page.elements(named: "table")
        if let table = tables.first(where: { $0.attributes["class"] == "timeline" }) {
            let header = table.child(named: "thead")?.elements(named: "th").map(\.text)
            #expect(header == ["Date", "Event", "Sentence"] + (multiple ? ["Document"] : []))
            let bodies = table.children.filter { $0.name == "tbody" }
            #expect(bodies.count == timeline.entries.count)
            for (body, entry) in zip(bodies, timeline.entries) {
                let groups = HTMLExport.byClause(entry.events.compactMap { events[$0] })
                let rows = body.children.filter { $0.name == "tr" }
                #expect(rows.count == groups.count)
                #expect(rows.first?.child(named: "th")?.text == PictureFixtures.cleaned(entry.display))
                #expect(rows.first?.child(named: "th")?.attributes["rowspan"] == String(groups.count))
                for (row, group) in zip(rows, groups) {
                    #expect(row.children.filter { $0.name == "td" }.map(\.text) == expected(group))
                }
            }
        } else {
            #expect(timeline.entries.isEmpty)
        }
        // the events with no place on the axis, each once
        let lists = tables.filter { $0.attributes["class"] == "events" }
        let ids = [timeline.undated, timeline.unanchored].filter { !$0.isEmpty }
        #expect(lists.count == ids.count)
        for (table, ids) in zip(lists, ids) {
            let rows = table.child(named: "tbody")?.children.map { $0.children.map(\.text) }
            #expect(rows == HTMLExport.byClause(ids.compactMap { events[$0] }).map(expected))
        }
    }

    @Test func thePictureIsTheSVGExportWithoutItsHeading() throws {
        let html = HTMLExport.html(ExportFixtures.merged)
        #expect(html.contains(SVGExport.svg(ExportFixtures.merged, header: false)))
        #expect(!html.contains(SVGExport.svg(ExportFixtures.merged)))
        #expect(HTMLExport.html(ExportFixtures.merged) == html)
    }

    @Test func hostileTextComesBackAsWritten() throws {
        let page = try MarkupTree.parse(HTMLExport.html(PictureFixtures.hostile), path: "hostile.html")
        let text = PictureFixtures.cleaned(PictureFixtures.hostileText)
        #expect(page.elements(named: "h1").map(\.text) == [text])
        #expect(page.elements(named: "th").contains { $0.text == text })
        #expect(page.elements(named: "td").contains { $0.text == text + " 1" })
        #expect(PictureFixtures.activeParts(of: page) == [])
        #expect(page.elements(named: "script").isEmpty)
    }

    @Test func documentsAreNamedWithTheirSourceAndDate() throws {
        let page = try MarkupTree.parse(HTMLExport.html(ExportFixtures.merged), path: "merged.html")
        let items = try #require(page.elements(named: "ul").first { $0.attributes["class"] == "documents" }).children
        #expect(items.count == 2)
        #expect(items.map(\.text) == [
            "Putin scoffed at Biden plans for military bases in Central Asia, source \(ExportFixtures.root.path)/Samples/central-asia-bases.txt, dated 2021-08-20 (front matter)",
            PictureFixtures.cleaned(ExportFixtures.trickyTitle) + ", source <stdin>, dated 2021-08-20",
        ])
        // the swatch of each is its colour in the picture
        #expect(items.compactMap { $0.child(named: "span")?.attributes["style"] } == SVGExport.palette.prefix(2).map { "background:" + $0 })
    }
}
