package org.quotedesk.checking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.quote.StatementRef;
import org.quotedesk.catalogue.source.SourceRef;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.speaker.SpeakerRef;
import org.quotedesk.catalogue.statement.Wording;

/** The comparison and the verdict, without an index: quotes written here, compared with texts written here. */
class VerdictsTest {

    private static final long ANNA = 1;
    private static final long BORIS = 2;
    private static final GivenSpeaker ANNA_GIVEN = new GivenSpeaker("Anna", List.of(ANNA));
    private static final GivenSpeaker NOBODY = new GivenSpeaker("Nobody", List.of());

    private static long ids;

    private static QuoteDto quote(long speaker, String text) {
        long id = ++ids;
        return new QuoteDto(id, text, QuoteType.DIRECT, new SpeakerRef(speaker, "Speaker " + speaker,
                SpeakerKind.PERSON, null), null, null, DatePrecision.UNKNOWN, null,
                new SourceRef(id, "Source " + id, null, LocalDate.of(2024, 1, 1), null, null), null, null, null,
                QuoteStatus.UNVERIFIED, "en", false, null, new StatementRef(id, 1), 0, null);
    }

    private static CheckMatch compare(String text, QuoteDto quote) {
        return Comparison.of(Wording.of(text), quote);
    }

    @Test
    void theSameWordsAreSimilarOneWithOneRunOfSameWords() {
        CheckMatch match = compare("we will build the bridge!", quote(ANNA, "We will build the bridge."));
        assertThat(match.similarity()).isEqualTo(1);
        assertThat(match.differences()).extracting(Difference::kind).containsExactly(
                org.quotedesk.catalogue.statement.WordDiff.Kind.SAME);
        assertThat(Verdicts.decide(List.of(match), null)).isEqualTo(Verdict.EXACT);
    }

    @Test
    void aPassageOfFiveWordsOrMoreIsComparedAloneAndTheRestIsContext() {
        QuoteDto long_ = quote(ANNA, "First of all, we will build the bridge over the river, and then we rest.");
        CheckMatch passage = compare("we will build the bridge", long_);
        assertThat(passage.similarity()).isEqualTo(1);
        assertThat(passage.differences()).singleElement().satisfies(d -> {
            assertThat(d.attested()).isEqualTo("we will build the bridge");
            assertThat(long_.text().substring(d.start(), d.end())).isEqualTo("we will build the bridge");
        });
        CheckMatch changed = compare("we will build a bridge over the river", long_);
        assertThat(changed.differences()).extracting(Difference::attested)
                .containsExactly("we will build", "the", "bridge over the river");
        assertThat(changed.differences()).extracting(Difference::checked)
                .containsExactly("we will build", "a", "bridge over the river");
        assertThat(Verdicts.decide(List.of(changed), null)).isEqualTo(Verdict.ALTERED);
    }

    @Test
    void belowSixtyPercentOfTheWordsNothingIsClose() {
        QuoteDto quote = quote(ANNA, "The river will rise again this spring, the engineers warned.");
        assertThat(compare("The river will rise again this spring, the engineers said.", quote)).isNotNull();
        assertThat(compare("The sea may fall again next winter, the farmers hoped.", quote)).isNull();
        assertThat(Verdicts.decide(List.of(), ANNA_GIVEN)).isEqualTo(Verdict.NOT_FOUND);
    }

    @Test
    void anotherSpeakersWordsAreMisattributedUnlessTheSpeakersOwnAreAsClose() {
        String text = "Nine of ten trains ran on time last month";
        CheckMatch boris = compare(text, quote(BORIS, text));
        assertThat(Verdicts.decide(List.of(boris), ANNA_GIVEN)).isEqualTo(Verdict.MISATTRIBUTED);
        assertThat(Verdicts.decide(List.of(boris), NOBODY)).isEqualTo(Verdict.MISATTRIBUTED);
        CheckMatch anna = compare(text, quote(ANNA, "Nine of ten trains ran on time last month."));
        assertThat(Verdicts.decide(List.of(boris, anna), ANNA_GIVEN)).isEqualTo(Verdict.EXACT);
        assertThat(Verdicts.ordered(List.of(boris, anna), ANNA_GIVEN).get(0)).isSameAs(anna);
    }

    @Test
    void someoneElsesCloseButChangedWordsAreOnlyAltered() {
        String text = "Nine of ten trains ran on time last month";
        CheckMatch boris = compare(text, quote(BORIS, "Eight of ten buses ran on time last month"));
        assertThat(boris.similarity()).isLessThan(Verdicts.NEAR_EXACT);
        assertThat(Verdicts.decide(List.of(boris), ANNA_GIVEN)).isEqualTo(Verdict.ALTERED);
    }
}
