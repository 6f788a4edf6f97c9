package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractorWarmUpTest {

    @Test
    void everyLanguageHasAWarmUpArticleThatGoesThroughItsQuotes() {
        Map<String, List<Candidate>> found = ExtractorWarmUp.warmUp(1, 2, SpeakerDirectory.EMPTY);
        assertThat(found.keySet()).containsExactlyElementsOf(Language.CODES);
        // Two copies of an article with quotes of every style: a text without any would leave the speaker rules cold.
        assertThat(found.values()).allSatisfy(candidates -> assertThat(candidates).hasSizeGreaterThanOrEqualTo(12));
    }
}
