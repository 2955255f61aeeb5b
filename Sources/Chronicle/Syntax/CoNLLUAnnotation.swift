extension SyntaxModel {
    /// `sentences` with UPOS, XPOS, FEATS, LEMMA, HEAD and DEPREL predicted from their FORM
    /// column (gold tokens and sentence breaks); every other column and line is kept.
    public func annotate(_ sentences: [CoNLLUSentence]) -> [CoNLLUSentence] {
        let workspace = Workspace()
        return sentences.map { sentence in
            let (bytes, ranges) = sentence.formBytes
            var output = SentenceAnnotations()
            bytes.withUnsafeBufferPointer { annotate(bytes: $0, ranges: ranges[...], workspace: workspace, output: &output) }
            var annotated = sentence
            bytes.withUnsafeBufferPointer { bytes in
                for i in annotated.words.indices {
                    let tag = output.tags[i]
                    annotated.words[i].upos = upos(tag).description
                    annotated.words[i].xpos = xpos(tag)
                    annotated.words[i].feats = feats[Int(output.feats[i])]
                    annotated.words[i].lemma = lemmatizer.lemma(output.lemmaRules[i], form: UnsafeBufferPointer(rebasing: bytes[ranges[i]]))
                    annotated.words[i].head = Int(output.heads[i])
                    annotated.words[i].deprel = label(output.labels[i])
                }
            }
            return annotated
        }
    }
}

extension CoNLLUSentence {
    /// The FORM column's bytes, concatenated, and each word's range in them: the text a
    /// tagger reads when the tokens are given.
    var formBytes: (bytes: [UInt8], ranges: [Range<Int>]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for word in words {
            let start = bytes.count
            bytes += word.form.utf8
            ranges.append(start..<bytes.count)
        }
        return (bytes, ranges)
    }
}
