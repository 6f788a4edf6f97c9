package org.quotedesk.web.admin;

import java.util.Arrays;
import java.util.Map;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.web.view.Links;
import org.quotedesk.web.view.SearchLinks;

/** The tabs of the verification queue: each lists the quotes of one status, newest said first. */
public enum QueueTab {
    UNVERIFIED("unverified", QuoteStatus.UNVERIFIED),
    DISPUTED("disputed", QuoteStatus.DISPUTED);

    /** The tab's value of {@code ?tab=}. */
    public final String param;
    public final QuoteStatus status;

    QueueTab(String param, QuoteStatus status) {
        this.param = param;
        this.status = status;
    }

    /** The tab asked for; the first when none is. */
    static QueueTab of(String param) {
        if (param == null || param.isBlank()) {
            return UNVERIFIED;
        }
        return Arrays.stream(values()).filter(t -> t.param.equals(param)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("tab", "must be unverified or disputed"));
    }

    /** The tab's pages. */
    public SearchLinks links() {
        return new SearchLinks(Links.records("verification"), Map.of("tab", param));
    }

    /** The tab's first page. */
    public String link() {
        return links().page(0);
    }

    /** Whether the tab shows what each quote's status rests on. */
    public boolean showsEvidence() {
        return status != QuoteStatus.UNVERIFIED;
    }
}
