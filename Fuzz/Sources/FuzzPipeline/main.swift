import CFuzzerDriver
import ChronicleFuzzing
import Foundation

// libFuzzer runs `FuzzTarget.pipeline` on every input; see Fuzz/README.md.
exit(chronicle_run_fuzzer(CommandLine.argc, CommandLine.unsafeArgv) { FuzzRun.one(.pipeline, $0, $1) })
