#include "ChronicleModels.h"

_Alignas(16) static const unsigned char data[] = {
#embed "word-senses.txt"
};

const unsigned char *chronicle_word_senses(void) { return data; }
size_t chronicle_word_senses_size(void) { return sizeof(data); }
