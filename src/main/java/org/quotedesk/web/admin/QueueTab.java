package org.quotedesk.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.common.InvalidParameterException;
import org.quotedesk.web.view.Labels;
import org.quotedesk.web.view.Links;
import org.quotedesk.web.view.SearchLinks;

/**
 * The tabs of the verification queue: two list the quotes of one status, newest said first; the
 * third lists the statements whose words are also attributed to another speaker.
 */
public enum QueueTab {
    UNVERIFIED("unverified", QuoteStatus.UNVERIFIED),
    DISPUTED("disputed", QuoteStatus.DISPUTED),
    CONFLICTS("conflicts", null);

    /** The tab's value of {@code ?tab=}. */
    public final String param;
    /** The status of the quotes the tab lists; none for the statements' tab. */
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
                .orElseThrow(() -> new InvalidParameterException("tab", "must be unverified, disputed or conflicts"));
    }

    /** The tab's name. */
    public String label() {
        return status == null ? "Also attributed to others" : Labels.label(status);
    }

    /** Every tab, in order, for the tabs' navigation. */
    public List<QueueTab> all() {
        return List.of(values());
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
        return status != null && status != QuoteStatus.UNVERIFIED;
    }
}
