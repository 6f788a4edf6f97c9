package org.quotedesk.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.speaker.SpeakerRef;
import org.quotedesk.web.view.Formats;

/**
 * A quote's page: the quote, its paragraph in the source, how to cite it, its schema.org data (a
 * Quotation, and beside it a ClaimReview when the quote is disputed or misattributed on evidence), and
 * the other speakers the same words are attributed to.
 */
public record QuoteView(QuoteDto quote, SourceDto source, QuoteContext context, String pageUrl, String citation,
        String jsonLd, String claimReviewJsonLd, List<SpeakerRef> alsoAttributedTo) {

    public static QuoteView of(QuoteDto quote, SourceDto source, String pageUrl, LocalDate today, ObjectMapper json,
            List<SpeakerRef> alsoAttributedTo) {
        return new QuoteView(quote, source, QuoteContext.of(source.text(), quote.start(), quote.end()), pageUrl,
                citation(quote, source, pageUrl, today), jsonLd(quote, source, pageUrl, json),
                ClaimReviews.of(quote, article(source), pageUrl).map(review -> scriptSafe(review, json)).orElse(null),
                alsoAttributedTo);
    }

    /** One line to paste into a story or a footnote. */
    static String citation(QuoteDto q, SourceDto s, String pageUrl, LocalDate today) {
        StringBuilder line = new StringBuilder(q.speaker().name());
        if (q.speaker().role() != null) {
            line.append(" (").append(q.speaker().role()).append(")");
        }
        line.append(", ").append(Formats.said(q));
        if (q.venue() != null) {
            line.append(", ").append(q.venue().name());
        }
        line.append(": “").append(q.text()).append("”. Reported in “").append(s.title()).append("”");
        if (s.publisher() != null) {
            line.append(", ").append(s.publisher());
        }
        line.append(", ").append(Formats.day(s.publishedOn()));
        if (s.locator() != null) {
            line.append(", ").append(s.locator());
        }
        if (s.url() != null) {
            line.append(", ").append(s.url());
        }
        return line.append(". QuoteDesk, ").append(pageUrl).append(", retrieved ").append(Formats.day(today))
                .append(".").toString();
    }

    /**
     * schema.org Quotation. {@code dateCreated} only where the day, month or year is known: a bound
     * ("on or before") is not a date of creation.
     */
    static String jsonLd(QuoteDto q, SourceDto s, String pageUrl, ObjectMapper json) {
        Map<String, Object> quotation = new LinkedHashMap<>();
        quotation.put("@context", "https://schema.org");
        quotation.put("@type", "Quotation");
        quotation.put("url", pageUrl);
        quotation.put("text", q.text());
        quotation.put("inLanguage", q.language());
        quotation.put("spokenByCharacter", speaker(q));
        String created = dateCreated(q.spokenOn(), q.datePrecision());
        if (created != null) {
            quotation.put("dateCreated", created);
        }
        quotation.put("isBasedOn", article(s));
        return scriptSafe(quotation, json);
    }

    /** The speaker as schema.org has them: a Person, or an Organization. */
    static Map<String, Object> speaker(QuoteDto q) {
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("@type", q.speaker().kind() == SpeakerKind.PERSON ? "Person" : "Organization");
        speaker.put("name", q.speaker().name());
        if (q.speaker().role() != null && q.speaker().kind() == SpeakerKind.PERSON) {
            speaker.put("jobTitle", q.speaker().role());
        }
        return speaker;
    }

    /** The source that reported the quote, as a schema.org NewsArticle. */
    private static Map<String, Object> article(SourceDto s) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("headline", s.title());
        article.put("datePublished", s.publishedOn().toString());
        article.put("inLanguage", s.language());
        if (s.publisher() != null) {
            article.put("publisher", Map.of("@type", "Organization", "name", s.publisher()));
        }
        if (s.url() != null) {
            article.put("url", s.url());
        }
        return article;
    }

    /** JSON to put inside a {@code <script>} element as it is. */
    private static String scriptSafe(Map<String, Object> data, ObjectMapper json) {
        try {
            // Inside <script>, "</script>" in a quote must not end the element: escape < > &.
            return json.writeValueAsString(data)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dateCreated(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
            default -> null;
        };
    }
}
