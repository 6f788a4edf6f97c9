package org.quotedesk.checking;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The verdict on the quotes found close to a checked text, and the order they are shown in. */
final class Verdicts {

    /**
     * Words on record for someone else make a misattribution when they are these words or all but
     * one in ten of them (a misattributed quote travels with small slips of its own); further off,
     * they are only close, and the verdict says altered.
     */
    static final double NEAR_EXACT = 0.9;

    private Verdicts() {
    }

    /**
     * The verdict on {@code matches} (each at least {@link Comparison#CLOSE}): EXACT when one has
     * these words (and is the speaker's, when one is given); MISATTRIBUTED when a speaker is given and
     * the words, or nearly them, are someone else's and closer than anything of the speaker's;
     * otherwise ALTERED, or NOT_FOUND when nothing is close.
     */
    static Verdict decide(List<CheckMatch> matches, GivenSpeaker speaker) {
        if (matches.isEmpty()) {
            return Verdict.NOT_FOUND;
        }
        if (speaker == null) {
            return best(matches, m -> true) == 1 ? Verdict.EXACT : Verdict.ALTERED;
        }
        double own = best(matches, m -> saidBy(m, speaker));
        double others = best(matches, m -> !saidBy(m, speaker));
        if (own == 1) {
            return Verdict.EXACT;
        }
        return others >= NEAR_EXACT && others > own ? Verdict.MISATTRIBUTED : Verdict.ALTERED;
    }

    /**
     * Best first: the most similar; among equals, the speaker's given, then the first reported
     * (earliest publication), then the first stored.
     */
    static List<CheckMatch> ordered(List<CheckMatch> matches, GivenSpeaker speaker) {
        Comparator<CheckMatch> order = Comparator.comparingDouble(CheckMatch::similarity).reversed()
                .thenComparing(m -> speaker == null || !saidBy(m, speaker))
                .thenComparing(m -> m.quote().source().publishedOn(), Comparator.nullsLast(
                        Comparator.<LocalDate>naturalOrder()))
                .thenComparing(m -> m.quote().id());
        return matches.stream().sorted(order).toList();
    }

    private static boolean saidBy(CheckMatch match, GivenSpeaker speaker) {
        return speaker.ids().contains(match.quote().speaker().id());
    }

    private static double best(List<CheckMatch> matches, Predicate<CheckMatch> which) {
        return matches.stream().filter(which).mapToDouble(CheckMatch::similarity).max().orElse(-1);
    }
}
