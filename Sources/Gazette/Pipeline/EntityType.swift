/// The kinds of entity Gazette extracts.
public enum EntityType: String, Sendable, CaseIterable, Comparable, Codable {
    case org = "ORG"
    case person = "PERSON"
    case money = "MONEY"
    case program = "PROGRAM"

    public static func < (a: EntityType, b: EntityType) -> Bool { a.order < b.order }

    /// Hashes the case, not its raw string (what `RawRepresentable` would do): sets of types
    /// are tested once per entity.
    public func hash(into hasher: inout Hasher) { hasher.combine(order) }

    private var order: Int {
        switch self {
        case .org: 0
        case .person: 1
        case .money: 2
        case .program: 3
        }
    }

    /// Parses a comma-separated list such as "ORG,PERSON" (case-insensitive).
    public static func parseList(_ list: String) -> Set<EntityType>? {
        var types = Set<EntityType>()
        for part in list.split(separator: ",") {
            guard let type = EntityType(rawValue: part.trimmingSpaces.uppercased()) else { return nil }
            types.insert(type)
        }
        return types.isEmpty ? nil : types
    }
}
