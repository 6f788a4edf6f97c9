package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The speakers of one article: those already in the database, found by their names and aliases,
 * and those the article introduces ("Dmitri Stefanovich, a researcher…"), so that later "he",
 * "Stefanovich" or "the Kremlin spokesman" resolve to them.
 */
final class SpeakerBook {

    /** Someone who speaks in the article. */
    static final class Speaker {
        final Long id;
        final String name;
        final boolean person;
        String role;
        final String affiliation;
        /** 'm' or 'f' once the article says it ("Mr", "spokeswoman", "he" resolved to them), else 0. */
        char gender;
        final List<Integer> seen = new ArrayList<>();

        Speaker(Long id, String name, boolean person, String role, String affiliation) {
            this.id = id;
            this.name = name;
            this.person = person;
            this.role = role;
            this.affiliation = affiliation;
        }

        /** Kept in order by a binary search: sorting on each would make a long article's reading quadratic. */
        void see(int at) {
            int i = Collections.binarySearch(seen, at);
            seen.add(i < 0 ? -i - 1 : i, at);
        }

        boolean seenBefore(int offset) {
            return !seen.isEmpty() && seen.get(0) < offset;
        }

        /** By binary search, as {@link #see} keeps the offsets in order: asked for every speaker at many mentions. */
        int lastSeenBefore(int offset) {
            int low = 0;
            int high = seen.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (seen.get(mid) < offset) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low == 0 ? -1 : seen.get(low - 1);
        }
    }

    /** A known name found in the text. */
    record Occurrence(int start, int end, Speaker speaker) {
    }

    private final String text;
    private final String folded;
    private final SpeakerDirectory directory;
    /** The directory's speakers this reading met, by index: created when first met, as most never are. */
    private final Speaker[] known;
    /** The speakers met or introduced, in the order of the directory and then of their introduction. */
    private final NavigableMap<Integer, Speaker> met = new TreeMap<>();
    /** The keys of the speakers the article introduces (and of its outlet), read after the directory's. */
    private final Map<String, Speaker> byKey = new HashMap<>();
    private final NavigableMap<String, Speaker> sortedKeys = new TreeMap<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Surnames surnames;

    /** The article's speakers: the directory's, and its outlet, when given, as the first one it introduces. */
    SpeakerBook(String text, SpeakerDirectory directory, KnownSpeaker outlet) {
        this.text = text;
        this.folded = FoldedText.fold(text);
        this.directory = directory;
        this.known = new Speaker[directory.size()];
        this.surnames = new Surnames(directory, this::known, i -> this.known[i]);
        for (KnownNames.Match m : directory.findIn(text, folded)) {
            Speaker speaker = known(m.speaker());
            occurrences.add(new Occurrence(m.start(), m.end(), speaker));
            speaker.seen.add(m.start());
        }
        if (outlet != null) {
            Speaker speaker = enter(new Speaker(outlet.id(), outlet.name(), outlet.person(), outlet.role(),
                    outlet.affiliation()));
            List<String> keys = SpeakerDirectory.keysOf(outlet);
            keys.forEach(key -> addKey(speaker, key));
            for (KnownNames.Match m : new KnownNames(List.of(keys)).find(text, folded)) {
                occurrences.add(new Occurrence(m.start(), m.end(), speaker));
                speaker.seen.add(m.start());
            }
        }
        met.values().forEach(speaker -> speaker.seen.sort(Integer::compare));
        occurrences.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
    }

    private Speaker known(int index) {
        if (known[index] == null) {
            KnownSpeaker k = directory.get(index);
            known[index] = new Speaker(k.id(), k.name(), k.person(), k.role(), k.affiliation());
            met.put(index, known[index]);
        }
        return known[index];
    }

    private Speaker enter(Speaker introduced) {
        met.put(known.length + met.size(), introduced);
        surnames.add(introduced);
        return introduced;
    }

    /** The known speaker this mention names: an exact name or alias, or the start of exactly one. */
    Speaker named(String mention) {
        return named(mention, null);
    }

    /**
     * As {@link #named(String)}, and a one-word mention may be the surname of one speaker already in
     * the database; a role written with the mention ("the farmer Peskov") must fit the speaker's.
     */
    Speaker named(String mention, String role) {
        String key = Names.key(mention);
        if (key.isEmpty()) {
            return null;
        }
        Speaker exact = withKey(key);
        if (exact != null) {
            return key.contains(" ") || exact.id == null || roleFits(exact, role) ? exact : null;
        }
        if (key.split(" ").length < 2) {
            return surnames.onlyKnown(key, role);
        }
        Speaker only = null;
        String prefix = key + " ";
        List<Speaker> starting = new ArrayList<>();
        directory.startingWith(prefix).forEach(index -> starting.add(known(index)));
        starting.addAll(sortedKeys.subMap(prefix, prefix + Character.MAX_VALUE).values());
        for (Speaker speaker : starting) {
            if (only != null && only != speaker) {
                return null;
            }
            only = speaker;
        }
        return only;
    }

    /** No role written, or one sharing a word with the speaker's: "the Kremlin spokesman" for "Kremlin spokesman". */
    static boolean roleFits(Speaker s, String role) {
        if (role == null || s.role == null) {
            return true;
        }
        String about = FoldedText.fold(s.role + " " + (s.affiliation == null ? "" : s.affiliation));
        for (String w : Names.key(role).split(" ")) {
            if (w.length() > 2 && !Names.DETERMINERS.contains(w) && FoldedText.containsWord(about, w)) {
                return true;
            }
        }
        return false;
    }

