package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractorWarmUpTest {

    @Test
    void everyLanguageHasAWarmUpArticleThatGoesThroughItsQuotes() {
        Map<String, Integer> found = ExtractorWarmUp.warmUp(1, SpeakerDirectory.EMPTY);
        assertThat(found.keySet()).containsExactlyElementsOf(Language.CODES);
        // Quotes of every style in the article: a text without any would leave the speaker rules cold.
        assertThat(found.values()).allSatisfy(candidates -> assertThat(candidates).isGreaterThanOrEqualTo(6));
    }
}
