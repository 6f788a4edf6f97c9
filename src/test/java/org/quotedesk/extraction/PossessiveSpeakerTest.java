package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A possessive before who speaks ("Greenpeace's Tove Lunde", "the firm's lawyer") is no speaker of its own. */
class PossessiveSpeakerTest {

    @Test
    void aBodysPossessiveBeforeAPersonsNameIsThatPersonsRole() {
        List<Candidate> candidates = extract("\"The court has listened,\" said Greenpeace's Tove Lunde.\n\n"
                + "Amnesty's Rolf Eide said the ruling was \"long overdue.\"");
        Candidate after = containing(candidates, "court has listened");
        assertThat(after.speaker().name()).isEqualTo("Tove Lunde");
        assertThat(after.role()).isEqualTo("Greenpeace");
        Candidate before = containing(candidates, "long overdue");
        assertThat(before.speaker().name()).isEqualTo("Rolf Eide");
        assertThat(before.role()).isEqualTo("Amnesty");
    }

    @Test
    void aPossessiveAfterAnArticleOpensTheNounItOwns() {
        Candidate c = containing(extract("\"We will appeal,\" said the firm's lawyer."), "appeal");
        assertThat(c.speaker().written()).isEqualTo("the firm's lawyer");
    }
}
