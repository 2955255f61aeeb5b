import CFuzzerDriver
import ChronicleFuzzing
import Foundation

// libFuzzer runs `FuzzTarget.jsonlines` on every input; see Fuzz/README.md.
exit(chronicle_run_fuzzer(CommandLine.argc, CommandLine.unsafeArgv) { FuzzRun.one(.jsonlines, $0, $1) })
