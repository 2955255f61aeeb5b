/// The arc-eager transition system (Nivre 2003) with a single root, and its dynamic oracle
/// (Goldberg & Nivre 2012): the cost of a move is the number of gold arcs it makes unreachable.
///
/// Words are numbered from 1; 0 is the artificial root, which stays at the bottom of the stack.
/// The buffer is always the contiguous range `next..<size`. A labeled move is a class number:
/// 0 shift, 1 reduce, `2 + l` left-arc with label `l`, `2 + labels + l` right-arc with label `l`.
struct ArcEagerState {
    enum Move: Int {
        case shift = 0, reduce, left, right
    }

    /// Number of words plus the root.
    let size: Int
    let labelCount: Int
    var stack: [Int32]
    var next: Int
    /// Head of each word, -1 while it has none (index 0 is the root's, always -1).
    var heads: [Int32]
    var labels: [UInt8]
    var leftmost: [Int32], leftmost2: [Int32], rightmost: [Int32], rightmost2: [Int32]
    var leftCount: [UInt8], rightCount: [UInt8]
    /// Bit sets of the labels of each word's left and right dependents.
    var leftLabels: [UInt64], rightLabels: [UInt64]
    /// The word attached to the root, once there is one.
    var rootChild: Int32 = -1

    init(wordCount: Int, labelCount: Int) {
        size = wordCount + 1
        self.labelCount = labelCount
        stack = [0]
        stack.reserveCapacity(size)
        next = 1
        heads = Array(repeating: -1, count: size)
        labels = Array(repeating: 0, count: size)
        leftmost = Array(repeating: -1, count: size)
        leftmost2 = leftmost
        rightmost = leftmost
        rightmost2 = leftmost
        leftCount = Array(repeating: 0, count: size)
        rightCount = leftCount
        leftLabels = Array(repeating: 0, count: size)
        rightLabels = leftLabels
    }

    var top: Int { Int(stack[stack.count - 1]) }
    var bufferEmpty: Bool { next >= size }
    /// True when no move remains except popping what is left on the stack.
    var isFinal: Bool { next >= size }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: return next < size
        case .reduce: return stack.count > 1 && heads[top] >= 0
        case .left: return stack.count > 1 && heads[top] < 0 && next < size
        case .right: return next < size && (top != 0 || rootChild < 0)
        }
    }

    func move(ofClass c: Int) -> (Move, Int) {
        if c == 0 { return (.shift, 0) }
        if c == 1 { return (.reduce, 0) }
        if c < 2 + labelCount { return (.left, c - 2) }
        return (.right, c - 2 - labelCount)
    }

    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift:
            stack.append(Int32(next)); next += 1
        case .reduce:
            stack.removeLast()
        case .left:
            let dependent = stack.removeLast()
            addArc(head: Int32(next), dependent: dependent, label: UInt8(label))
        case .right:
            addArc(head: Int32(top), dependent: Int32(next), label: UInt8(label))
            stack.append(Int32(next)); next += 1
        }
    }

    private mutating func addArc(head: Int32, dependent: Int32, label: UInt8) {
        let h = Int(head), d = Int(dependent)
        heads[d] = head
        labels[d] = label
        if head == 0 { rootChild = dependent }
        if d < h {
            if leftmost[h] < 0 || d < leftmost[h] { leftmost2[h] = leftmost[h]; leftmost[h] = dependent }
            else if leftmost2[h] < 0 || d < leftmost2[h] { leftmost2[h] = dependent }
            leftCount[h] &+= 1
            leftLabels[h] |= 1 << UInt64(label & 63)
        } else {
            if rightmost[h] < 0 || d > rightmost[h] { rightmost2[h] = rightmost[h]; rightmost[h] = dependent }
            else if rightmost2[h] < 0 || d > rightmost2[h] { rightmost2[h] = dependent }
            rightCount[h] &+= 1
            rightLabels[h] |= 1 << UInt64(label & 63)
        }
    }

    /// Words still without a head when the buffer is empty attach to the root's dependent (or the
    /// first of them becomes it), with `label(word)`.
    mutating func finish(rootLabel: Int, label: (Int) -> Int) {
        for d in 1..<size where heads[d] < 0 {
            if rootChild < 0 {
                addArc(head: 0, dependent: Int32(d), label: UInt8(rootLabel))
            } else {
                addArc(head: rootChild, dependent: Int32(d), label: UInt8(label(d)))
            }
        }
        stack = [0]
    }

    // MARK: dynamic oracle

    /// The cost of each unlabeled move against the gold `heads` (1-based words, index 0 unused),
    /// `Int.max` when the move is not allowed.
    func costs(gold: UnsafeBufferPointer<Int32>) -> (shift: Int, reduce: Int, left: Int, right: Int) {
        let s = top
        let b = next
        var shift = Int.max, reduce = Int.max, left = Int.max, right = Int.max
        // gold dependents of s in the buffer, lost by reduce and left
        var sDependentsInBuffer = 0
        if b < size { for d in b..<size where gold[d] == Int32(s) { sDependentsInBuffer += 1 } }
        if isValid(.reduce) { reduce = sDependentsInBuffer }
        if isValid(.left) { left = sDependentsInBuffer + (Int(gold[s]) > b ? 1 : 0) }
        if b < size {
            // b's gold head on the stack, b's gold dependents on the stack still without a head
            var headOnStack = -1
            var dependentsOnStack = 0
            for k in stack {
                if gold[b] == k { headOnStack = Int(k) }
                if k != 0 && gold[Int(k)] == Int32(b) && heads[Int(k)] < 0 { dependentsOnStack += 1 }
            }
            shift = (headOnStack >= 0 ? 1 : 0) + dependentsOnStack
            if isValid(.right) {
                let headElsewhere = (headOnStack >= 0 && headOnStack != s) || Int(gold[b]) > b
                right = (headElsewhere ? 1 : 0) + dependentsOnStack
            }
        }
        return (shift, reduce, left, right)
    }

    /// Cost of every class (labeled move) against gold heads and labels.
    func classCosts(gold: UnsafeBufferPointer<Int32>, goldLabels: UnsafeBufferPointer<UInt8>, into costs: inout [Int]) {
        let c = self.costs(gold: gold)
        costs[0] = c.shift
        costs[1] = c.reduce
        let s = top, b = next
        for l in 0..<labelCount {
            var left = c.left
            if left != .max, b < size, gold[s] == Int32(b), Int(goldLabels[s]) != l { left += 1 }
            costs[2 + l] = left
            var right = c.right
            if right != .max, gold[b] == Int32(s), Int(goldLabels[b]) != l { right += 1 }
            costs[2 + labelCount + l] = right
        }
    }
}
