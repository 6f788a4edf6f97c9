package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A source's language tag chooses the language the extractor reads, when it has that language; what each data file may hold. */
class ReadableLanguageTest {

    @Test
    void aRegionalTagReadsItsLanguage() {
        assertThat(ExtractionService.readableLanguage("de-AT")).isEqualTo("de");
        assertThat(ExtractionService.readableLanguage("EN")).isEqualTo("en");
    }

    @Test
    void aLanguageWithoutADataFileOrNoTagIsDetected() {
        assertThat(ExtractionService.readableLanguage("pt-BR")).isNull();
        assertThat(ExtractionService.readableLanguage(null)).isNull();
    }

    @Test
    void everyListedAbbreviationIsShortEnoughForTheSentenceSplitterToSeeIt() {
        for (String code : Language.CODES) {
            Language language = Language.of(code);
            for (String key : new String[] {"abbreviations", "abbreviated-titles", "number-abbreviations"}) {
                assertThat(language.words(key)).as(code + " " + key)
                        .allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(ArticleLayout.LONGEST_ABBREVIATION));
            }
        }
    }
}
