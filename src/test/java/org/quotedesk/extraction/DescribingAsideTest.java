package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A phrase set off by commas between the subject and its verb describes the subject; it names nobody. */
class DescribingAsideTest {

    @Test
    void aPhraseOpenedByAPastFormOrAnAdverbIsNoSpeaker() {
        List<Candidate> candidates = extract("The harbour survey, released on Monday, said wages were \"stagnating.\"\n\n"
                + "The study, published by the Vestland Institute, said the quay was \"unsafe.\"\n\n"
                + "The mayor, visibly angry, said the ferry plan was \"dead.\"");
        assertThat(containing(candidates, "stagnating").speaker().written()).isEqualTo("The harbour survey");
        assertThat(containing(candidates, "unsafe").speaker().written()).isEqualTo("The study");
        assertThat(containing(candidates, "dead").speaker().written()).isEqualTo("The mayor");
    }

    @Test
    void aCountWithARelativePronounIsNoSpeaker() {
        Candidate c = containing(extract("Residents of the island, many of whom lost their boats, said they were \"angry.\""), "angry");
        assertThat(c.speaker().written()).isEqualTo("Residents of the island");
    }
}
