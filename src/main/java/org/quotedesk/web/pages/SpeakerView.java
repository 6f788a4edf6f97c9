package org.quotedesk.web.pages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotedesk.catalogue.speaker.SpeakerDto;
import org.quotedesk.search.QuoteHit;
import org.quotedesk.search.QuoteSearchPage;
import org.quotedesk.web.view.Pagination;
import org.quotedesk.web.view.SearchLinks;

/** A speaker's page: who they are, and their quotes on a timeline, month by month. */
public record SpeakerView(SpeakerDto speaker, QuoteSearchPage quotes, List<Period> periods, SearchLinks links,
        Pagination pagination) {

    /** The quotes said in one month ("Undated" for those with no date). */
    public record Period(String label, List<QuoteHit> quotes) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    public static SpeakerView of(SpeakerDto speaker, QuoteSearchPage quotes, int maxPage) {
        Map<String, List<QuoteHit>> byMonth = new LinkedHashMap<>();
        for (QuoteHit hit : quotes.items()) {
            String month = hit.quote().spokenOn() == null ? "Undated" : MONTH.format(hit.quote().spokenOn());
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(hit);
        }
        List<Period> periods = new ArrayList<>();
        byMonth.forEach((label, hits) -> periods.add(new Period(label, hits)));
        Map<String, String> params = quotes.page() == 0 ? Map.of() : Map.of("page", Integer.toString(quotes.page()));
        return new SpeakerView(speaker, quotes, periods, new SearchLinks("/speakers/" + speaker.id(), params),
                Pagination.of(quotes.page(), quotes.size(), quotes.total(), maxPage));
    }

    public String wikidataUrl() {
        return speaker.wikidataId() == null ? null : "https://www.wikidata.org/wiki/" + speaker.wikidataId();
    }
}
