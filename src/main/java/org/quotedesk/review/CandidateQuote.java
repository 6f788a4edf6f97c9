package org.quotedesk.review;

import java.util.List;
import org.quotedesk.catalogue.quote.QuoteStatus;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.curation.QuoteCommand;
import org.quotedesk.curation.Reference;
import org.quotedesk.curation.SpeakerInput;

/**
 * A review candidate as the quote it proposes: its span, type, date and reporting path, and its
 * speaker, by id when the extractor matched a stored one, else by name, to be created (with the role
 * the article gives) when no speaker has it. The venue is left to the editor: the article's hint
 * goes into the notes. Its language is the source's.
 */
public final class CandidateQuote {

    private CandidateQuote() {
    }

    public static QuoteCommand of(ReviewCandidateDto c) {
        Reference<SpeakerInput> speaker = c.speakerId() != null ? new Reference.ById<>(c.speakerId())
                : c.speakerName() == null ? null : new Reference.ByName<>(c.speakerName(), new SpeakerInput(
                        c.speakerName(), List.of(), kindOf(c), c.role(), null, null, null));
        return new QuoteCommand(c.text(), c.type(), speaker, null, c.spokenOn(), c.datePrecision(), c.spokenUntil(),
                new Reference.ById<>(c.sourceId()), c.start(), c.end(), c.reportedVia(), QuoteStatus.UNVERIFIED, null,
                null, false, venueNote(c), null);
    }

    /** A person unless the extractor read the speaker as an organisation. */
    public static SpeakerKind kindOf(ReviewCandidateDto c) {
        return Boolean.FALSE.equals(c.speakerPerson()) ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON;
    }

    public static String venueNote(ReviewCandidateDto c) {
        return c.venueHint() == null ? null
                : "Venue as the article hints it: “" + c.venueHint() + "” (" + c.venueKind().name() + ").";
    }
}
