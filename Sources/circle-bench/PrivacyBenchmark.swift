import ArgumentParser
import CircleKit
import Foundation

/// `circle-bench privacy`: Circle's anonymiser beside Microsoft Presidio on the labelled corpus
/// in `Benchmarks/privacy` — recall, precision and throughput per kind of identifier, both
/// scored here by one rule (``PrivacyScore``). Presidio runs as a Python subprocess
/// (`Benchmarks/privacy/presidio_side.py`, set up by `make bench-privacy`) and hands back its
/// spans as JSON.
struct PrivacyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy",
        abstract: "Circle's anonymiser beside Presidio on a labelled corpus: recall, precision and MB/s per kind.",
        discussion: """
            Run `make bench-privacy`: it sets up Presidio in a virtual environment under .build-bench and runs

                circle-bench privacy --corpus Benchmarks/privacy/corpus.jsonl --names Benchmarks/privacy/names.json
            """)

    @Option(help: ArgumentHelp("The labelled corpus (JSON lines: text and spans).", valueName: "file"))
    var corpus = "Benchmarks/privacy/corpus.jsonl"

    @Option(help: ArgumentHelp("The participant and case names both tools are given (JSON).", valueName: "file"))
    var names = "Benchmarks/privacy/names.json"

    @Option(help: ArgumentHelp("The Python with presidio-analyzer installed.", valueName: "path"))
    var python = ".build-bench/presidio-venv/bin/python"

    @Option(help: ArgumentHelp("Presidio's results from an earlier run of presidio_side.py, instead of running it.", valueName: "file"))
    var presidioResults: String?

    @Option(help: ArgumentHelp("How many times Circle scans the corpus for its throughput (the median is taken).", valueName: "n"))
    var repetitions = 15

    @Option(name: .customLong("json"), help: ArgumentHelp("Also write the scores to this file.", valueName: "file"))
    var jsonPath: String?

    func run() throws {
        try PrivacyComparison(corpus: corpus, names: names, python: python, presidioResults: presidioResults,
                              repetitions: repetitions, jsonPath: jsonPath).run()
    }
}

