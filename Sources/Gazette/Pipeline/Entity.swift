import Foundation

/// One extracted entity: what it is, exactly where it is, and why Gazette found it.
public struct Entity: Sendable, Hashable {
    public var type: EntityType
    /// The original text of the span, always equal to the document's slice at `span`.
    public var text: String
    /// The span in scalar, UTF-16 and UTF-8 offsets into the original text.
    public var span: TextSpan
    /// Index of the sentence holding the start of the entity.
    public var sentence: Int
    /// The long form: the list's name, or the name an acronym or surname refers to.
    public var canonical: String?
    /// The gazetteer id, when the entity is (or refers to) a list entry.
    public var id: String?
    /// What found it: `gazetteer`, `rule:money`, `alias:acronym`, …
    public var source: String
    /// How much the source is trusted, 0–1.
    public var score: Double
    /// Amount, currency and qualifier for MONEY.
    public var money: Money?

    /// Start offset in Unicode scalars (Python `str` index).
    public var start: Int { span.scalars.lowerBound }
    /// End offset in Unicode scalars, exclusive.
    public var end: Int { span.scalars.upperBound }
}

/// The normalized reading of a money amount.
public struct Money: Sendable, Hashable {
    /// Words that precede an amount and qualify it; they stay outside the span.
    public enum Qualifier: String, Sendable {
        case about, moreThan = "more_than", lessThan = "less_than", atLeast = "at_least",
             atMost = "at_most", upTo = "up_to"
    }

    /// The amount in currency units; the lower bound of a range. Exact for what was written.
    public var value: Decimal
    /// The upper bound of a range.
    public var max: Decimal?
    /// ISO 4217 code.
    public var currency: String
    public var qualifier: Qualifier?

    public init(value: Decimal, max: Decimal? = nil, currency: String, qualifier: Qualifier? = nil) {
        self.value = value
        self.max = max
        self.currency = currency
        self.qualifier = qualifier
    }
}
