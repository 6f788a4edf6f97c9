package org.quotedesk.source;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.quotedesk.common.BaseEntity;

/** The publication that reported the quotes, with its full text: quote offsets point into it. */
@Entity
@Table(name = "source")
public class Source extends BaseEntity {

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

    /** Loaded only when asked for: lists and embedded references never need it. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public String text;

    /** Provenance notes: how the text was obtained, what it lacks. */
    @Column(length = 4000)
    public String notes;
}
