package org.quotedesk.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-sentence pass may skip a range only where searching that range would find nothing. */
class MatchesBySentenceTest {

    private static final Pattern TWEET = Pattern.compile("\\btweet(?:ed|s)?\\b");

    private static boolean mayMatch(String text, Pattern pattern, int from, int to) {
        return new MatchesBySentence(new ArticleLayout(text), pattern).mayMatch(from, to);
    }

    private static boolean found(String text, Pattern pattern, int from, int to) {
        return pattern.matcher(text).region(from, to).find();
    }

    @Test
    void aRangeWithoutTheWordIsSkippedAndOneWithItIsNot() {
        String text = "“We stay,” she said. “We go,” he tweeted on Monday.";
        int second = text.indexOf("he tweeted");
        assertThat(mayMatch(text, TWEET, text.indexOf("she"), text.indexOf('.') + 1)).isFalse();
        assertThat(mayMatch(text, TWEET, second, text.length())).isTrue();
    }

    /** "tweeted" cut after "tweet": a search bounded there finds "tweet", which the sentence's pass never saw. */
    @Test
    void aRangeEndingInsideAWordIsSearched() {
        String text = "“We go,” he tweeted on Monday.";
        int cut = text.indexOf("tweeted") + "tweet".length();
        assertThat(found(text, TWEET, 0, cut)).isTrue();
        assertThat(mayMatch(text, TWEET, 0, cut)).isTrue();
    }

    @Test
    void aRangeStartingInsideAMatchIsSearched() {
        String text = "“We go,” he said in a phone call on Monday.";
        Pattern call = Pattern.compile("\\bphone call\\b|\\bcall on\\b");
        int inside = text.indexOf("call");
        assertThat(found(text, call, inside, text.length())).isTrue();
        assertThat(mayMatch(text, call, inside, text.length())).isTrue();
    }

    @Test
    void aRangeReachingIntoTheNextSentenceIsSearched() {
        String text = "“We go,” he said. He tweeted it.";
        assertThat(mayMatch(text, TWEET, text.indexOf("he said"), text.length())).isTrue();
    }

    /** Random texts of a few words and random ranges: whatever is skipped, a bounded search finds nothing in. */
    @Test
    void noSkippedRangeHoldsAMatch() {
        String[] words = {"tweet", "tweeted", "tweets", "he", "said", "in", "a", "phone", "call", "“", "”", ".", ",",
            "-", "on"};
        Pattern[] patterns = {TWEET, Pattern.compile("\\b(?:in|during) a phone call\\b|\\bphone call\\b"),
            Pattern.compile("\\bsaid [^.,;]{0,12}\\bon\\b")};
        Random random = new Random(14);
        int skipped = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String s = text.toString();
            for (Pattern pattern : patterns) {
                MatchesBySentence pass = new MatchesBySentence(new ArticleLayout(s), pattern);
                for (int r = 0; r < 20; r++) {
                    int from = random.nextInt(s.length());
                    int to = from + random.nextInt(s.length() - from + 1);
                    if (!pass.mayMatch(from, to)) {
                        skipped++;
                        assertThat(found(s, pattern, from, to)).as("%s [%d, %d)", s, from, to).isFalse();
                    }
                }
            }
        }
        assertThat(skipped).isGreaterThan(1000);
    }
}
