package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The speakers already in the database with their names filed for reading: each name's and alias's
 * key, the first speaker of each key, the people by surname and the names by first word. Filing
 * 10,000 speakers took about a third of a 200,000-character reading, so it is done once for a state
 * of the database and shared, read-only, by every reading until the speakers change.
 */
public final class SpeakerDirectory {

    /** No speaker known: what a reading without a database sees. */
    public static final SpeakerDirectory EMPTY = new SpeakerDirectory(List.of());

    private final List<KnownSpeaker> speakers;
    private final List<List<String>> keys = new ArrayList<>();
    private final Map<String, Integer> firstByKey = new HashMap<>();
    /** The same keys in order, so that the names starting with a few words are found without reading them all. */
    private final NavigableMap<String, Integer> sortedKeys = new TreeMap<>();
    private final Map<String, List<Integer>> bySurname = new HashMap<>();
    private final int[] keyLengthsLongestFirst;
    private final KnownNames names;

    private SpeakerDirectory(List<KnownSpeaker> speakers) {
        this.speakers = List.copyOf(speakers);
        TreeSet<Integer> lengths = new TreeSet<>(Collections.reverseOrder());
        for (int i = 0; i < this.speakers.size(); i++) {
            KnownSpeaker speaker = this.speakers.get(i);
            List<String> own = keysOf(speaker);
            keys.add(own);
            for (String key : own) {
                firstByKey.putIfAbsent(key, i);
                sortedKeys.putIfAbsent(key, i);
                lengths.add(key.length());
            }
            String surname = Surnames.surnameKey(speaker.name(), speaker.person());
            if (surname != null) {
                bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(i);
            }
        }
        this.keyLengthsLongestFirst = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.names = new KnownNames(keys);
    }

    /** The keys of a speaker's name and aliases, without repeats, the name's first. */
    static List<String> keysOf(KnownSpeaker speaker) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        keys.add(Names.key(speaker.name()));
        speaker.aliases().forEach(alias -> keys.add(Names.key(alias)));
        keys.remove("");
        return List.copyOf(keys);
    }

    /** The speakers, in the order in which the first of two with the same name is the one read. */
    public static SpeakerDirectory of(List<KnownSpeaker> speakers) {
        return speakers.isEmpty() ? EMPTY : new SpeakerDirectory(speakers);
    }

    public int size() {
        return speakers.size();
    }

    KnownSpeaker get(int index) {
        return speakers.get(index);
    }

    /** The first speaker with this name or alias key, or null. */
    Integer byKey(String key) {
        return firstByKey.get(key);
    }

    /** The speakers of the keys starting with {@code prefix}. */
    Iterable<Integer> startingWith(String prefix) {
        return sortedKeys.subMap(prefix, prefix + Character.MAX_VALUE).values();
    }

    /** The people whose name ends in this key, in the directory's order. */
    List<Integer> withSurname(String surname) {
        return bySurname.getOrDefault(surname, List.of());
    }

    /** The lengths of the keys, longest first: the longest name starting at a place is found by trying each. */
    int[] keyLengthsLongestFirst() {
        return keyLengthsLongestFirst;
    }

    /** Where the names stand in an article. */
    List<KnownNames.Match> findIn(String text, String folded) {
        return names.find(text, folded);
    }
}
