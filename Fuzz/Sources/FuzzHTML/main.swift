import CFuzzerDriver
import ChronicleFuzzing
import Foundation

// libFuzzer runs `FuzzTarget.html` on every input; see Fuzz/README.md.
exit(chronicle_run_fuzzer(CommandLine.argc, CommandLine.unsafeArgv) { FuzzRun.one(.html, $0, $1) })
