import ArgumentParser

@main
struct GazetteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazette",
        abstract: "Extract organizations, people, money amounts and programmes from French and English news, as JSON Lines.",
        discussion: """
            With no subcommand, runs `extract`: `cat article.txt | gazette`.
            Exit codes: 0 success, 1 some inputs failed, 64 usage error, 65 malformed data, 66 input not found.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Batch.self, Eval.self],
        defaultSubcommand: Extract.self
    )
}
