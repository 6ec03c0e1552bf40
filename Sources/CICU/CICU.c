#include "CICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/unum.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>
#include <string.h>

struct gz_breaker {
    UBreakIterator *iterator;
};

gz_breaker *gz_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == GZ_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return NULL;
    gz_breaker *breaker = malloc(sizeof *breaker);
    if (!breaker) { ubrk_close(iterator); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

void gz_breaker_close(gz_breaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t gz_breaker_boundaries(gz_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity,
                              int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(breaker->iterator, length > 0 ? (const UChar *)text : empty, length, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return -1;
    int32_t count = 0;
    ubrk_first(breaker->iterator);
    for (int32_t b = ubrk_next(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (count >= capacity) { *status = U_BUFFER_OVERFLOW_ERROR; return -1; }
        boundaries[count] = b;
        if (statuses) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    /* Detach the text: the caller's buffer may move after this call. */
    ubrk_setText(breaker->iterator, empty, 0, &error);
    return count;
}

int32_t gz_fold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity,
                int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *nfkcCasefold = unorm2_getNFKCCasefoldInstance(&error);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&error);
    if (U_FAILURE(error)) { *status = (int32_t)error; return -1; }

    UChar stackA[256], stackB[256];
    UChar *a = stackA, *b = stackB;
    int32_t capA = 256, capB = 256;

    int32_t lenA = unorm2_normalize(nfkcCasefold, (const UChar *)src, length, a, capA, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR; capA = lenA + 1; a = malloc(sizeof(UChar) * capA);
        lenA = unorm2_normalize(nfkcCasefold, (const UChar *)src, length, a, capA, &error);
    }
    if (U_FAILURE(error)) { *status = (int32_t)error; if (a != stackA) free(a); return -1; }

    int32_t lenB = unorm2_normalize(nfd, a, lenA, b, capB, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR; capB = lenB + 1; b = malloc(sizeof(UChar) * capB);
        lenB = unorm2_normalize(nfd, a, lenA, b, capB, &error);
    }
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        if (a != stackA) free(a);
        if (b != stackB) free(b);
        return -1;
    }

    int32_t out = 0;
    for (int32_t i = 0; i < lenB;) {
        UChar32 c;
        int32_t start = i;
        U16_NEXT(b, i, lenB, c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        for (int32_t k = start; k < i; k++) {
            if (out < capacity) dst[out] = b[k];
            out++;
        }
    }
    if (a != stackA) free(a);
    if (b != stackB) free(b);
    *status = 0;
    return out;
}

/* ---- Spelled-out numbers ---- */

struct gz_spellout {
    /* Three formatters, the last two opened when first needed: `strict` reads the usual
       spellings ("deux cent cinquante millions") fast; `lenient` compares through collation,
       costs millions of instructions per call and is asked only when the strict one stops
       on a word; `writer` spells numbers out, with the rule set it is given each time. */
    UNumberFormat *strict;
    UNumberFormat *lenient;
    UNumberFormat *writer;
    char locale[64];
};

static UNumberFormat *gz_spellout_formatter(const char *locale, int lenient, UErrorCode *error) {
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, error);
    if (U_FAILURE(*error)) return NULL;
    if (lenient) unum_setAttribute(format, UNUM_LENIENT_PARSE, 1);
    return format;
}

gz_spellout *gz_spellout_open(const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    if (strlen(locale) >= 64) { *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL; }
    UNumberFormat *strict = gz_spellout_formatter(locale, 0, &error);
    *status = (int32_t)error;
    if (!strict) return NULL;
    gz_spellout *spellout = calloc(1, sizeof *spellout);
    if (!spellout) { unum_close(strict); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    spellout->strict = strict;
    strcpy(spellout->locale, locale);
    return spellout;
}

void gz_spellout_close(gz_spellout *spellout) {
    if (!spellout) return;
    unum_close(spellout->strict);
    if (spellout->lenient) unum_close(spellout->lenient);
    if (spellout->writer) unum_close(spellout->writer);
    free(spellout);
}

int32_t gz_spellout_parse(gz_spellout *spellout, const uint16_t *text, int32_t length, int32_t lenient,
                          double *value, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t position = 0;
    *status = 0;
    *value = 0;
    if (lenient && !spellout->lenient) {
        spellout->lenient = gz_spellout_formatter(spellout->locale, 1, &error);
        if (!spellout->lenient) { *status = (int32_t)error; return 0; }
    }
    UNumberFormat *format = lenient ? spellout->lenient : spellout->strict;
    double parsed = unum_parseDouble(format, (const UChar *)text, length, &position, &error);
    if (U_FAILURE(error) || position <= 0) return 0;
    *value = parsed;
    return position;
}

static UNumberFormat *gz_spellout_writer(gz_spellout *spellout, UErrorCode *error) {
    if (!spellout->writer) spellout->writer = gz_spellout_formatter(spellout->locale, 0, error);
    return spellout->writer;
}

int32_t gz_spellout_rulesets(gz_spellout *spellout, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UNumberFormat *writer = gz_spellout_writer(spellout, &error);
    if (!writer) { *status = (int32_t)error; return -1; }
    int32_t n = unum_getTextAttribute(writer, UNUM_PUBLIC_RULESETS, (UChar *)dst, capacity, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error) && error != U_BUFFER_OVERFLOW_ERROR) return -1;
    return n;
}

int32_t gz_spellout_format(gz_spellout *spellout, const uint16_t *ruleset, int32_t rulesetLength,
                           double value, uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UNumberFormat *writer = gz_spellout_writer(spellout, &error);
    if (!writer) { *status = (int32_t)error; return -1; }
    if (ruleset && rulesetLength > 0) {
        unum_setTextAttribute(writer, UNUM_DEFAULT_RULESET, (const UChar *)ruleset, rulesetLength, &error);
        if (U_FAILURE(error)) { *status = (int32_t)error; return -1; }
    }
    int32_t n = unum_formatDouble(writer, value, (UChar *)dst, capacity, NULL, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error) && error != U_BUFFER_OVERFLOW_ERROR) return -1;
    return n;
}

/* ---- Currency data ---- */

int32_t gz_currency_codes(char *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UEnumeration *codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) return -1;
    int32_t count = 0, length = 0;
    const char *code;
    while ((code = uenum_next(codes, &length, &error)) != NULL && U_SUCCESS(error)) {
        if (length != 3) continue;
        if (count >= capacity) { uenum_close(codes); *status = U_BUFFER_OVERFLOW_ERROR; return -1; }
        memcpy(dst + 4 * count, code, 3);
        dst[4 * count + 3] = 0;
        count++;
    }
    uenum_close(codes);
    *status = (int32_t)error;
    return U_FAILURE(error) ? -1 : count;
}

