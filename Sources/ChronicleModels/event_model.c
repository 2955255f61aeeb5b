#include "ChronicleModels.h"

_Alignas(16) static const unsigned char data[] = {
#embed "event.model"
};

const unsigned char *chronicle_event_model(void) { return data; }
size_t chronicle_event_model_size(void) { return sizeof(data); }
