/// Finds a member of a JSON text's top-level object as written, without decoding the rest, in
/// one pass: for checks `JSONDecoder` cannot make, since it reads `1.0` and `1` alike.
enum JSONScan {
    /// The bytes of the value of the top-level member `key` (a number's digits, a string with its
    /// quotes), or nil when the text is not an object holding it. Keys are compared as written.
    static func topLevelValue(of key: String, in bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        let wanted = Array(key.utf8)
        let n = bytes.count
        var i = 0
        func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 } }
        /// Moves past a string starting at `i` (a quote); false when it does not end.
        func skipString() -> Bool {
            i += 1
            while i < n {
                if bytes[i] == 0x5C { i += 2; continue }
                if bytes[i] == 0x22 { i += 1; return true }
                i += 1
            }
            return false
        }
        /// Moves past one value: a string, an object or array (to its matching bracket), or a
        /// number or literal (to the next delimiter).
        func skipValue() -> Bool {
            guard i < n else { return false }
            if bytes[i] == 0x22 { return skipString() }
            if bytes[i] == 0x7B || bytes[i] == 0x5B {
                var depth = 0
                while i < n {
                    switch bytes[i] {
                    case 0x22: if !skipString() { return false }; continue
                    case 0x7B, 0x5B: depth += 1
                    case 0x7D, 0x5D:
                        depth -= 1
                        if depth == 0 { i += 1; return true }
                    default: break
                    }
                    i += 1
                }
                return false
            }
            while i < n, ![0x2C, 0x7D, 0x5D, 0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
            return true
        }

        skipSpace()
        guard i < n, bytes[i] == 0x7B else { return nil }
        i += 1
        while true {
            skipSpace()
            guard i < n, bytes[i] == 0x22 else { return nil }
            let keyStart = i + 1
            guard skipString() else { return nil }
            let isWanted = bytes[keyStart..<(i - 1)].elementsEqual(wanted)
            skipSpace()
            guard i < n, bytes[i] == 0x3A else { return nil }
            i += 1
            skipSpace()
            let valueStart = i
            guard skipValue() else { return nil }
            if isWanted { return Array(bytes[valueStart..<i])[...] }
            skipSpace()
            guard i < n, bytes[i] == 0x2C else { return nil }
            i += 1
        }
    }
}
