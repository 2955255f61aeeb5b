// The data files of Chronicle's models, embedded in the binary by the C compiler (`#embed`), so
// the library and the command-line tool work from any directory with nothing to install.
// `chronicle train` rewrites the data files; a rebuild recompiles only the file that embeds them.
#ifndef CHRONICLE_MODELS_H
#define CHRONICLE_MODELS_H
#include <stddef.h>

/// The event detector and classifier (`event.model`, written by `chronicle train`).
const unsigned char *chronicle_event_model(void);
size_t chronicle_event_model_size(void);

/// Part of speech and WordNet classes of English word forms (`word-senses.txt`, written by
/// Tools/generate_word_senses.py).
const unsigned char *chronicle_word_senses(void);
size_t chronicle_word_senses_size(void);

/// The part-of-speech tagger, lemmatizer and dependency parser (`syntax.model`, written by
/// `chronicle train --syntax`).
const unsigned char *chronicle_syntax_model(void);
size_t chronicle_syntax_model_size(void);

#endif
