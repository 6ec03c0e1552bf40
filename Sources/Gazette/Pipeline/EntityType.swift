/// The kinds of entity Gazette extracts.
public enum EntityType: String, Sendable, CaseIterable, Comparable, Codable {
    case org = "ORG"
    case person = "PERSON"
    case money = "MONEY"
    case program = "PROGRAM"

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
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
