package org.quotedesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Words ranked by frequency, drawn by Zipf's law (frequency ∝ 1 / rank^1.07, as in English text).
 * The top ranks are real English function and common words, so that stop words and very common
 * terms weigh as they do in news; the long tail is pronounceable made-up words.
 */
final class Vocabulary {

    private static final String[] COMMON = ("the of and to a in that is was he for it with as his on be at by i"
            + " this had not are but from or have an they which one you were her all she there would their we him"
            + " been has when who will more no if out so said what up its about into than them can only other new"
            + " some could time these two may then do first any my now such like our over man me even most made"
            + " after also did many before must through back years where much your way well down should because"
            + " each just those people how too little state good very make world still own see men work long get"
            + " here between both life being under never day same another know while last might us great old year"
            + " off come since against go came right used take three war government president minister security"
            + " country military people support deal talks crisis peace economy law court police election party"
            + " vote campaign budget tax health public nation force border troops summit leader official spokesman")
            .split(" ");
    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m",
        "n", "p", "pr", "qu", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
    private static final String[] CODAS = {"", "", "n", "r", "s", "t", "l", "nd", "st", "m", "ck"};
    private static final double EXPONENT = 1.07;

    private final List<String> words;
    private final double[] cumulative;

    Vocabulary(int size, long seed) {
        Random random = new Random(seed);
        Set<String> unique = new LinkedHashSet<>(List.of(COMMON));
        while (unique.size() < size) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            unique.add(word.append(CODAS[random.nextInt(CODAS.length)]).toString());
        }
        words = new ArrayList<>(unique);
        cumulative = new double[words.size()];
        double total = 0;
        for (int rank = 0; rank < words.size(); rank++) {
            total += 1 / Math.pow(rank + 1, EXPONENT);
            cumulative[rank] = total;
        }
        for (int rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= total;
        }
    }

    /** A word drawn by frequency. */
    String draw(Random random) {
        int rank = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return words.get(rank < 0 ? Math.min(-rank - 1, words.size() - 1) : rank);
    }

    /** The word at a 0-based frequency rank. */
    String atRank(int rank) {
        return words.get(rank);
    }

    int size() {
        return words.size();
    }

    /** Ranks of the common words: used only as fillers, like "the" in real text. */
    int commonWords() {
        return COMMON.length;
    }
}
