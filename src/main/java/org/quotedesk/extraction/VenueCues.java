package org.quotedesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotedesk.catalogue.venue.VenueKind;

/**
 * Reads where a statement was made from the words around it: "told Reuters", "in a statement", …
 * One per article: its matchers are made once and moved from range to range, as an article of
 * many short quotes asks each rule thousands of times, and a rule is only searched for in a range
 * its sentence's one pass found it in.
 */
final class VenueCues {

    /** A venue kind's pattern, and the words its every match begins with (null: not known). */
    private record Rule(VenueKind kind, Pattern pattern, List<String> heads) {
    }

    /** A capitalised name of up to five words; a full stop inside it ("U.S.") but not after it. */
    private static final String WORD = "(?:[\\p{L}\\d&'’-]++|\\.(?=\\p{L}))*+";
    private static final String NAME = "[A-Z]" + WORD + "(?: (?:of |the )?[A-Z0-9]" + WORD + "){0,4}";

    /** The venue kinds in the order they are tried: the most specific first ("told CNN" before "on TV"). */
    private static final List<VenueKind> ORDER = List.of(VenueKind.TV_INTERVIEW, VenueKind.RADIO_INTERVIEW,
            VenueKind.NEWS_AGENCY_INTERVIEW, VenueKind.PRINT_INTERVIEW, VenueKind.SOCIAL_MEDIA_POST,
            VenueKind.PRESS_CONFERENCE, VenueKind.CONFERENCE, VenueKind.PRESS_STATEMENT, VenueKind.PHONE_CALL_READOUT,
            VenueKind.SPEECH, VenueKind.BROADCAST_HEADLINE, VenueKind.VIDEO, VenueKind.BROADCAST);

    /** Each language's rules, compiled once from its data file's venue keys. */
    private static final Map<Language, List<Rule>> RULES = new ConcurrentHashMap<>();

    private final List<Rule> rules;
    private final Matcher[] matchers;
    private final MatchesBySentence[] passes;
    private final ArticleLayout layout;

    VenueCues(Language language, ArticleLayout layout) {
        this.rules = rules(language);
        this.matchers = new Matcher[rules.size()];
        this.passes = new MatchesBySentence[rules.size()];
        this.layout = layout;
    }

    /** The language's patterns of each venue kind ("venue-tv-interview"), {name} standing for a capitalised name. */
    private static List<Rule> rules(Language language) {
        return RULES.computeIfAbsent(language, l -> {
            List<Rule> rules = new ArrayList<>();
            for (VenueKind kind : ORDER) {
                List<String> patterns = l.inOrder("venue-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                if (!patterns.isEmpty()) {
                    rules.add(new Rule(kind, Pattern.compile(String.join("|", patterns).replace("{name}", NAME)),
                            LiteralHeads.of(patterns)));
                }
            }
            return List.copyOf(rules);
        });
    }

    /** The most specific venue the ranges give, in their order, or null. */
    VenueHint find(List<int[]> ranges) {
        for (int r = 0; r < rules.size(); r++) {
            for (int i = 0; i < ranges.size(); i++) {
                int[] range = ranges.get(i);
                if (passes[r] == null) {
                    passes[r] = new MatchesBySentence(layout, rules.get(r).pattern(), rules.get(r).heads());
                    matchers[r] = rules.get(r).pattern().matcher(layout.text);
                }
                if (!passes[r].mayMatch(range[0], range[1])) {
                    continue;
                }
                Matcher m = matchers[r].region(range[0], range[1]);
                if (m.find()) {
                    return new VenueHint(m.group(), rules.get(r).kind(), m.start(), m.end());
                }
            }
        }
        return null;
    }
}
