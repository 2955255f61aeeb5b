import Chronicle
import ArgumentParser
import Foundation

/// News-like text for benchmarks: articles made of the sample articles' paragraphs, shuffled
/// with a fixed seed, each with its own publication date. The same seed and size give the
/// same bytes on every machine.
struct BenchCorpus {
    struct Article {
        var name: String
        var dct: String
        var body: String
    }

    let paragraphs: [String]

    /// The paragraphs of the plain-text articles in `folder` (front matter dropped).
    init(samples folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var paragraphs: [String] = []
        for name in names {
            let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
            var body = Substring(text)
            if body.hasPrefix("---\n"), let end = body.dropFirst(4).range(of: "\n---\n") { body = body[end.upperBound...] }
            paragraphs += body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0.count > 40 }
        }
        guard !paragraphs.isEmpty else { throw ValidationError("no paragraphs in the .txt files of \(folder)") }
        self.paragraphs = paragraphs
    }

    /// Articles of 6 to 14 paragraphs until their bodies hold `bytes` bytes.
    func articles(bytes: Int, seed: UInt64 = 1) -> [Article] {
        var random = SeededRandom(seed: seed)
        var articles: [Article] = []
        var total = 0
        while total < bytes {
            let year = 2012 + random.next(below: 13)
            let dct = "\(year)-" + pad(1 + random.next(below: 12)) + "-" + pad(1 + random.next(below: 28))
            var pool = paragraphs
            var chosen: [String] = []
            for _ in 0..<min(pool.count, 6 + random.next(below: 9)) { chosen.append(pool.remove(at: random.next(below: pool.count))) }
            let body = chosen.joined(separator: "\n\n") + "\n"
            articles.append(Article(name: "article-" + String(articles.count + 1), dct: dct, body: body))
            total += body.utf8.count
        }
        return articles
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Writes the articles as files with front matter into `folder` (the many-articles layout).
    static func writeArticles(_ articles: [Article], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for article in articles {
            let path = (folder as NSString).appendingPathComponent(article.name + ".txt")
            try Data("---\ndct: \(article.dct)\n---\n\(article.body)".utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// Writes the articles' bodies as one document (the one-document layout), dated by the first.
    static func writeDocument(_ articles: [Article], to path: String) throws {
        let body = articles.map(\.body).joined(separator: "\n")
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("---\ndct: \(articles.first?.dct ?? "2021-08-20")\n---\n\(body)".utf8).write(to: URL(fileURLWithPath: path))
    }
}

/// A 64-bit linear congruential generator: the same numbers everywhere for a seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E3779B97F4A7C15 | 1 }

    mutating func next(below bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
