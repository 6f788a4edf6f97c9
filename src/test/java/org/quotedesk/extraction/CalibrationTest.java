package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotedesk.catalogue.quote.QuoteType;

class CalibrationTest {

    private static final Calibration TABLE = Calibration.parse(List.of(
            "# fitted for this test", "raw\tcalibrated\tcandidates", "0.30\t0.20\t10", "0.60\t0.50\t10",
            "0.90\t0.80\t10"));

    @Test
    void aRawScoreOfTheTableGetsItsValueAndOneBetweenTwoIsInterpolated() {
        assertThat(TABLE.of(0.6)).isEqualTo(0.5);
        assertThat(TABLE.of(0.75)).isEqualTo(0.65);
    }

    @Test
    void beyondTheEndsOfTheTableTheNearestEndHolds() {
        assertThat(TABLE.of(0.05)).isEqualTo(0.2);
        assertThat(TABLE.of(1.0)).isEqualTo(0.8);
    }

    @Test
    void theCalibratedValueNeverFallsAsTheRawScoreRises() {
        double before = 0;
        for (int hundredths = 0; hundredths <= 100; hundredths++) {
            double value = TABLE.of(hundredths / 100.0);
            assertThat(value).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before);
            before = value;
        }
    }

    @Test
    void aTableThatFallsOrLeavesZeroToOneIsRefused() {
        assertThatThrownBy(() -> Calibration.parse(List.of("raw\tcalibrated", "0.3\t0.6", "0.6\t0.4")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Calibration.parse(List.of("raw\tcalibrated", "0.3\t1.2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLanguageWithoutATableKeepsTheRawScore() {
        assertThat(Calibration.forLanguage("xx").of(0.37)).isEqualTo(0.37);
    }

    @Test
    void theShippedEnglishTableRisesWithinZeroToOne() {
        Calibration english = Calibration.forLanguage("en");
        double before = 0;
        for (int hundredths = 5; hundredths <= 100; hundredths++) {
            double value = english.of(hundredths / 100.0);
            assertThat(value).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before);
            before = value;
        }
    }

    @Test
    void onlyQuotedCandidatesAreCalibrated() {
        CandidateSpeaker nobody = new CandidateSpeaker(null, null, null, null, null, null, List.of());
        Candidate direct = new Candidate("We open", 1, 8, QuoteType.DIRECT, nobody, null, null, null,
                LocalDate.of(2024, 1, 1), null, null, 0.6);
        Candidate indirect = new Candidate("that they open", 1, 15, QuoteType.INDIRECT, nobody, null, null, null,
                LocalDate.of(2024, 1, 1), null, null, 0.6);
        List<Candidate> calibrated = TABLE.apply(List.of(direct, indirect));
        assertThat(calibrated.get(0).confidence()).isEqualTo(0.5);
        assertThat(calibrated.get(1).confidence()).isEqualTo(0.6);
        assertThat(calibrated.get(0).text()).isEqualTo("We open");
    }

    @Test
    void theFitPoolsScoresWhoseShareRightFallsAndNeverClaimsCertainty() {
        // 0.5: 3 of 4 right; 0.6: 1 of 4 (falls, so pooled with 0.5: 4 of 8, spread about its 0.5); 0.9: 4 of 4.
        double[] raw = {0.5, 0.5, 0.5, 0.5, 0.6, 0.6, 0.6, 0.6, 0.9, 0.9, 0.9, 0.9};
        boolean[] right = {true, true, true, false, true, false, false, false, true, true, true, true};
        Calibration fitted = IsotonicFit.of(raw, right).calibration();
        assertThat(fitted.of(0.5)).isCloseTo(0.5, within(0.01)).isLessThan(fitted.of(0.6));
        assertThat(fitted.of(0.6)).isCloseTo(0.5, within(0.01));
        assertThat(fitted.of(0.9)).isEqualTo(0.99);
        assertThat(Calibration.parse(IsotonicFit.of(raw, right).table().lines().toList()).of(0.6))
                .isEqualTo(fitted.of(0.6));
    }

    @Test
    void aLowerRawScoreAlwaysReadsLowerOnceFitted() {
        // Every score right as often: one pool, yet each score stays above the one below it.
        double[] raw = {0.6, 0.6, 0.7, 0.7, 0.8, 0.8};
        boolean[] right = {true, false, true, false, true, false};
        Calibration fitted = IsotonicFit.of(raw, right).calibration();
        assertThat(fitted.of(0.6)).isLessThan(fitted.of(0.7));
        assertThat(fitted.of(0.7)).isLessThan(fitted.of(0.8));
        assertThat(fitted.of(0.7)).isEqualTo(0.5);
    }
}
