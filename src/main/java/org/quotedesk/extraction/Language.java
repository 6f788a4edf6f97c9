package org.quotedesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words and marks of one language that the extractor reads, from its data file
 * ({@code language/CODE.txt}; the file {@code language/index.txt} lists the codes). Every line
 * is {@code key: word word …}; a key may come back on several lines, which add up. A word of two
 * or more words joins them with {@code _} ("vergangene_Woche"). The README describes the keys.
 */
public final class Language {

    private static final String FOLDER = "language/";
    /** Keys whose values keep their case: patterns that match names ("told CNN"). */
    private static final String CASED = "venue-";
    private static final Map<String, Language> LOADED = new ConcurrentHashMap<>();

    /** The codes of the languages that have a data file, in the index's order: the first is the default. */
    public static final List<String> CODES = List.of(read(FOLDER + "index.txt").get("languages").split(" "));

    private final String code;
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, SpeechCues.Frame> verbs = new HashMap<>();
    private final Map<Character, String> closers = new LinkedHashMap<>();
    /** Each key's value as written, for lists whose order counts. */
    private final Map<String, String> lines;

    private Language(String code) {
        this.code = code;
        lines = read(FOLDER + code + ".txt");
        lines.forEach((key, value) -> {
            Set<String> set = new HashSet<>();
            for (String w : value.split(" ")) {
                if (!w.isEmpty()) {
                    set.add(w.replace('_', ' '));
                }
            }
            words.put(key, Collections.unmodifiableSet(set));
        });
        for (SpeechCues.Frame frame : SpeechCues.Frame.values()) {
            for (String verb : words(frame.name())) {
                verbs.put(verb, frame);
            }
        }
        for (String pair : words("marks")) {
            closers.merge(pair.charAt(0), pair.substring(1), String::concat);
        }
    }

    /** The language of this code ("de"), or an {@link IllegalArgumentException} when it has no data file. */
    public static Language of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!CODES.contains(c)) {
            throw new IllegalArgumentException("No language " + code + ": one of " + String.join(", ", CODES));
        }
        return LOADED.computeIfAbsent(c, Language::new);
    }

    static Language english() {
        return of("en");
    }

    /**
     * The language whose listed function words ("the", "and" / "der", "und") the text uses most,
     * counted over its first few thousand words; the first of the index when none is used.
     */
    public static Language detect(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Word w : Word.in(text, 0, text.length(), 3000)) {
            String lower = w.lower();
            for (String c : CODES) {
                if (of(c).words("function-words").contains(lower)) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        String best = CODES.get(0);
        for (String c : CODES) {
            if (counts.getOrDefault(c, 0) > counts.getOrDefault(best, 0)) {
                best = c;
            }
        }
        return of(best);
    }

    public String code() {
        return code;
    }

    /** The words listed under a key, lower case but for names; empty when the file has none. */
    Set<String> words(String key) {
        return words.getOrDefault(key, Set.of());
    }

    /** The entries listed under a key in the order written, {@code _} read as a space; empty when the file has none. */
    List<String> inOrder(String key) {
        String value = lines.get(key);
        return value == null ? List.of() : Stream.of(value.split(" ")).map(w -> w.replace('_', ' ')).toList();
    }

    boolean has(String key, String word) {
        return words(key).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word ends in one of the endings listed under the key ("ing", "ly"). */
    boolean endsWith(String key, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : words(key)) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file sets a yes/no key to yes. */
    boolean says(String key) {
        return words(key).contains("yes");
    }

    /** The frame of a speech verb, or null. */
    SpeechCues.Frame frame(String lowerWord) {
        return verbs.get(lowerWord);
    }

    /** The marks that close a passage opened by this one, or null if the language opens none with it. */
    String closersFor(char opener) {
        return closers.get(opener);
    }

    /**
     * A title or function: a listed word, or a compound ending in a listed ending in languages that
     * write compounds as one word ("Bundeskanzlerin", "SPD-Vorsitzende").
     */
    boolean titleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (words("titles").contains(w)) {
            return true;
        }
        for (String ending : words("title-endings")) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "am 12. März": in languages that write ordinals with a full stop, the stop ends no sentence before a month. */
    boolean ordinalBefore(String nextWord) {
        return says("ordinal-dot") && month(nextWord) > 0;
    }

    /**
     * The words listed under these keys as one regular-expression group, longest first so that a
     * phrase wins over its first words; a group that matches nothing when none are listed.
     */
    String oneOf(String... keys) {
        List<String> listed = new ArrayList<>();
        for (String key : keys) {
            words(key).forEach(w -> listed.add(java.util.regex.Pattern.quote(w)));
        }
        listed.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return listed.isEmpty() ? "(?!)" : "(?:" + String.join("|", listed) + ")";
    }

    /** The month (1–12) a word names, or 0. */
    int month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int m = 1; m <= 12; m++) {
            if (words("month" + m).contains(lower)) {
                return m;
            }
        }
        return 0;
    }

    /** Pronouns of any language read: a mention carries no language of its own. */
    static boolean pronounInAny(String lowerWord) {
        return listedInAny("pronouns", lowerWord);
    }

    /** Whether any language lists the word under the key: for what is asked of a name with no language at hand. */
    static boolean listedInAny(String key, String lowerWord) {
        return listedInAny(key).contains(lowerWord);
    }

    /** The words any language lists under the key. */
    static Set<String> listedInAny(String key) {
        return ANY.computeIfAbsent(key, k -> CODES.stream().flatMap(c -> of(c).words(k).stream())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** The words of every language by key, gathered when first asked, after the languages' own statics are ready. */
    private static final Map<String, Set<String>> ANY = new ConcurrentHashMap<>();

    private static Map<String, String> read(String resource) {
        Map<String, String> lines = new LinkedHashMap<>();
        try (InputStream in = Language.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip().replaceAll("\\s+", " ");
                if (key.equals("include")) {
                    read(value).forEach((k, v) -> lines.merge(k, v, (a, b) -> a + " " + b));
                    continue;
                }
                String lowered = key.equals("marks") || key.startsWith(CASED) ? value : value.toLowerCase(Locale.ROOT);
                lines.merge(key, lowered, (a, b) -> a + " " + b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
