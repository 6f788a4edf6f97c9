package org.quotedesk.web.pages;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.Verification;
import org.quotedesk.web.view.Labels;

/**
 * schema.org ClaimReview of a quote that an editor found disputed or misattributed, on evidence: the
 * claim reviewed is that the speaker said these words, as the source reported them. The rating is
 * on a scale from 1 (misattributed: not this speaker's words) to 3 (verified), disputed being 2.
 */
final class ClaimReviews {

    static final int WORST = 1;
    static final int BEST = 3;

    private ClaimReviews() {
    }

    /** The review, for a disputed or misattributed quote with evidence; none for any other. */
    static Optional<Map<String, Object>> of(QuoteDto q, Map<String, Object> appearance, String pageUrl) {
        Verification record = q.verification();
        boolean reviewed = q.status() == QuoteStatus.DISPUTED || q.status() == QuoteStatus.MISATTRIBUTED;
        if (!reviewed || record == null || record.evidence() == null) {
            return Optional.empty();
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        claim.put("author", QuoteView.speaker(q));
        claim.put("appearance", appearance);

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", q.status() == QuoteStatus.MISATTRIBUTED ? WORST : 2);
        rating.put("worstRating", WORST);
        rating.put("bestRating", BEST);
        rating.put("alternateName", Labels.label(q.status()));

        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", pageUrl);
        review.put("claimReviewed", q.text());
        review.put("itemReviewed", claim);
        review.put("reviewRating", rating);
        review.put("author", Map.of("@type", "Organization", "name", "QuoteDesk",
                "url", URI.create(pageUrl).resolve("/").toString()));
        review.put("editor", Map.of("@type", "Person", "name", record.setBy()));
        review.put("datePublished", record.setAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        // A link is what the review rests on; a note is its body.
        if (record.link() != null) {
            review.put("citation", record.link());
        } else {
            review.put("reviewBody", record.evidence());
        }
        return Optional.of(review);
    }
}
