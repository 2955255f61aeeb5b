// A timeline from a string, read back by id, merged with a second one, and exported: the
// library surface end to end. `swift run chronicle-example [OUTPUT-DIR]`; CI runs it.
import Chronicle
import ChronicleIO
import Foundation

let chronicler = Chronicler(options: .init(dct: CalendarDate(year: 2024, month: 3, day: 13)))

let council = chronicler.timeline(text: """
    The council approved a budget of $41 million in January. Work started in March 2023 \
    and the bridge will reopen on Monday.
    """, id: "council")
let ferry = chronicler.timeline(text: "The ferry service was expanded last spring.", id: "ferry")
let timeline = council.merged(with: ferry)

for entry in timeline.entries {
    let events = timeline.events(of: entry)
    print(entry.display + ": " + events.map(\.trigger).joined(separator: ", "))
}
if let first = timeline.entries.first?.events.first, let event = timeline.event(id: first) {
    print("\(first) is '\(event.trigger)' in \(event.document): \(event.text)")
}

print(timeline.export(as: .md, markdown: .init(mermaid: false)))

let arguments = CommandLine.arguments.dropFirst()
if let folder = arguments.first {
    let path = (folder as NSString).appendingPathComponent("example.svg")
    try timeline.write(as: .svg, to: path)
    print("wrote \(path) (\(timeline.exportData(as: .svg).count) bytes)")
}
