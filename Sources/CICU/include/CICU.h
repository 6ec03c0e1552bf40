#ifndef GAZETTE_CICU_H
#define GAZETTE_CICU_H

#include <stdint.h>

/*
 * A narrow C interface over the system ICU. Only plain C types cross it: Foundation on
 * Linux carries its own ICU, and Swift files that see both sets of headers do not compile.
 * Text is UTF-16 (uint16_t), lengths and offsets are int32_t code units, and every
 * function reports failure through a negative return value or a nonzero *status.
 */

/* ---- Break iterators (word, sentence) ---- */

typedef struct gz_breaker gz_breaker;

enum { GZ_BREAK_WORD = 0, GZ_BREAK_SENTENCE = 1 };

/* Opens a break iterator of the given kind for a locale such as "fr" or "en@ss=standard". */
gz_breaker *gz_breaker_open(int32_t kind, const char *locale, int32_t *status);
void gz_breaker_close(gz_breaker *breaker);

/*
 * Sets the text and writes every boundary after the first (0 is implied) into
 * boundaries[], with the rule status of the segment that ends there into statuses[]
 * (may be NULL). Capacity must be at least length + 1. Returns the count, or -1.
 * The text must stay alive only during the call.
 */
int32_t gz_breaker_boundaries(gz_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity,
                              int32_t *status);

/* Word-break rule status ranges (UWordBreak). */
enum {
    GZ_WORD_NONE = 0, GZ_WORD_NONE_LIMIT = 100,
    GZ_WORD_NUMBER = 100, GZ_WORD_NUMBER_LIMIT = 200,
    GZ_WORD_LETTER = 200, GZ_WORD_LETTER_LIMIT = 300,
    GZ_WORD_KANA = 300, GZ_WORD_KANA_LIMIT = 400,
    GZ_WORD_IDEO = 400, GZ_WORD_IDEO_LIMIT = 500
};

/* ---- Folding for matching ---- */

/*
 * NFKC_Casefold, then canonical decomposition with nonspacing marks removed (accent
 * folding). Writes at most capacity units into dst and returns the needed length, or -1.
 */
int32_t gz_fold(const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity,
                int32_t *status);

/* ---- Spelled-out numbers (rule-based number format, UNUM_SPELLOUT) ---- */

typedef struct gz_spellout gz_spellout;

/* Opens spell-out formatters for a locale such as "fr" or "en": a strict parser now, a lenient
   one ("twenty five", "deux-cent-cinquante") and a writer when first needed. Not thread-safe:
   one user at a time. */
gz_spellout *gz_spellout_open(const char *locale, int32_t *status);
void gz_spellout_close(gz_spellout *spellout);

/*
 * Parses a spelled-out number at the start of text ("deux cent cinquante millions d'euros").
 * Returns the number of UTF-16 units read (0 when nothing parses) and writes the value.
 * With `lenient`, read leniently ("twenty five", "Deux-Cent"): much slower, and the first
 * lenient parse builds a collator; the caller tries strictly first.
 */
int32_t gz_spellout_parse(gz_spellout *spellout, const uint16_t *text, int32_t length, int32_t lenient,
                          double *value, int32_t *status);

/* The public rule set names, ';'-separated ("%spellout-numbering;%spellout-cardinal-feminine;…"). */
int32_t gz_spellout_rulesets(gz_spellout *spellout, uint16_t *dst, int32_t capacity, int32_t *status);

/*
 * Spells out a value with a rule set (NULL or empty: the default one). Writes at most
 * capacity units and returns the needed length, or -1.
 */
int32_t gz_spellout_format(gz_spellout *spellout, const uint16_t *ruleset, int32_t rulesetLength,
                           double value, uint16_t *dst, int32_t capacity, int32_t *status);

/* ---- Currency data (CLDR through ucurr) ---- */

/*
 * The current ISO 4217 codes ICU knows (common, not deprecated), each as 3 ASCII letters
 * followed by NUL, packed in dst (4 bytes each). Returns the count, or -1 when capacity
 * (in codes) is too small.
 */
int32_t gz_currency_codes(char *dst, int32_t capacity, int32_t *status);

enum {
    GZ_CURRENCY_SYMBOL = 0,        /* "$", "€", "CA$" in en; "$US", "$CA" in fr */
    GZ_CURRENCY_NARROW_SYMBOL = 1, /* "$" for many dollars: ambiguous, use with care */
    GZ_CURRENCY_NAME = 2,          /* "US Dollar", "dollar des États-Unis" */
    GZ_CURRENCY_PLURAL_ONE = 3,    /* "US dollar", "dollar canadien" */
    GZ_CURRENCY_PLURAL_OTHER = 4   /* "US dollars", "dollars canadiens" */
};

/*
 * One display form of a currency code ("USD") in a locale. Writes at most capacity units
 * and returns the length, or -1. ICU falls back to the code itself when it has no name.
 */
int32_t gz_currency_name(const char *code, const char *locale, int32_t kind,
                         uint16_t *dst, int32_t capacity, int32_t *status);

#endif
