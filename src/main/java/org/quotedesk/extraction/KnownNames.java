package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the names and aliases of the speakers already in the database stand in an article, as whole
 * words. Searching the article once per name made a reading cost the article's length times the
 * database's size (1.6 s for 200,000 characters and 10,000 speakers); here the names are filed by their
 * first word, once for the {@link SpeakerDirectory}, and each article's words are read once.
 */
final class KnownNames {

    /** A name of the {@code speaker}-th speaker, its {@code key}-th key, at {@code start}. */
    record Match(int speaker, int key, int start, int end) {
    }

    private record Name(int speaker, int key, String text) {
    }

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    /** Keys opening with a mark or a hyphen, which have no first word to file them by: searched on their own. */
    private final List<Name> unfiled = new ArrayList<>();

    /** Files each speaker's keys, given speaker by speaker. */
    KnownNames(List<List<String>> keysBySpeaker) {
        for (int s = 0; s < keysBySpeaker.size(); s++) {
            int k = 0;
            for (String key : keysBySpeaker.get(s)) {
                Name name = new Name(s, k++, key);
                if (Character.isLetterOrDigit(key.charAt(0))) {
                    byFirstWord.computeIfAbsent(key.substring(0, wordEnd(key, 0)), w -> new ArrayList<>()).add(name);
                } else {
                    unfiled.add(name);
                }
            }
        }
    }

    /**
     * The occurrences of every speaker's keys in the folded text, speaker by speaker, key by key, in
     * text order: the order a search per key gives.
     */
    List<Match> find(String text, String folded) {
        List<Match> matches = new ArrayList<>();
        unfiled.forEach(name -> searchEach(text, folded, name, matches));
        if (!byFirstWord.isEmpty()) {
            for (int i = 0; i < folded.length(); i++) {
                if (!Character.isLetterOrDigit(folded.charAt(i))
                        || i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
                    continue;
                }
                int wordEnd = wordEnd(folded, i);
                for (Name name : byFirstWord.getOrDefault(folded.substring(i, wordEnd), List.of())) {
                    if (folded.startsWith(name.text(), i) && whole(text, folded, name.text(), i)) {
                        matches.add(new Match(name.speaker(), name.key(), i, i + name.text().length()));
                    }
                }
                i = wordEnd - 1;
            }
        }
        matches.sort(Comparator.comparingInt(Match::speaker).thenComparingInt(Match::key).thenComparingInt(Match::start));
        return matches;
    }

    private static void searchEach(String text, String folded, Name name, List<Match> matches) {
        int i = folded.indexOf(name.text());
        while (i >= 0) {
            if (whole(text, folded, name.text(), i)) {
                matches.add(new Match(name.speaker(), name.key(), i, i + name.text().length()));
            }
            i = folded.indexOf(name.text(), i + 1);
        }
    }

    /** The name is whole words; a one-word name is a name only when capitalised: "the West", not "the west of the country". */
    private static boolean whole(String text, String folded, String key, int at) {
        return FoldedText.wholeAt(folded, at, key.length()) && (key.contains(" ") || Character.isUpperCase(text.charAt(at)));
    }

    private static int wordEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
