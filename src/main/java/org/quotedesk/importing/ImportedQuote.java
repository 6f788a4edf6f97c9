package org.quotedesk.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.quotedesk.quote.DatePrecision;
import org.quotedesk.quote.QuoteStatus;
import org.quotedesk.quote.QuoteType;
import org.quotedesk.source.SourceInput;
import org.quotedesk.speaker.SpeakerInput;
import org.quotedesk.speaker.SpeakerKind;
import org.quotedesk.venue.VenueInput;
import org.quotedesk.venue.VenueKind;

/**
 * One line of an NDJSON import or export: a quote as {@code POST /api/quotes} takes it, except that
 * its speaker, venue and source may be given by name (and are then created, with the details the
 * line carries, when new) rather than by id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportedQuote(
        String text,
        QuoteType type,
        Speaker speaker,
        Venue venue,
        LocalDate spokenOn,
        DatePrecision datePrecision,
        Source source,
        Integer start,
        Integer end,
        String reportedVia,
        QuoteStatus status,
        String language,
        Boolean translated,
        String notes) {

    /** {@code {"id": 5}}, {@code {"name": "Groucho Marx"}}, or a name with the details of a new speaker. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Speaker(Long id, String name, List<String> aliases, SpeakerKind kind, String role,
            String affiliation, String wikidataId) {

        /** A new speaker is a person unless the line says otherwise. */
        SpeakerInput toInput() {
            return new SpeakerInput(name, aliases, kind != null ? kind : SpeakerKind.PERSON, role, affiliation,
                    wikidataId, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Venue(Long id, String name, VenueKind kind, String location) {

        VenueInput toInput() {
            return new VenueInput(name, kind != null ? kind : VenueKind.OTHER, location, null);
        }
    }

    /** By id, or by title ({@code name} is accepted too) and optionally publication date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(Long id, String title, String name, String publisher, String url, LocalDate publishedOn,
            String language, String text, String notes) {

        String titleOrName() {
            return title != null ? title : name;
        }

        /** A new source's language is English unless the line says otherwise. */
        SourceInput toInput() {
            return new SourceInput(titleOrName(), publisher, url, publishedOn, language != null ? language : "en",
                    text, notes, null);
        }
    }
}
