/// A unified diff (`diff -u` layout, three lines of context) of two texts, from the standard
/// library's `CollectionDifference` over their lines.
public enum UnifiedDiff {
    /// The unified diff from `old` to `new`, with `context` lines around each change and the
    /// headers naming `oldName` and `newName`; empty when the texts are the same.
    public static func diff(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        // the edit script as a walk over both texts: (kind, index in a, index in b)
        let difference = b.difference(from: a)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        enum Kind { case same, remove, insert }
        var script: [(kind: Kind, a: Int, b: Int)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, removed.contains(i) { script.append((.remove, i, j)); i += 1 }
            else if j < b.count, inserted.contains(j) { script.append((.insert, i, j)); j += 1 }
            else { script.append((.same, i, j)); i += 1; j += 1 }
        }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var k = 0
        while k < script.count {
            guard script[k].kind != .same else { k += 1; continue }
            // a hunk: this change and the ones within 2 × context lines of it, with context around
            let start = max(0, k - context)
            var end = k
            var lastChange = k
            while end < script.count, end - lastChange <= 2 * context {
                if script[end].kind != .same { lastChange = end }
                end += 1
            }
            end = min(script.count, lastChange + context + 1)
            let hunk = script[start..<end]
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .remove }.count
            let oldStart = oldCount == 0 ? hunk.first!.a : hunk.first!.a + 1
            let newStart = newCount == 0 ? hunk.first!.b : hunk.first!.b + 1
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: out += " " + a[step.a] + "\n"
                case .remove: out += "-" + a[step.a] + "\n"
                case .insert: out += "+" + b[step.b] + "\n"
                }
            }
            k = end
        }
        return out
    }

    private static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
