#ifndef CHRONICLE_FUZZER_DRIVER_H
#define CHRONICLE_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer (its command line in argc and argv) on `test`, as libFuzzer's own main would.
int chronicle_run_fuzzer(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
