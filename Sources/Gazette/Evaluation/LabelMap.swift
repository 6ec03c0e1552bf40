/// Renames annotation labels to Gazette's types: `PER=PERSON,ORGANIZATION=ORG`.
///
/// Gold sets come with their own tag sets (CoNLL's PER/ORG/LOC/MISC, OntoNotes'
/// PERSON/ORG/MONEY/…); a label that is not ORG, PERSON, MONEY or PROGRAM once renamed is
/// simply not scored — an unknown tag is a choice of the gold set, not an error in it.
///
/// ```swift
/// let map = try LabelMap(parsing: "PER=PERSON,ORGANIZATION=ORG")
/// map.type(for: "PER")   // .person
/// map.type(for: "LOC")   // nil: not scored
/// ```
public struct LabelMap: Sendable, Equatable {
    /// Label as written → the type name it stands for.
    public var renames: [String: String]

    public init(_ renames: [String: String] = [:]) {
        self.renames = renames
    }

    /// Parses `FROM=TO,FROM=TO`; TO must be one of the four types.
    public init(parsing list: String) throws(LabelMapError) {
        var renames: [String: String] = [:]
        for part in list.split(separator: ",") {
            let pair = part.split(separator: "=", omittingEmptySubsequences: false)
            let from = pair.first.map { String($0.trimmingSpaces) } ?? ""
            let to = pair.count == 2 ? String(pair[1].trimmingSpaces).uppercased() : ""
            guard pair.count == 2, !from.isEmpty, EntityType(rawValue: to) != nil else {
                throw LabelMapError(message: "expected FROM=TYPE pairs (TYPE one of ORG, PERSON, MONEY, PROGRAM), got \"\(part)\"")
            }
            renames[from] = to
        }
        self.renames = renames
    }

    /// The type a label stands for: renamed first, then matched case-insensitively.
    public func type(for label: String) -> EntityType? {
        EntityType(rawValue: (renames[label] ?? label).uppercased())
    }
}

/// A `--map` value that does not parse (a usage error).
public struct LabelMapError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
