package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a pattern's every match must begin with, read from the pattern itself: "told" for
 * {@code \btold (?:{name} )?radio\b}, "in" and "during" for {@code \b(?:in|during) an? interview\b}.
 * A sentence that holds none of them cannot hold a match, and is not searched: in an article of
 * many short quotes, the venue patterns' passes over every sentence were a quarter of the reading.
 *
 * <p>Only the shapes the data files use are read: {@code \b} and then a word, a group of words, or a
 * word opening with a class of letters ({@code [Ii]n}). Any other pattern has no heads (null), and
 * its sentences are all searched.
 */
final class LiteralHeads {

    private static final String QUANTIFIERS = "?*{";

    private LiteralHeads() {
    }

    /** The heads of a pattern made of these alternatives, in small letters, or null when one of them has none. */
    static List<String> of(List<String> alternatives) {
        Set<String> heads = new LinkedHashSet<>();
        for (String alternative : alternatives) {
            List<String> some = of(alternative);
            if (some == null) {
                return null;
            }
            some.forEach(head -> heads.add(head.toLowerCase(Locale.ROOT)));
        }
        return heads.isEmpty() ? null : List.copyOf(heads);
    }

    /** The heads of one alternative ("\btold …"), or null; one holding bars of its own is as many alternatives. */
    static List<String> of(String alternative) {
        List<String> parts = topLevel(alternative);
        if (parts.size() > 1) {
            return of(parts);
        }
        if (!alternative.startsWith("\\b")) {
            return null;
        }
        String rest = alternative.substring(2);
        if (rest.startsWith("(?:")) {
            int close = groupEnd(rest);
            if (close < 0 || close + 1 < rest.length() && QUANTIFIERS.indexOf(rest.charAt(close + 1)) >= 0) {
                return null;
            }
            List<String> heads = new ArrayList<>();
            for (String option : topLevel(rest.substring(3, close))) {
                List<String> some = wordAt(option);
                if (some == null) {
                    return null;
                }
                heads.addAll(some);
            }
            return heads;
        }
        return wordAt(rest);
    }

    /** The literal word that opens the text, with its first letter given by a class ("[Ii]n"), or null. */
    private static List<String> wordAt(String s) {
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 2 || close + 1 < s.length() && QUANTIFIERS.indexOf(s.charAt(close + 1)) >= 0) {
                return null;
            }
            String letters = s.substring(1, close);
            if (!letters.chars().allMatch(Character::isLetter)) {
                return null;
            }
            String after = run(s.substring(close + 1));
            return letters.chars().mapToObj(c -> (char) c + after).toList();
        }
        String word = run(s);
        return word.isEmpty() ? null : List.of(word);
    }

    /** The characters the text opens with that match only themselves, less one a quantifier makes optional. */
    private static String run(String s) {
        int end = 0;
        while (end < s.length() && literal(s.charAt(end))) {
            end++;
        }
        if (end < s.length() && end > 0 && QUANTIFIERS.indexOf(s.charAt(end)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean literal(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '’' || c == '-' || c == '&';
    }

    /** The offset of the parenthesis closing the group the text opens with, or -1. */
    private static int groupEnd(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the bracket closing the class opening at {@code open}, or the text's end. */
    private static int classEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == ']') {
                return i;
            }
        }
        return s.length();
    }

    /**
     * Whether a head (in small letters) is in the range, in any case, where a match may begin with it:
     * where it starts a word, as {@code \b} reads one, when it opens with a letter or a digit; anywhere
     * otherwise. Small letters make the test hold for case-insensitive patterns too: it may find a head
     * a pattern would not, never the other way round.
     */
    static boolean anyIn(List<String> heads, String text, int from, int to) {
        String range = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (String head : heads) {
            boolean word = Character.isLetterOrDigit(head.charAt(0));
            for (int at = range.indexOf(head); at >= 0; at = range.indexOf(head, at + 1)) {
                if (!word || at == 0 || !wordCharacter(range.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The alternatives of a group's content, split at its own bars only. */
    private static List<String> topLevel(String content) {
        List<String> options = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(content, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                options.add(content.substring(start, i));
                start = i + 1;
            }
        }
        options.add(content.substring(start));
        return options;
    }
}
