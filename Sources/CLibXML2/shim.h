#ifndef CHRONICLE_CLIBXML2_SHIM_H
#define CHRONICLE_CLIBXML2_SHIM_H

// Debian's libxml2 headers include ICU's <unicode/ucnv.h> when LIBXML_ICU_ENABLED is set, and
// ICU's types then clash with the copy of ICU that Foundation exports. Nothing here needs ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlsave.h>

// xmlFree is a global function pointer variable in libxml2 2.9; Swift 6 rejects touching
// global mutable state, so frees go through this function.
static inline void chronicle_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
