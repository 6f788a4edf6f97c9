package org.quotedesk.curation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.venue.VenueKind;

/**
 * A quote as JSON writes it: the body of {@code POST}/{@code PUT /api/quotes}, and one line of an
 * NDJSON import or export. Its speaker, venue and source are each given by id ({@code {"id": 5}}) or
 * by name ({@code {"name": "Groucho Marx"}}; a source by its title), with the details of a new
 * record to create when none has that name. Without {@code start}/{@code end}, a quote of a source
 * with a text is located in it; a quote of a source without a text (a citation) has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteInput(
        String text,
        QuoteType type,
        SpeakerReference speaker,
        VenueReference venue,
        LocalDate spokenOn,
        DatePrecision datePrecision,
        @Schema(description = "The last day of a BETWEEN range (from spokenOn to this day, both included);"
                + " required for BETWEEN, omitted otherwise") LocalDate spokenUntil,
        SourceReference source,
        @Schema(description = "Offset of the first character in the source's text; omit it to have the text located,"
                + " and for a source without a text") Integer start,
        @Schema(description = "Offset after the last character; given with start, or omitted with it") Integer end,
        String reportedVia,
        QuoteStatus status,
        @Schema(description = "What the status rests on, a link (http or https) or a note, up to 2,000 characters:"
                + " required to make a quote VERIFIED, DISPUTED or MISATTRIBUTED, except in an import;"
                + " omitted on an update that keeps the status, the evidence stays as it was") String evidence,
        String language,
        Boolean translated,
        String notes,
        @Schema(description = "The version read, to update a quote") Long version) {

    /** A speaker by id, or by name or alias; a name no speaker has creates one, a person unless said. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record SpeakerReference(Long id, String name, List<String> aliases, SpeakerKind kind, String role,
            String affiliation, String wikidataId) {

        Reference<SpeakerInput> toReference() {
            return id != null ? new Reference.ById<>(id) : new Reference.ByName<>(name, new SpeakerInput(name,
                    aliases, kind != null ? kind : SpeakerKind.PERSON, role, affiliation, wikidataId, null));
        }
    }

    /** A venue by id, or by name; a new one is of kind OTHER unless said. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VenueReference(Long id, String name, VenueKind kind, String location) {

        Reference<VenueInput> toReference() {
            return id != null ? new Reference.ById<>(id)
                    : new Reference.ByName<>(name, new VenueInput(name, kind != null ? kind : VenueKind.OTHER,
                            location, null));
        }
    }

    /**
     * A source by id, or by title ({@code name} is accepted too) and, when given, publication date. A
     * new one has no text (a citation) unless given, and is in English unless said.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceReference(Long id, String title, String name, String publisher, String url,
            LocalDate publishedOn, String language, String text, String locator, String notes) {

        Reference<SourceInput> toReference() {
            String title = this.title != null ? this.title : name;
            return id != null ? new Reference.ById<>(id) : new Reference.ByName<>(title, new SourceInput(title,
                    publisher, url, publishedOn, language != null ? language : "en", text, locator, notes, null));
        }
    }

    /** The quote to write; what it cannot check without the database, {@link Quotes} checks. */
    public QuoteCommand toCommand() {
        return new QuoteCommand(text, type, speaker == null ? null : speaker.toReference(),
                venue == null || venue.id() == null && venue.name() == null ? null : venue.toReference(), spokenOn,
                datePrecision, spokenUntil, source == null ? null : source.toReference(), start, end, reportedVia, status,
                evidence, language, translated, notes, version);
    }
}
