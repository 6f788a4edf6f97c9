package org.quotedesk.catalogue.statement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A text as the words it says: what two reports of one statement are compared on. Case, Unicode
 * compatibility forms, quote marks, punctuation and white space do not count; an apostrophe inside a
 * word does ("don't"). Each word keeps its place in the original text, so differences can be marked there.
 */
public final class Wording {

    /** One word: its normalised form and its UTF-16 offsets in the original text, end exclusive. */
    public record Word(String form, int start, int end) {
    }

    private final String text;
    private final List<Word> words;

    private Wording(String text, List<Word> words) {
        this.text = text;
        this.words = Collections.unmodifiableList(words);
    }

    public static Wording of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int end = i;
            while (end < length) {
                int d = text.codePointAt(end);
                if (Character.isLetterOrDigit(d)) {
                    end += Character.charCount(d);
                } else if (isApostrophe(d) && end + 1 < length && Character.isLetterOrDigit(text.codePointAt(end + 1))) {
                    end += Character.charCount(d);
                } else {
                    break;
                }
            }
            words.add(new Word(normalise(text.substring(start, end)), start, end));
            i = end;
        }
        return new Wording(text, words);
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '′';
    }

    private static String normalise(String word) {
        String form = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return form.replace('’', '\'').replace('ʼ', '\'').replace('′', '\'');
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    /** The normalised words alone, in order. */
    public List<String> forms() {
        return words.stream().map(Word::form).toList();
    }

    /** The original text of words {@code from} to {@code to} (exclusive), as printed between them. */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(words.get(from).start(), words.get(to - 1).end());
    }
}
