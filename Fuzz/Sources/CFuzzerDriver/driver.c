#include "CFuzzerDriver.h"

// libFuzzer's entry for programs that have their own main (LLVM 12 and later). SwiftPM gives
// every executable target a main of its own, so the fuzz targets start libFuzzer through this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

int chronicle_run_fuzzer(int argc, char **argv, int (*test)(const uint8_t *data, size_t size)) {
    return LLVMFuzzerRunDriver(&argc, &argv, test);
}
