// The entry point hands over to libFuzzer (see FuzzSupport).
import FuzzSupport

Fuzz.run { testOneInput($0, $1) }
