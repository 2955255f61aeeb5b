/// Feature templates of the parser, after Zhang & Nivre (2011, "Transition-based dependency
/// parsing with rich non-local features"): words and tags of the stack top (s0), the second stack
/// item (s1) and the first three buffer words (n0, n1, n2); s0's head and grandparent; the left- and
/// rightmost dependents (and second ones) of s0 and n0 with their labels; the distance s0-n0;
/// valencies; and the label sets of s0's and n0's dependents.
///
/// Word values are form hashes and tag numbers indexed by word (0 is the root); -1 is "none".
///
/// The templates come in three parts, so the parser can score the first two once and reuse the
/// scores: `extractBuffer` reads only the first three buffer words, which stay the same over
/// every decision taken while n0 waits (its left arcs, the reduces before it); `extractStackTop`
/// reads s0 and what is fixed about it while it is on the stack (its head and grandparent, its
/// left dependents: a word gets those before it is pushed, or when it is popped; s1 below it),
/// the same every time s0 comes back to the top; `extractRest` reads everything else. The order of the keys
/// changes nothing (a weight is a sum over keys).
enum ParserFeatures {
    static let noWord: UInt64 = 0x5eed_0000_0001
    static let noTag: UInt64 = 0x5eed_0000_0002

    /// All the features of `state`, for training.
    @inline(__always)
    static func extract<S: FeatureSink>(_ sink: inout S, state: ArcEagerState, forms: UnsafeBufferPointer<UInt64>, tagValues tags: UnsafeBufferPointer<UInt64>) {
        extractBuffer(&sink, next: state.next, size: state.size, forms: forms, tagValues: tags)
        extractStackTop(&sink, state: state, forms: forms, tagValues: tags)
        extractRest(&sink, state: state, forms: forms, tagValues: tags)
    }

    /// The features of the buffer's first three words (`next` is n0; `size` ends the buffer).
    @inline(__always)
    static func extractBuffer<S: FeatureSink>(_ sink: inout S, next: Int, size: Int, forms: UnsafeBufferPointer<UInt64>, tagValues tags: UnsafeBufferPointer<UInt64>) {
        @inline(__always) func w(_ i: Int) -> UInt64 { i < size ? forms[i] : noWord }
        @inline(__always) func p(_ i: Int) -> UInt64 { i < size ? tags[i] : noTag }
        typealias H = FeatureHash
        let n0w = w(next), n0p = p(next), n1w = w(next + 1), n1p = p(next + 1), n2w = w(next + 2), n2p = p(next + 2)
        sink.add(H.key(104, n0w, n0p))
        sink.add(H.key(105, n0w))
        sink.add(H.key(106, n0p))
        sink.add(H.key(107, n1w, n1p))
        sink.add(H.key(108, n1w))
        sink.add(H.key(109, n1p))
        sink.add(H.key(110, n2w, n2p))
        sink.add(H.key(111, n2w))
        sink.add(H.key(112, n2p))
        sink.add(H.key(120, n0p, n1p))
        sink.add(H.key(121, n0p, n1p, n2p))
    }

    /// The features of s0 (and of s1 below it) that stay the same while s0 is on the stack.
    @inline(__always)
    static func extractStackTop<S: FeatureSink>(_ sink: inout S, state: ArcEagerState, forms: UnsafeBufferPointer<UInt64>, tagValues tags: UnsafeBufferPointer<UInt64>) {
        @inline(__always) func w(_ i: Int32) -> UInt64 { i < 0 ? noWord : forms[Int(i)] }
        @inline(__always) func p(_ i: Int32) -> UInt64 { i < 0 ? noTag : tags[Int(i)] }
        @inline(__always) func label(_ i: Int32) -> UInt64 { i < 0 ? 255 : UInt64(state.labels[Int(i)]) }
        typealias H = FeatureHash
        let s0 = state.stack[state.stack.count - 1]
        let s0h = state.heads[Int(s0)]
        let s0h2: Int32 = s0h >= 0 ? state.heads[Int(s0h)] : -1
        let s0l = state.leftmost[Int(s0)], s0l2 = state.leftmost2[Int(s0)]
        let s0w = w(s0), s0p = p(s0)
        let s0vl = UInt64(min(state.leftCount[Int(s0)], 7))
        let s0sl = state.leftLabels[Int(s0)]
        let s1: Int32 = state.stack.count > 1 ? state.stack[state.stack.count - 2] : -1
        let s1p = p(s1)
        sink.add(H.key(101, s0w, s0p))
        sink.add(H.key(102, s0w))
        sink.add(H.key(103, s0p))
        sink.add(H.key(135, s0w, s0vl))
        sink.add(H.key(136, s0p, s0vl))
        sink.add(H.key(139, w(s0h)))
        sink.add(H.key(140, p(s0h)))
        sink.add(H.key(141, label(s0)))
        sink.add(H.key(142, w(s0l)))
        sink.add(H.key(143, p(s0l)))
        sink.add(H.key(144, label(s0l)))
        sink.add(H.key(151, w(s0h2)))
        sink.add(H.key(152, p(s0h2)))
        sink.add(H.key(153, label(s0h)))
        sink.add(H.key(154, w(s0l2)))
        sink.add(H.key(155, p(s0l2)))
        sink.add(H.key(156, label(s0l2)))
        sink.add(H.key(163, s0p, p(s0l), p(s0l2)))
        sink.add(H.key(165, s0p, p(s0h), p(s0h2)))
        sink.add(H.key(169, s0w, s0sl))
        sink.add(H.key(170, s0p, s0sl))
        // the second stack item (the same while s0 is on top of it)
        sink.add(H.key(173, w(s1), s1p))
        sink.add(H.key(175, s1p, s0p))
        sink.add(H.key(176, s1p, label(s1), s0p))
    }

