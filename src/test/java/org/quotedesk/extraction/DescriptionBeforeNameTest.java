package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quotedesk.extraction.ExtractorTest.containing;
import static org.quotedesk.extraction.ExtractorTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lower-case description right before a person's name ("resident Kari Moe") is the role, not part of the name. */
class DescriptionBeforeNameTest {

    @Test
    void aLowerCaseDescriptionBeforeANameIsItsRole() {
        List<Candidate> candidates = extract("\"It was like a wave of mud,\" said resident Kari Moe.\n\n"
                + "Local farmer Nils Haug said the harvest was \"ruined.\"\n\n"
                + "\"The market is nervous,\" trader Anders Vik said.");
        Candidate resident = containing(candidates, "wave of mud");
        assertThat(resident.speaker().name()).isEqualTo("Kari Moe");
        assertThat(resident.role()).isEqualTo("Resident");
        Candidate farmer = containing(candidates, "ruined");
        assertThat(farmer.speaker().name()).isEqualTo("Nils Haug");
        assertThat(farmer.role()).isEqualTo("Local farmer");
        assertThat(containing(candidates, "market is nervous").speaker().name()).isEqualTo("Anders Vik");
    }

    @Test
    void aBodyAfterItsArticleKeepsItsName() {
        Candidate c = containing(extract("The Vestland Shipping Association said the ban was \"unworkable.\""), "unworkable");
        assertThat(c.speaker().written()).isEqualTo("The Vestland Shipping Association");
    }
}
