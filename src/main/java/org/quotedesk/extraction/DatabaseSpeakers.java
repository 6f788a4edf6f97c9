package org.quotedesk.extraction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.quotedesk.catalogue.speaker.Speaker;
import org.quotedesk.catalogue.speaker.SpeakerKind;
import org.quotedesk.catalogue.speaker.SpeakersState;

/**
 * The database's speakers filed for the extractor, kept while they stay the same. Loading and filing
 * 10,000 speakers took longer than reading most articles; asking whether they changed is one
 * aggregate query, which sees the writes of every instance sharing the database.
 */
@ApplicationScoped
class DatabaseSpeakers {

    private record Filed(SpeakersState state, SpeakerDirectory directory) {
    }

    private volatile Filed filed = new Filed(null, SpeakerDirectory.EMPTY);

    /** The speakers as they are now: filed again only when they changed since last asked. */
    SpeakerDirectory directory() {
        SpeakersState now = QuarkusTransaction.joiningExisting().call(Speaker::state);
        Filed current = filed;
        if (now.equals(current.state())) {
            return current.directory();
        }
        synchronized (this) {
            if (!now.equals(filed.state())) {
                // Read after the state: a write landing in between makes the next state differ, and files them again.
                filed = new Filed(now, SpeakerDirectory.of(QuarkusTransaction.joiningExisting().call(DatabaseSpeakers::load)));
            }
            return filed.directory();
        }
    }

    private static List<KnownSpeaker> load() {
        List<Speaker> speakers = Speaker.<Speaker>find("select distinct s from Speaker s left join fetch s.aliases"
                + " order by s.id").list();
        return speakers.stream().map(s -> new KnownSpeaker(s.id, s.name, s.kind == SpeakerKind.PERSON, s.role,
                s.affiliation, List.copyOf(s.aliases))).toList();
    }
}
