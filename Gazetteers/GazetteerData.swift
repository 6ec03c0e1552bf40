// This target exists only to ship the lists in this folder as a resource bundle
// (SwiftPM needs one source file per target). The library finds the bundle itself,
// without `Bundle.module`, which would crash when the bundle is missing (DESIGN §7).
enum GazetteerData {}
