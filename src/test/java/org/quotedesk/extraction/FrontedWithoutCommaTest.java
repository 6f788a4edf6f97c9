package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A phrase of time or place put before the subject with no comma after it is no part of who speaks. */
class FrontedWithoutCommaTest {

    @Test
    void aTimeOrPlacePhraseWithoutACommaIsCutFromTheSubject() {
        List<Candidate> candidates = extract("On Friday the dock union said wages had \"fallen behind.\"\n\n"
                + "In Molde the harbour board said the quay was \"not safe.\"\n\n"
                + "Earlier this month the central bank said prices were \"rising too fast.\"\n\n"
                + "Two days later a spokeswoman for the port said it was \"reviewing the case.\"\n\n"
                + "Since March the ferry company has said the route is \"on track.\"");
        assertThat(containing(candidates, "fallen behind").speaker().written()).isEqualTo("the dock union");
        assertThat(containing(candidates, "not safe").speaker().written()).isEqualTo("the harbour board");
        assertThat(containing(candidates, "rising too fast").speaker().written()).isEqualTo("the central bank");
        assertThat(containing(candidates, "reviewing the case").speaker().written()).isEqualTo("a spokeswoman for the port");
        assertThat(containing(candidates, "on track").speaker().written()).isEqualTo("the ferry company");
    }

    @Test
    void thePhrasesOwnArticleDoesNotOpenTheSubject() {
        List<Candidate> candidates = extract("In a statement the ministry said the fire was \"under control.\"\n\n"
                + "After the vote the mayor told reporters: \"We lost.\"");
        assertThat(containing(candidates, "under control").speaker().written()).isEqualTo("the ministry");
        assertThat(containing(candidates, "We lost").speaker().written()).isEqualTo("the mayor");
    }

    @Test
    void aParticipleAfterAClauseOpenedBySuchAPhraseHasTheClausesSubject() {
        List<Candidate> candidates = extract("In March the ferry company cut 300 jobs, saying demand was \"weak.\"\n\n"
                + "Last year the dock union released a report, adding that wages had \"fallen behind.\"");
        assertThat(containing(candidates, "weak").speaker().written()).isEqualTo("the ferry company");
        assertThat(containing(candidates, "fallen behind").speaker().written()).isEqualTo("the dock union");
    }
}
