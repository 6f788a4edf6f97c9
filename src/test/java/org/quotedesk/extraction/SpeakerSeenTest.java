package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a speaker was last met before an offset, the look-up every description and back-reference asks. */
class SpeakerSeenTest {

    @Test
    void theLastMentionBeforeTheOffsetCountsAndNoneBeforeTheFirst() {
        SpeakerBook.Speaker berg = new SpeakerBook.Speaker(null, "Anna Berg", true, null, null);
        berg.see(40);
        berg.see(10);
        berg.see(25);
        berg.see(25);
        assertThat(berg.lastSeenBefore(10)).isEqualTo(-1);
        assertThat(berg.lastSeenBefore(11)).isEqualTo(10);
        assertThat(berg.lastSeenBefore(25)).isEqualTo(10);
        assertThat(berg.lastSeenBefore(26)).isEqualTo(25);
        assertThat(berg.lastSeenBefore(1_000)).isEqualTo(40);
    }
}
