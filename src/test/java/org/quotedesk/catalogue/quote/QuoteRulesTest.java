package org.quotedesk.catalogue.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quotedesk.common.FieldErrors;
import org.quotedesk.common.ValidationFailedException;

class QuoteRulesTest {

    private static final String TEXT = "She said: I warn you. I warn you again.";

    @Test
    void aCitationsQuoteHasNoOffsetsAndGivingThemNamesThem() {
        FieldErrors errors = new FieldErrors();
        assertThat(QuoteRules.span("I warn you", null, null, null, errors)).isNull();
        assertThat(errors.isEmpty()).isTrue();

        QuoteRules.span("I warn you", 10, 20, null, errors);
        assertThat(errors.describe()).hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("start: must be empty"))
                .anySatisfy(e -> assertThat(e).startsWith("end: must be empty"));
    }

    @Test
    void offsetsGivenMustFrameTheWords() {
        FieldErrors errors = new FieldErrors();
        QuoteRules.Span span = QuoteRules.span("I warn you", 10, 20, TEXT, errors);
        assertThat(span).isEqualTo(new QuoteRules.Span(10, 20, "I warn you"));
        assertThat(QuoteRules.span("I warn you", 11, 21, TEXT, errors)).isNull();
        assertThat(errors.describe()).singleElement().asString().startsWith("text: must be the source text");
    }

    @Test
    void oneOffsetWithoutTheOtherIsAnErrorOnTheMissingOne() {
        FieldErrors errors = new FieldErrors();
        assertThat(QuoteRules.span("I warn you", 10, null, TEXT, errors)).isNull();
        assertThat(errors.describe()).singleElement().asString().startsWith("end: give it with start");
    }

    @Test
    void withoutOffsetsTheWordsAreLocatedOnceOrNamed() {
        FieldErrors errors = new FieldErrors();
        assertThat(QuoteRules.span("you  again", null, null, TEXT, errors))
                .isEqualTo(new QuoteRules.Span(TEXT.indexOf("you again"), TEXT.indexOf("you again") + 9, "you again"));
        assertThat(errors.isEmpty()).isTrue();

        assertThat(QuoteRules.span("I warn you", null, null, TEXT, errors)).isNull();
        assertThat(QuoteRules.span("I forgive you", null, null, TEXT, errors)).isNull();
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ValidationFailedException.class,
                failure -> assertThat(failure.errors()).extracting(ValidationFailedException.FieldError::field)
                        .containsExactly("start", "text"));
    }

    @Test
    void aQuoteIsNotSaidAfterItsSourceWasPublished() {
        FieldErrors errors = new FieldErrors();
        LocalDate published = LocalDate.of(2024, 3, 2);
        QuoteRules.checkDate(LocalDate.of(2024, 3, 2), DatePrecision.DAY, null, published, errors);
        assertThat(errors.isEmpty()).isTrue();
        QuoteRules.checkDate(LocalDate.of(2024, 3, 3), DatePrecision.DAY, null, published, errors);
        QuoteRules.checkDate(null, DatePrecision.DAY, null, published, errors);
        assertThat(errors.describe()).containsExactly(
                "spokenOn: must not be after the source's publication date, 2024-03-02",
                "datePrecision: must be UNKNOWN when spokenOn is empty");
    }

    @Test
    void aRangeEndsOnItsSecondDateWhichOnlyARangeHas() {
        FieldErrors errors = new FieldErrors();
        LocalDate published = LocalDate.of(2024, 3, 9);
        LocalDate monday = LocalDate.of(2024, 3, 4);
        QuoteRules.checkDate(monday, DatePrecision.BETWEEN, monday.plusDays(2), published, errors);
        assertThat(errors.isEmpty()).isTrue();
        QuoteRules.checkDate(monday, DatePrecision.BETWEEN, null, published, errors);
        QuoteRules.checkDate(monday, DatePrecision.BETWEEN, monday.minusDays(1), published, errors);
        QuoteRules.checkDate(monday, DatePrecision.BETWEEN, monday, published, errors);
        QuoteRules.checkDate(monday, DatePrecision.BETWEEN, published.plusDays(1), published, errors);
        QuoteRules.checkDate(monday, DatePrecision.DAY, monday.plusDays(1), published, errors);
        assertThat(errors.describe()).containsExactly(
                "spokenUntil: is required when datePrecision is BETWEEN: the last day it may have been said",
                "spokenUntil: must be after spokenOn, 2024-03-04 (a single day is datePrecision DAY)",
                "spokenUntil: must be after spokenOn, 2024-03-04 (a single day is datePrecision DAY)",
                "spokenUntil: must not be after the source's publication date, 2024-03-09",
                "spokenUntil: must be empty unless datePrecision is BETWEEN");
    }
}
