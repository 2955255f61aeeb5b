#include "ChronicleModels.h"

_Alignas(16) static const unsigned char data[] = {
#embed "syntax.model"
};

const unsigned char *chronicle_syntax_model(void) { return data; }
size_t chronicle_syntax_model_size(void) { return sizeof(data); }
