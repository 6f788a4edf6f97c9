package org.quotedesk.catalogue.source;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.quotedesk.catalogue.CuratedRecord;

/**
 * The publication that reported the quotes. With its full text, quote offsets point into it; without
 * it (a broadcast, a book, a paywalled article), it is a citation, and its locator says where in it.
 */
@Entity
@Table(name = "source")
public class Source extends CuratedRecord {

    /** A long article or a transcript, with room to spare. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;

    @Column(nullable = false, length = 500)
    public String title;

    /** Publisher or outlet. */
    @Column(length = 300)
    public String publisher;

    @Column(length = 2000)
    public String url;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    /** BCP 47 language tag of the text ("en"). */
    @Column(nullable = false, length = 35)
    public String language;

    /** Loaded only when asked for: lists and embedded references never need it. Null: a citation. */
    @Basic(fetch = FetchType.LAZY)
    @Column(length = MAX_TEXT_LENGTH)
    public String text;

    /** Where in the publication: a page, a timestamp, a paragraph number. */
    @Column(length = 500)
    public String locator;

    /** Provenance notes: how the text was obtained, what it lacks. */
    @Column(length = 4000)
    public String notes;

    /** Sources with exactly this title, and this publication date when given. */
    public static List<Source> byTitle(String title, LocalDate publishedOn) {
        return publishedOn == null
                ? list("title = ?1 order by id", title.strip())
                : list("title = ?1 and publishedOn = ?2 order by id", title.strip(), publishedOn);
    }
}