int32_t gz_currency_name(const char *code, const char *locale, int32_t kind,
                         uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar iso[4];
    u_charsToUChars(code, iso, 3);
    iso[3] = 0;
    UBool isChoiceFormat = 0;
    int32_t length = 0;
    const UChar *name = NULL;
    switch (kind) {
    case GZ_CURRENCY_SYMBOL:
        name = ucurr_getName(iso, locale, UCURR_SYMBOL_NAME, &isChoiceFormat, &length, &error);
        break;
    case GZ_CURRENCY_NARROW_SYMBOL:
        name = ucurr_getName(iso, locale, UCURR_NARROW_SYMBOL_NAME, &isChoiceFormat, &length, &error);
        break;
    case GZ_CURRENCY_NAME:
        name = ucurr_getName(iso, locale, UCURR_LONG_NAME, &isChoiceFormat, &length, &error);
        break;
    case GZ_CURRENCY_PLURAL_ONE:
        name = ucurr_getPluralName(iso, locale, &isChoiceFormat, "one", &length, &error);
        break;
    default:
        name = ucurr_getPluralName(iso, locale, &isChoiceFormat, "other", &length, &error);
        break;
    }
    *status = U_FAILURE(error) ? (int32_t)error : 0;
    if (U_FAILURE(error) || !name) return -1;
    int32_t n = length < capacity ? length : capacity;
    memcpy(dst, name, sizeof(UChar) * n);
    return length;
}
