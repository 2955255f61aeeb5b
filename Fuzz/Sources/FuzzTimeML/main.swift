import CFuzzerDriver
import ChronicleFuzzing
import Foundation

// libFuzzer runs `FuzzTarget.timeml` on every input; see Fuzz/README.md.
exit(chronicle_run_fuzzer(CommandLine.argc, CommandLine.unsafeArgv) { FuzzRun.one(.timeml, $0, $1) })
