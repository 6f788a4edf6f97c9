package org.quotedesk.extraction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quotedesk.common.ValidationFailedException;
import org.quotedesk.speaker.Speaker;
import org.quotedesk.speaker.SpeakerKind;

/** Reads articles with the {@link Extractor}, matching the speakers already in the database. */
@ApplicationScoped
public class ExtractionService {

    private final Clock clock = Clock.systemUTC();

    /**
     * The candidates of an article; its outlet, when given, is a speaker too ("Politico reported").
     * The speakers are read in a short transaction of their own: the reading itself holds no
     * database connection.
     */
    public List<Candidate> extract(String text, LocalDate publishedOn, String publisher) {
        if (publishedOn != null && (publishedOn.getYear() < 1 || publishedOn.getYear() > 9999)) {
            throw ValidationFailedException.of("publishedOn", "must be a date between the years 1 and 9999");
        }
        List<KnownSpeaker> known = new ArrayList<>(QuarkusTransaction.joiningExisting()
                .call(ExtractionService::knownSpeakers));
        if (publisher != null && !publisher.isBlank()) {
            known.add(new KnownSpeaker(null, publisher.strip(), false, null, null, List.of()));
        }
        return Extractor.extract(text, publishedOn != null ? publishedOn : LocalDate.now(clock), known);
    }

    private static List<KnownSpeaker> knownSpeakers() {
        List<Speaker> speakers = Speaker.<Speaker>find("select distinct s from Speaker s left join fetch s.aliases")
                .list();
        return speakers.stream().map(s -> new KnownSpeaker(s.id, s.name, s.kind == SpeakerKind.PERSON, s.role,
                s.affiliation, List.copyOf(s.aliases))).toList();
    }
}
