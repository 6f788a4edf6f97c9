package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A source's language tag chooses the language the extractor reads, when it has that language. */
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
}
