package org.quotedesk.curation;

import static org.quotedesk.common.Strings.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotedesk.catalogue.history.RecordType;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteDto;
import org.quotedesk.catalogue.quote.QuoteLocator;
import org.quotedesk.catalogue.quote.QuoteReference;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.source.SourceDto;
import org.quotedesk.catalogue.source.SourceSummary;
import org.quotedesk.common.ConflictException;

/**
 * Curating sources: newest first, listed without their text. A source's text and date can change
 * only while its quotes still fit them.
 */
@ApplicationScoped
public class Sources extends RecordCurator<Source, SourceInput, SourceDto, SourceSummary> {

    @Override
    public RecordType type() {
        return RecordType.SOURCE;
    }

    @Override
    protected QuoteReference reference() {
        return QuoteReference.SOURCE;
    }

    @Override
    protected String entityName() {
        return "Source";
    }

    @Override
    protected String order() {
        return "publishedOn desc, id desc";
    }

    @Override
    protected Source newRecord() {
        return new Source();
    }

    @Override
    protected void copy(SourceInput input, Source source) {
        source.title = input.title().strip();
        source.publisher = blankToNull(input.publisher());
        source.url = blankToNull(input.url());
        source.publishedOn = input.publishedOn();
        source.language = input.language();
        source.text = blankToNull(input.text());
        source.locator = blankToNull(input.locator());
        source.notes = blankToNull(input.notes());
    }

    @Override
    protected SourceDto detail(Source source, long quoteCount) {
        return SourceDto.from(source, quoteCount);
    }

    @Override
    protected SourceSummary row(Source source, long quoteCount) {
        return SourceSummary.from(source, quoteCount);
    }

    @Override
    protected Map<String, String> auditFields(Source source) {
        return SourceDto.from(source, 0).auditFields();
    }

    @Override
    protected String label(Source source) {
        return source.title;
    }

    /**
     * A source's quotes stay anchored in its text exactly when it has one: a new text must still
     * hold each quote at its offsets, and a text given to a citation must contain each of its quotes
     * once (they are then anchored there). A text cannot be taken away from quotes that point into it,
     * and no quote may be said after the publication date.
     */
    @Override
    protected void checkUpdate(Source source, SourceInput input) {
        String text = blankToNull(input.text());
        List<Quote> quotes = Quote.list("source.id = ?1 order by id", source.id);
        List<Long> broken = new ArrayList<>();
        Map<Quote, QuoteLocator.Location> anchors = new LinkedHashMap<>();
        for (Quote quote : quotes) {
            boolean textHolds;
            if (quote.startOffset != null) {
                textHolds = text != null && quote.endOffset <= text.length()
                        && text.substring(quote.startOffset, quote.endOffset).equals(quote.text);
            } else if (text != null) {
                QuoteLocator.Location found = QuoteLocator.locate(text, quote.text);
                anchors.put(quote, found);
                textHolds = found.once();
            } else {
                textHolds = true;
            }
            boolean dateHolds = quote.spokenOn == null || !quote.spokenOn.isAfter(input.publishedOn());
            if (!textHolds || !dateHolds) {
                broken.add(quote.id);
            }
        }
        if (!broken.isEmpty()) {
            throw new ConflictException("The new text or publication date no longer fits " + broken.size()
                    + " quote(s) of this source " + broken.subList(0, Math.min(10, broken.size()))
                    + ": each must be found once in its text (at its offsets, if it has them), and none can be said"
                    + " after publication. Correct those quotes first.");
        }
        anchors.forEach((quote, found) -> anchor(quote, text, found));
    }

    /** A quote of a citation that has got its text: at the words found, as the text prints them. */
    private void anchor(Quote quote, String text, QuoteLocator.Location found) {
        Map<String, String> before = QuoteDto.from(quote).auditFields();
        quote.startOffset = found.start();
        quote.endOffset = found.end();
        quote.text = text.substring(found.start(), found.end());
        QuoteDto after = QuoteDto.from(quote);
        audit.updated(RecordType.QUOTE, quote.id, after.label(), before, after.auditFields());
    }

    /** By title, and by the publication date of the source to create, when given: a title alone may be reused. */
    @Override
    protected List<Long> idsNamed(String title, SourceInput details) {
        return Source.byTitle(title, details == null ? null : details.publishedOn()).stream().map(s -> s.id).toList();
    }

    @Override
    protected String nameField() {
        return "title";
    }

    @Override
    protected String nameOf(SourceInput input) {
        return input.title();
    }

    @Override
    protected String nameKey(String title, SourceInput details) {
        return super.nameKey(title, details) + "|" + (details == null || details.publishedOn() == null ? ""
                : details.publishedOn());
    }
}
