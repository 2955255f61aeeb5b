import Foundation
import Testing

/// Runs the built `chronicle` executable end to end: output, error messages, exit codes.
struct CommandLineTests {
    @Test func tagsTheFoundingSample() throws {
        let result = try CLI.run(["tag", "--format", "text", CLI.samples.appendingPathComponent("central-asia-bases.txt").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("DATE\t2021-08-18\tWednesday"))
        #expect(result.stdout.contains("DATE\t200 START\tthe early 2000s"))
        #expect(result.stderr.isEmpty)
    }

    @Test func readsStandardInputWithADCT() throws {
        let result = try CLI.run(["tag", "--dct", "2021-08-20", "-"], stdin: "The summit was held in June.")
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let documents = json?["documents"] as? [[String: Any]]
        #expect(documents?.first?["id"] as? String == "stdin")
        #expect((documents?.first?["timexes"] as? [[String: Any]])?.first?["value"] as? String == "2021-06")
    }

    @Test func withoutADCTValuesStayUnderspecified() throws {
        let result = try CLI.run(["tag", "--format", "text", "-"], stdin: "They met in June and again on Wednesday.")
        #expect(result.stdout.contains("XXXX-06"))
        #expect(result.stdout.contains("XXXX-WXX-3"))
        #expect(result.status == 0)
        #expect(result.stderr == "chronicle: warning: -: no creation time found; relative dates left open; use --dct\n")
    }

    @Test func tagJSONSaysWhichGenreAndWhy() throws {
        let history = "In September 1939, Germany invaded Poland; in April 1940 it turned north. In June, France fell. In 1941 the war spread east, and in May 1945 it ended."
        let found = try CLI.run(["tag", "--dct", "2009-12-19", "-"], stdin: history)
        let forced = try CLI.run(["tag", "--dct", "2009-12-19", "--news", "-"], stdin: history)
        for (result, name, isForced) in [(found, "narrative", false), (forced, "news", true)] {
            #expect(result.status == 0)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let genre = (json?["documents"] as? [[String: Any]])?.first?["genre"] as? [String: Any]
            #expect(genre?["name"] as? String == name)
            #expect(genre?["forced"] as? Bool == isForced)
            #expect((genre?["reasons"] as? [String])?.isEmpty == false)
        }
    }

    @Test func newsAndNarrativeContradictEachOther() throws {
        for command in ["tag", "build", "evaluate"] {
            let result = try CLI.run([command, "--news", "--narrative", "-"], stdin: "x")
            #expect(result.status == 64, "\(command)")
            #expect(result.stderr.contains("--news and --narrative contradict each other"), "\(command)")
        }
    }

    @Test func writesTimeMLThatKeepsTheText() throws {
        let result = try CLI.run(["tag", "--format", "timeml", "--dct", "2021-08-20", "-"], stdin: "Prices <fell> & rose on Friday.")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Prices &lt;<EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT>&gt; &amp; "))
        #expect(result.stdout.contains(" on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-08-20\""))
        #expect(result.stdout.contains("functionInDocument=\"CREATION_TIME\""))
        // events, their instances and their links
        #expect(result.stdout.contains(#"<EVENT eid="e2" class="OCCURRENCE">rose</EVENT>"#))
        #expect(result.stdout.contains(#"<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST""#))
        #expect(result.stdout.contains(#"relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1""#))
    }

    @Test func namesAMissingFileAndFailsWithExitCode1() throws {
        let result = try CLI.run(["tag", "/no/such/article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "chronicle: error: /no/such/article.txt: no such file\nchronicle: error: nothing written\n")
    }

    @Test func saysWhenAFolderHoldsNothingToRead() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["tag", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr == "chronicle: error: \(folder.path): no files to read (looked for .htm, .html, .jsonl, .md, .tml, .txt, .xml)\nchronicle: error: nothing written\n")
    }

    @Test func reportsInvalidUTF8WithItsPosition() throws {
        let path = try CLI.temporaryFile("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" on Friday".utf8))
        let result = try CLI.run(["tag", path])
        #expect(result.status == 1)
        #expect(result.stderr == "chronicle: error: \(path):1:4: invalid UTF-8 (byte offset 3)\nchronicle: error: nothing written\n")
    }

    @Test func refusesBinaryFiles() throws {
        let path = try CLI.temporaryFile("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        let result = try CLI.run(["tag", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("looks like a binary file"))
    }

    @Test func reportsMalformedTimeMLWithLibxml2sLine() throws {
        let path = try CLI.temporaryFile("broken.tml", Array("<TimeML>\n<TEXT>\nopen <TIMEX3>tag\n</TEXT>\n</TimeML>\n".utf8))
        let result = try CLI.run(["tag", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("chronicle: error: \(path): malformed XML: line 4:"))
    }

    @Test func keepsGoingAfterABadFileAndSaysSoInTheExitCode() throws {
        let good = try CLI.temporaryFile("good.txt", Array("It rained on Friday.".utf8))
        let result = try CLI.run(["tag", "--format", "text", "--dct", "2021-08-20", "/no/such.txt", good])
        #expect(result.status == 1)
        #expect(result.stdout.contains("2021-08-20\tFriday"))
        #expect(result.stderr.contains("/no/such.txt: no such file"))
    }

    @Test func rejectsABadDCTAsAUsageError() throws {
        let result = try CLI.run(["tag", "--dct", "20/08/2021", "-"], stdin: "x")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--dct must be a date in the form YYYY-MM-DD"))
    }

    @Test func evaluatesAgainstGoldTimeML() throws {
        let gold = """
        <TimeML><DOCID>g1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2021-08-20" functionInDocument="CREATION_TIME">2021-08-20</TIMEX3></DCT>
        <TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="2021-08-18">Wednesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P3H">three hours</TIMEX3> and on Monday.</TEXT></TimeML>
        """
        let path = try CLI.temporaryFile("g1.tml", Array(gold.utf8))
        let dir = (path as NSString).deletingLastPathComponent
        let result = try CLI.run(["evaluate", dir, "--verbose"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("gold timexes 2, system timexes 3"))
        #expect(result.stdout.contains("relaxed      0.667   1.000   0.800"))
        #expect(result.stdout.contains("spurious  sys  'Monday'"))
    }

    @Test func evaluatesEachSubfolderOfAGoldFolderApart() throws {
        let root = try CLI.temporaryFolder()
        for (folder, weekday) in [("A", "Wednesday"), ("B", "Tuesday")] {
            let dir = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let gold = """
            <TimeML><DOCID>\(folder)</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2021-08-20" functionInDocument="CREATION_TIME">2021-08-20</TIMEX3></DCT>
            <TEXT>They met on <TIMEX3 tid="t1" type="DATE" value="2021-08-18">\(weekday)</TIMEX3>.</TEXT></TimeML>
            """
            try Data(gold.utf8).write(to: dir.appendingPathComponent("\(folder).tml"))
        }
        let result = try CLI.run(["evaluate", root.path, "--summary"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("== \(root.appendingPathComponent("A").path)\n"))
        #expect(result.stdout.contains("== \(root.appendingPathComponent("B").path)\n"))
        // Wednesday is 2021-08-18; Tuesday resolves to 2021-08-17, a wrong value in B only
        #expect(result.stdout.components(separatedBy: "value          1.000   1.000").count == 2)
    }

    @Test func refusesAGoldFolderWithoutTimeML() throws {
        let empty = try CLI.temporaryFolder()
        let result = try CLI.run(["evaluate", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(empty.path): no gold TimeML files (.tml)"))
    }
}
