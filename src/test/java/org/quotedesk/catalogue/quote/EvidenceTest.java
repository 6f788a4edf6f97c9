package org.quotedesk.catalogue.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quotedesk.common.FieldErrors;

class EvidenceTest {

    private static int errors(String evidence) {
        FieldErrors errors = new FieldErrors();
        Evidence.check(evidence, "evidence", errors);
        return errors.size();
    }

    @Test
    void anHttpAddressIsALinkAndANoteIsText() {
        assertThat(Evidence.link("https://example.org/tape?t=12")).isEqualTo("https://example.org/tape?t=12");
        assertThat(Evidence.link("  http://example.org/a  ")).isEqualTo("http://example.org/a");
        assertThat(Evidence.link("Checked against the broadcast recording: 19:04")).isNull();
        assertThat(Evidence.link("www.example.org")).isNull();
        assertThat(Evidence.link(null)).isNull();
        assertThat(errors("Checked against the broadcast recording: 19:04")).isZero();
        assertThat(errors("https://example.org/tape")).isZero();
    }

    @Test
    void somethingThatLooksLikeALinkMustBeAnHttpAddressWithAHost() {
        assertThat(errors("javascript:alert(1)")).isEqualTo(1);
        assertThat(errors("JAVASCRIPT:alert(1)")).isEqualTo(1);
        assertThat(errors("ftp://example.org/file")).isEqualTo(1);
        assertThat(errors("https:///nohost")).isEqualTo(1);
        assertThat(errors("https://exa mple.org")).isZero();
        assertThat(Evidence.link("data:text/html,x")).isNull();
    }

    @Test
    void everyStatusButUnverifiedNeedsEvidence() {
        assertThat(Evidence.requiredFor(QuoteStatus.VERIFIED)).isTrue();
        assertThat(Evidence.requiredFor(QuoteStatus.DISPUTED)).isTrue();
        assertThat(Evidence.requiredFor(QuoteStatus.MISATTRIBUTED)).isTrue();
        assertThat(Evidence.requiredFor(QuoteStatus.UNVERIFIED)).isFalse();
    }
}
