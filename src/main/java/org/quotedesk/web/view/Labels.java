package org.quotedesk.web.view;

import io.quarkus.qute.TemplateExtension;
import org.quotedesk.catalogue.quote.DatePrecision;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.quote.QuoteType;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.venue.VenueKind;
import org.quotedesk.checking.Verdict;

/**
 * The one label of each value of the catalogue's enums, for every page, public or admin, and for
 * select boxes ({@link Choice}): {@code {quote.type.label}}.
 */
@TemplateExtension
public final class Labels {

    private Labels() {
    }

    public static String label(QuoteType type) {
        return switch (type) {
            case DIRECT -> "Direct quote";
            case PARTIAL -> "Partial quote";
            case INDIRECT -> "Reported speech";
        };
    }

    /** A type facet's value ("DIRECT") in words. */
    public static String typeLabel(Object typeName) {
        return label(QuoteType.valueOf(typeName.toString()));
    }

    /** A check's verdict in plain words. */
    public static String label(Verdict verdict) {
        return switch (verdict) {
            case EXACT -> "These words are on record";
            case ALTERED -> "Close, but not these words";
            case MISATTRIBUTED -> "On record, but said by someone else";
            case NOT_FOUND -> "Nothing close enough on record";
        };
    }

    public static String label(QuoteStatus status) {
        return switch (status) {
            case VERIFIED -> "Verified";
            case UNVERIFIED -> "Unverified";
            case DISPUTED -> "Disputed";
            case MISATTRIBUTED -> "Misattributed";
        };
    }

    /** A status facet's value ("VERIFIED") in words. */
    public static String statusLabel(Object statusName) {
        return label(QuoteStatus.valueOf(statusName.toString()));
    }

    public static String label(DatePrecision precision) {
        return switch (precision) {
            case DAY -> "On that day";
            case WEEK -> "In the week starting that day";
            case MONTH -> "In that month";
            case YEAR -> "In that year";
            case ON_OR_BEFORE -> "On or before that day";
            case ON_OR_AFTER -> "On or after that day";
            case BETWEEN -> "Between two dates (from … until …)";
            case UNKNOWN -> "Unknown";
        };
    }

    public static String label(VenueKind kind) {
        return switch (kind) {
            case PRESS_STATEMENT -> "Press statement";
            case PRESS_CONFERENCE -> "Press conference";
            case PHONE_CALL_READOUT -> "Phone-call readout";
            case TV_INTERVIEW -> "TV interview";
            case RADIO_INTERVIEW -> "Radio interview";
            case NEWS_AGENCY_INTERVIEW -> "News-agency interview";
            case PRINT_INTERVIEW -> "Print interview";
            case SPEECH -> "Speech";
            case CONFERENCE -> "Conference";
            case PARLIAMENTARY_DEBATE -> "Parliamentary debate";
            case SOCIAL_MEDIA_POST -> "Social media post";
            case BROADCAST -> "Broadcast";
            case BROADCAST_HEADLINE -> "Broadcast headline";
            case VIDEO -> "Video";
            case OFFICIAL_REPORT -> "Official report";
            case OTHER -> "Other";
        };
    }

    public static String label(SpeakerKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organisation";
            case GROUP -> "Group";
        };
    }

    /** Any of the values above. */
    static String of(Enum<?> value) {
        if (value instanceof QuoteType type) {
            return label(type);
        } else if (value instanceof QuoteStatus status) {
            return label(status);
        } else if (value instanceof DatePrecision precision) {
            return label(precision);
        } else if (value instanceof VenueKind kind) {
            return label(kind);
        } else if (value instanceof SpeakerKind kind) {
            return label(kind);
        }
        throw new IllegalArgumentException("No label for " + value.getClass().getSimpleName());
    }
}