    /// The features of the stack and the arcs built so far that change while s0 is on it, and
    /// how they meet n0.
    @inline(__always)
    static func extractRest<S: FeatureSink>(_ sink: inout S, state: ArcEagerState, forms: UnsafeBufferPointer<UInt64>, tagValues tags: UnsafeBufferPointer<UInt64>) {
        @inline(__always) func w(_ i: Int32) -> UInt64 { i < 0 ? noWord : forms[Int(i)] }
        @inline(__always) func p(_ i: Int32) -> UInt64 { i < 0 ? noTag : tags[Int(i)] }
        @inline(__always) func label(_ i: Int32) -> UInt64 { i < 0 ? 255 : UInt64(state.labels[Int(i)]) }
        typealias H = FeatureHash

        let s0 = state.stack[state.stack.count - 1]
        let s1: Int32 = state.stack.count > 1 ? state.stack[state.stack.count - 2] : -1
        let size = Int32(state.size)
        let n0: Int32 = Int32(state.next) < size ? Int32(state.next) : -1
        let n1: Int32 = Int32(state.next) + 1 < size ? Int32(state.next) + 1 : -1
        let s0h = state.heads[Int(s0)]
        let s0l = state.leftmost[Int(s0)]
        let s0r = state.rightmost[Int(s0)], s0r2 = state.rightmost2[Int(s0)]
        let n0l: Int32 = n0 >= 0 ? state.leftmost[Int(n0)] : -1
        let n0l2: Int32 = n0 >= 0 ? state.leftmost2[Int(n0)] : -1

        let s0w = w(s0), s0p = p(s0), n0w = w(n0), n0p = p(n0)
        let n1p = p(n1)
        let s1p = p(s1)

        // pairs
        sink.add(H.key(113, s0w, s0p, H.mix(n0w, n0p)))
        sink.add(H.key(114, s0w, s0p, n0w))
        sink.add(H.key(115, s0w, n0w, n0p))
        sink.add(H.key(116, s0w, s0p, n0p))
        sink.add(H.key(117, s0p, n0w, n0p))
        sink.add(H.key(118, s0w, n0w))
        sink.add(H.key(119, s0p, n0p))
        // triples of tags
        sink.add(H.key(122, s0p, n0p, n1p))
        sink.add(H.key(123, p(s0h), s0p, n0p))
        sink.add(H.key(124, s0p, p(s0l), n0p))
        sink.add(H.key(125, s0p, p(s0r), n0p))
        sink.add(H.key(126, s0p, n0p, p(n0l)))
        // distance
        let distance: UInt64 = n0 < 0 ? 0 : (s0 == 0 ? 15 : Self.distanceBucket(Int(n0 - s0)))
        sink.add(H.key(127, s0w, distance))
        sink.add(H.key(128, s0p, distance))
        sink.add(H.key(129, n0w, distance))
        sink.add(H.key(130, n0p, distance))
        sink.add(H.key(131, s0w, n0w, distance))
        sink.add(H.key(132, s0p, n0p, distance))
        // valency
        let s0vr = UInt64(min(state.rightCount[Int(s0)], 7))
        let n0vl: UInt64 = n0 >= 0 ? UInt64(min(state.leftCount[Int(n0)], 7)) : 8
        sink.add(H.key(133, s0w, s0vr))
        sink.add(H.key(134, s0p, s0vr))
        sink.add(H.key(137, n0w, n0vl))
        sink.add(H.key(138, n0p, n0vl))
        // right dependents of s0, left dependents of n0
        sink.add(H.key(145, w(s0r)))
        sink.add(H.key(146, p(s0r)))
        sink.add(H.key(147, label(s0r)))
        sink.add(H.key(148, w(n0l)))
        sink.add(H.key(149, p(n0l)))
        sink.add(H.key(150, label(n0l)))
        // third order
        sink.add(H.key(157, w(s0r2)))
        sink.add(H.key(158, p(s0r2)))
        sink.add(H.key(159, label(s0r2)))
        sink.add(H.key(160, w(n0l2)))
        sink.add(H.key(161, p(n0l2)))
        sink.add(H.key(162, label(n0l2)))
        sink.add(H.key(164, s0p, p(s0r), p(s0r2)))
        sink.add(H.key(166, n0p, p(n0l), p(n0l2)))
        // label sets
        let s0sr = state.rightLabels[Int(s0)]
        let n0sl: UInt64 = n0 >= 0 ? state.leftLabels[Int(n0)] : 1 << 63
        sink.add(H.key(167, s0w, s0sr))
        sink.add(H.key(168, s0p, s0sr))
        sink.add(H.key(171, n0w, n0sl))
        sink.add(H.key(172, n0p, n0sl))
        // the second stack item, labels
        sink.add(H.key(174, s1p, s0p, n0p))
        sink.add(H.key(177, s0p, label(s0), n0p))
        sink.add(H.key(178, s0w, label(s0), n0p))
    }

    @inline(__always)
    static func distanceBucket(_ d: Int) -> UInt64 {
        switch d {
        case ...4: return UInt64(d)
        case 5...6: return 5
        case 7...9: return 6
        case 10...14: return 7
        default: return 8
        }
    }
}
