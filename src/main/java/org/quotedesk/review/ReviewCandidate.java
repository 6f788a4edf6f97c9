package org.quotedesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.quotedesk.catalogue.BaseEntity;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.Quote;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.venue.VenueKind;

/** A quote proposed for a source, kept with its review: pending, accepted as a quote, or rejected. */
@Entity
@Table(name = "review_candidate")
public class ReviewCandidate extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    public Source source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CandidateOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CandidateStatus status;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false, length = Quote.MAX_TEXT_LENGTH)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuoteType type;

    /** The speaker's canonical name as the extractor resolved it; null when it could not tell. */
    @Column(name = "speaker_name", length = 200)
    public String speakerName;

    /** The speaker as the article writes it where it attributes the quote ("he", "the Kremlin spokesman"). */
    @Column(name = "speaker_written", length = 500)
    public String speakerWritten;

    /** Whether the speaker is a person rather than a body; null when the extractor could not tell. */
    @Column(name = "speaker_person")
    public Boolean speakerPerson;

    /** The speaker already in the database that the name resolved to, if any. */
    @ManyToOne
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @Column(length = 300)
    public String role;

    @Column(name = "venue_hint", length = 300)
    public String venueHint;

    @Enumerated(EnumType.STRING)
    @Column(name = "venue_kind", length = 30)
    public VenueKind venueKind;

    @Column(name = "reported_via", length = 500)
    public String reportedVia;

    @Column(name = "spoken_on")
    public LocalDate spokenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false, length = 20)
    public DatePrecision datePrecision;

    /** The last day of a BETWEEN range; null for every other precision. */
    @Column(name = "spoken_until")
    public LocalDate spokenUntil;

    @Column(nullable = false)
    public double confidence;

    /** The quote an accepted candidate became; null once that quote is deleted. */
    @ManyToOne
    @JoinColumn(name = "quote_id")
    public Quote quote;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
