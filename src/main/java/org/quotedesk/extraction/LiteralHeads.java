package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a pattern's every match must begin with, read from the pattern itself: "told" for
 * {@code \btold (?:{name} )?radio\b}, "in" and "during" for {@code \b(?:in|during) an? interview\b}.
 * A sentence that holds none of them cannot hold a match, and is not searched: in an article of
 * many short quotes, the venue patterns' passes over every sentence were a quarter of the reading.
 *
 * <p>Only the shapes the data files use are read: {@code \b} and then a word, a group of words, or a
 * word opening with a class of letters ({@code [Ii]n}). A pattern with quoting ({@code \Q}), an empty
 * class's bracket or any {@code (?} but a plain group is not read, nor is any pattern joined to it (an
 * inline flag reaches the patterns after it). Such patterns have no heads (null), and their sentences
 * are all searched.
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
            some.forEach(head -> heads.add(lower(head)));
        }
        return heads.isEmpty() ? null : List.copyOf(heads);
    }

    /** The heads of one alternative ("\btold …"), or null; one holding bars of its own is as many alternatives. */
    static List<String> of(String alternative) {
        if (alternative.contains("\\Q") || alternative.contains("[]") || alternative.contains("[^]")
                || alternative.replace("(?:", "").contains("(?")) {
            return null;
        }
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

    /**
     * The characters the text opens with that match only themselves, less the last when a quantifier
     * or a placeholder ({@code {name}}) follows: a shorter head is still where every match begins.
     */
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
        List<Integer> marks = outside(s);
        return !marks.isEmpty() && s.charAt(marks.get(0)) == ')' ? marks.get(0) : -1;
    }

    /**
     * The offsets of the text's bars outside any group and of the parentheses closing its outermost
     * groups, read past escaped characters and classes.
     */
    private static List<Integer> outside(String s) {
        List<Integer> marks = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 || c == '|' && depth == 0) {
                marks.add(i);
            }
        }
        return marks;
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
     * where it starts a word when it opens with an ASCII letter or digit, anywhere otherwise. Letters are
     * made small one by one, so that a head is found wherever a pattern could match it, case-sensitive
     * or not ("Σ" would become "ς" at a word's end in a whole string). A word starts after anything
     * but an ASCII letter, digit or "_": from Java 19 on, that is all {@code \b} counts as a word's
     * character, and before it more, so the test holds with either.
     */
    static boolean anyIn(List<String> heads, String text, int from, int to) {
        String range = lower(text.substring(from, to));
        for (String head : heads) {
            boolean word = asciiWordCharacter(head.charAt(0)) && head.charAt(0) != '_';
            for (int at = range.indexOf(head); at >= 0; at = range.indexOf(head, at + 1)) {
                if (!word || at == 0 || !asciiWordCharacter(text.charAt(from + at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static boolean asciiWordCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** The alternatives of a group's content, split at its own bars only. */
    private static List<String> topLevel(String content) {
        List<String> options = new ArrayList<>();
        int start = 0;
        for (int at : outside(content)) {
            if (content.charAt(at) == '|') {
                options.add(content.substring(start, at));
                start = at + 1;
            }
        }
        options.add(content.substring(start));
        return options;
    }
}
