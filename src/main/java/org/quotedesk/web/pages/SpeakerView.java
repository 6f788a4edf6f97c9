package org.quotedesk.web.pages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.Verification;
import org.quotedesk.catalogue.speaker.SpeakerDto;
import org.quotedesk.search.QuoteHit;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.web.view.SearchLinks;

/**
 * A speaker's page: who they are, and their quotes grouped by status as Wikiquote groups them
 * (verified, unverified, disputed, misattributed), each group on a timeline, month by month.
 */
public record SpeakerView(SpeakerDto speaker, long total, List<StatusGroup> groups) {

    /** The quotes said in one month ("Undated" for those with no date). */
    public record Period(String label, List<QuoteHit> quotes) {
    }

    /**
     * The first quotes of one status, with how many there are, where the search shows them all, and
     * the evidence of those that a group shows it for (disputed, misattributed).
     */
    public record StatusGroup(QuoteStatus status, long total, List<Period> periods, String more,
            Map<Long, Verification> records) {

        public String id() {
            return "status-" + status.name().toLowerCase(Locale.ROOT);
        }

        public boolean showsEvidence() {
            return SHOWS_EVIDENCE.contains(status);
        }

        public Verification record(long quoteId) {
            return records.get(quoteId);
        }

        /** Whether there are more than the page shows. */
        public boolean cut() {
            return periods.stream().mapToLong(p -> p.quotes().size()).sum() < total;
        }
    }

    static final List<QuoteStatus> SHOWS_EVIDENCE = List.of(QuoteStatus.DISPUTED, QuoteStatus.MISATTRIBUTED);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** A group of the page: the first quotes of a status, and the records to show with them. */
    static StatusGroup group(long speakerId, QuoteStatus status, QuoteSearchPage quotes,
            Map<Long, Verification> records) {
        Map<String, List<QuoteHit>> byMonth = new LinkedHashMap<>();
        for (QuoteHit hit : quotes.items()) {
            String month = hit.quote().spokenOn() == null ? "Undated" : MONTH.format(hit.quote().spokenOn());
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(hit);
        }
        List<Period> periods = new ArrayList<>();
        byMonth.forEach((label, hits) -> periods.add(new Period(label, hits)));
        String more = new SearchLinks("/", Map.of("speaker", Long.toString(speakerId))).with("status", status.name());
        return new StatusGroup(status, quotes.total(), periods, more, records);
    }

    public static SpeakerView of(SpeakerDto speaker, List<StatusGroup> groups) {
        return new SpeakerView(speaker, groups.stream().mapToLong(StatusGroup::total).sum(),
                groups.stream().filter(g -> g.total() > 0).toList());
    }

    public String wikidataUrl() {
        return speaker.wikidataId() == null ? null : "https://www.wikidata.org/wiki/" + speaker.wikidataId();
    }
}