    /** The known names written inside a range, the longest where they overlap. */
    List<Occurrence> within(int from, int to) {
        List<Occurrence> found = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = firstStartingAtOrAfter(from); i < occurrences.size() && occurrences.get(i).start() < to; i++) {
            Occurrence o = occurrences.get(i);
            if (o.end() <= to && o.start() >= coveredUntil) {
                found.add(o);
                coveredUntil = o.end();
            }
        }
        return found;
    }

    /** Binary search: asked for every sentence, a range must not read every name of the article. */
    private int firstStartingAtOrAfter(int from) {
        int low = 0;
        int high = occurrences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (occurrences.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The longest known name starting exactly at {@code at}, even where the next word is glued to it,
     * as in the misprinted "according to the US and natothe Russians".
     */
    Occurrence startingAt(int at) {
        Occurrence best = null;
        for (int length : directory.keyLengthsLongestFirst()) {
            Integer index = at + length <= folded.length() ? directory.byKey(folded.substring(at, at + length)) : null;
            if (index != null) {
                best = new Occurrence(at, at + length, known(index));
                break;
            }
        }
        for (Map.Entry<String, Speaker> e : byKey.entrySet()) {
            String key = e.getKey();
            if (folded.startsWith(key, at) && (best == null || key.length() > best.end() - best.start())) {
                best = new Occurrence(at, at + key.length(), e.getValue());
            }
        }
        return best;
    }

    /**
     * The speaker a description names ("the Ukrainian president", "the Kremlin spokesman"): the one,
     * already mentioned, whose role and affiliation have every word of it; the latest if several. The language's
     * determiners name nobody ("die Ministerin").
     */
    Speaker described(String description, int at, Language language) {
        List<String> words = new ArrayList<>();
        for (String w : Names.key(description).split(" ")) {
            if (!w.isBlank() && !Names.DETERMINERS.contains(w) && !language.has("determiners", w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        Speaker best = null;
        int bestSeen = -1;
        for (Speaker s : met.values()) {
            int last = s.lastSeenBefore(at);
            if (last < 0 || last <= bestSeen || !fits(s, words, language.says("nouns-capitalized"))) {
                continue;
            }
            best = s;
            bestSeen = last;
        }
        return best;
    }

    /**
     * "wie die Zeitung schreibt" after "laut Süddeutscher Zeitung": the speaker named last before {@code at} whose
     * name ends with {@code noun} ("zeitung") and is more than it, or null.
     */
    Speaker namedEndingWith(String noun, int at) {
        Speaker best = null;
        int bestSeen = -1;
        for (Speaker s : met.values()) {
            int last = s.lastSeenBefore(at);
            if (last <= bestSeen) {
                // The key only for a later one: it is made afresh, and an article meets many speakers.
                continue;
            }
            String key = Names.key(s.name);
            if (key.endsWith(noun) && !key.equals(noun)) {
                best = s;
                bestSeen = last;
            }
        }
        return best;
    }

    /** The known speaker named last before {@code at}, a person if asked: who "he" is when nobody spoke yet. */
    Speaker lastNamedBefore(int at, boolean person) {
        Speaker last = null;
        for (Occurrence o : occurrences) {
            if (o.start() >= at) {
                break;
            }
            if (!person || o.speaker().person) {
                last = o.speaker();
            }
        }
        return last;
    }

    /** A person the article names for the first time, or the one a surname refers back to. */
    Speaker introduce(String name, String role, boolean person, int at) {
        String key = Names.key(name);
        Speaker existing = withKey(key);
        if (existing == null && person && !key.contains(" ")) {
            existing = surnames.seenBefore(key, at);
        }
        if (existing != null) {
            if (existing.role == null && role != null) {
                existing.role = role;
            }
            existing.see(at);
            return existing;
        }
        Speaker speaker = enter(new Speaker(null, name, person, role, null));
        addKey(speaker, key);
        speaker.seen.add(at);
        return speaker;
    }

    /** Whether a name, or a person's surname, was already met before {@code at}. */
    boolean knows(String name, int at) {
        String key = Names.key(name);
        Speaker s = withKey(key);
        return s != null ? s.seenBefore(at + 1) : !key.contains(" ") && surnames.seenBefore(key, at) != null;
    }

    /** The person the article named before {@code at} whose name ends in this word ("Bush" for "Jeb Bush"), or null. */
    Speaker bySurname(String word, int at) {
        return surnames.seenBefore(Names.key(word), at);
    }

    /**
     * Whether the role and affiliation have every word of the description, the nouns among them maybe as the last
     * part of a compound where nouns are written closed up ("die Ministerin" for "Bundesinnenministerin").
     */
    private boolean fits(Speaker s, List<String> words, boolean compounds) {
        String about = FoldedText.fold((s.role == null ? "" : s.role) + " " + (s.affiliation == null ? "" : s.affiliation));
        boolean matchedNoun = false;
        for (String w : words) {
            String country = Names.DEMONYMS.get(w);
            if (country != null) {
                if (!about.contains(country)) {
                    return false;
                }
            } else if (!FoldedText.containsWord(about, w) && !(compounds && FoldedText.endsWord(about, w))) {
                return false;
            } else {
                matchedNoun = true;
            }
        }
        return matchedNoun;
    }

    /** The speaker of a key: the directory's first with it, else the article's. */
    private Speaker withKey(String key) {
        Integer index = directory.byKey(key);
        return index != null ? known(index) : byKey.get(key);
    }

    /** A key the directory has already names its speaker: the article's own are read after it. */
    private void addKey(Speaker speaker, String key) {
        if (!key.isEmpty() && directory.byKey(key) == null) {
            byKey.putIfAbsent(key, speaker);
            sortedKeys.putIfAbsent(key, speaker);
        }
    }
}
