import CFuzzerDriver
import ChronicleFuzzing
import Foundation

// libFuzzer runs `FuzzTarget.tagger` on every input; see Fuzz/README.md.
exit(chronicle_run_fuzzer(CommandLine.argc, CommandLine.unsafeArgv) { FuzzRun.one(.tagger, $0, $1) })
