import Testing
@testable import Chronicle

/// The dynamic oracle, followed from the start, must rebuild every projective gold tree: heads
/// and labels. Run on the committed sample always, and on EWT's dev set when it is present.
struct ArcEagerOracleTests {
    /// Trees the oracle rebuilds, and projective trees it got wrong (by sentence id line).
    static func rebuild(_ sentences: [CoNLLUSentence]) -> (rebuilt: Int, failures: [Int]) {
        let inventory = SyntaxTraining.Inventory(sentences)
        let root = inventory.labels.firstIndex(of: "root")!
        let rules = DependencyParser.withoutWeights(labelCount: inventory.labels.count, rootLabel: root)
        var rebuilt = 0
        var failures: [Int] = []
        var costs = [Int](repeating: 0, count: rules.classCount)
        for sentence in sentences where sentence.isProjective {
            let gold = SyntaxTraining.TrainingSentence(sentence, inventory: inventory)
            var state = ArcEagerState(wordCount: sentence.words.count, labelCount: inventory.labels.count)
            gold.heads.withUnsafeBufferPointer { heads in
                gold.labels.withUnsafeBufferPointer { labels in
                    while !state.isFinal {
                        state.classCosts(gold: heads, goldLabels: labels, into: &costs)
                        guard let c = (0..<rules.classCount).first(where: { costs[$0] == 0 && rules.allows($0, in: state) }) else { break }
                        let (move, label) = state.move(ofClass: c)
                        state.apply(move, label: label)
                    }
                }
            }
            if Array(state.heads.dropFirst()) == Array(gold.heads.dropFirst()) && Array(state.labels.dropFirst()) == Array(gold.labels.dropFirst()) {
                rebuilt += 1
            } else {
                failures.append(sentence.firstLine)
            }
        }
        return (rebuilt, failures)
    }

    @Test func rebuildsTheSampleTrees() throws {
        let sample = try SyntaxFixtures.sample()
        let result = Self.rebuild(sample)
        #expect(result.failures.isEmpty)
        #expect(result.rebuilt == sample.filter(\.isProjective).count)
        #expect(result.rebuilt >= 35)
    }

    @Test func rebuildsEveryProjectiveDevTree() throws {
        guard let dev = try SyntaxFixtures.dev() else { return }
        let result = Self.rebuild(dev)
        #expect(result.failures.isEmpty, "first failures at lines \(result.failures.prefix(5))")
        #expect(result.rebuilt > 1_900)
    }

    @Test func aWrongMoveCostsTheArcsItLoses() throws {
        // "She left", with "She" on the stack: left-arc is the gold arc; right-arc (She -> left)
        // and shift both lose left's arc from the root and She's arc from left
        let sentence = try CoNLLU.read("1\tShe\t_\t_\t_\t_\t2\tnsubj\t_\t_\n2\tleft\t_\t_\t_\t_\t0\troot\t_\t_\n\n")[0]
        let inventory = SyntaxTraining.Inventory([sentence])
        let gold = SyntaxTraining.TrainingSentence(sentence, inventory: inventory)
        var state = ArcEagerState(wordCount: 2, labelCount: inventory.labels.count)
        state.apply(.shift, label: 0)
        let costs = gold.heads.withUnsafeBufferPointer { state.costs(gold: $0) }
        #expect(costs.left == 0)
        #expect(costs.right == 2)
        #expect(costs.shift == 2)
        #expect(costs.reduce == .max)
    }
}
