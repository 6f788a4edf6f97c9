package org.quotedesk.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotedesk.catalogue.venue.VenueKind;

/** Reads where a statement was made from the words around it: "told Reuters", "in a statement", … */
final class VenueCues {

    private record Rule(VenueKind kind, Pattern pattern) {
    }

    /** A capitalised name of up to five words; a full stop inside it ("U.S.") but not after it. */
    private static final String WORD = "(?:[\\p{L}\\d&'’-]++|\\.(?=\\p{L}))*+";
    private static final String NAME = "[A-Z]" + WORD + "(?: (?:of |the )?[A-Z0-9]" + WORD + "){0,4}";

    private static final List<Rule> RULES = List.of(
            rule(VenueKind.TV_INTERVIEW, "\\btold (?:" + NAME + " )?(?:state )?(?:TV|television|TV channel)\\b"
                    + "|\\btold (?:CNN|Fox News|Fox|MSNBC|NBC(?: News)?|ABC(?: News)?|CBS(?: News)?|the BBC|BBC)\\b"
                    + "|\\b(?:in|during) an? (?:televised |TV |television )interview\\b"
                    + "|\\binterview with (?:CNN|Fox News|MSNBC|NBC|ABC|CBS|the BBC|BBC|" + NAME
                    + " (?:TV|television))\\b|\\bon (?:CNN|Fox News|MSNBC|NBC|ABC|CBS)[’']s " + NAME),
            rule(VenueKind.RADIO_INTERVIEW, "\\btold (?:" + NAME + " )?radio\\b|\\b(?:in|during) an? radio interview\\b"
                    + "|\\btold NPR\\b"),
            rule(VenueKind.NEWS_AGENCY_INTERVIEW, "\\btold (?:Reuters|AFP|Agence France-Presse|the Associated Press"
                    + "|AP|Bloomberg|Interfax|TASS|RIA Novosti|RIA|Xinhua|" + NAME + " news agency)\\b"),
            rule(VenueKind.PRINT_INTERVIEW, "\\btold (?:The|the) (?:New York Times|Washington Post|Wall Street Journal"
                    + "|Guardian|Times|Post|Financial Times|" + NAME + ")|\\b(?:in|during) an? interview\\b"),
            rule(VenueKind.SOCIAL_MEDIA_POST, "\\b(?:on|in) (?:his|her|its|their|a|the) (?:official )?"
                    + "(?:Telegram|Twitter|Facebook|Instagram|TikTok|YouTube|VKontakte|X) "
                    + "(?:account|channel|page|post|feed)\\b|\\btweet(?:ed|s)?\\b|\\bon (?:Twitter|Facebook|Telegram"
                    + "|Instagram)\\b|\\bin a (?:tweet|post)\\b"),
            rule(VenueKind.PRESS_CONFERENCE, "\\b(?:at|during) an? (?:press|news) conference\\b|\\bbriefing\\b"),
            rule(VenueKind.CONFERENCE, "\\b(?:at|attending|attended|addressing) the (?:annual )?" + NAME
                    + " ?(?:Conference|Summit|Forum|Convention|Congress)\\b"),
            rule(VenueKind.PRESS_STATEMENT, "\\b(?:in|issued|released|according to) (?:an?|the|its|his|her|their) "
                    + "(?:[\\p{L}’'-]+ ){0,3}(?:statement|announcement|communiqu[eé]|press release)\\b"),
            rule(VenueKind.PHONE_CALL_READOUT, "\\b(?:[Ii]n|[Dd]uring) the (?:phone |telephone )?(?:call|conversation)\\b"
                    + "|\\bphone call\\b|\\bspoke by phone\\b|\\bspoke [^.,;]{0,45}\\bwith\\b"),
            rule(VenueKind.SPEECH, "\\b(?:in|during|at) (?:a|his|her|the) (?:speech|rally|address)\\b"),
            rule(VenueKind.BROADCAST_HEADLINE, "\\bheadlines?\\b"),
            rule(VenueKind.VIDEO, "\\bvideos?\\b"),
            rule(VenueKind.BROADCAST, "\\bbroadcasters?\\b|\\bon (?:Russian |state )?(?:TV|television|radio)\\b"));

    private VenueCues() {
    }

    private static Rule rule(VenueKind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex));
    }

    /** The most specific venue the ranges give, in their order, or null. */
    static VenueHint find(String text, List<int[]> ranges) {
        for (Rule rule : RULES) {
            for (int[] range : ranges) {
                if (range[0] >= range[1]) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(text).region(range[0], range[1]);
                if (m.find()) {
                    return new VenueHint(m.group(), rule.kind(), m.start(), m.end());
                }
            }
        }
        return null;
    }
}
