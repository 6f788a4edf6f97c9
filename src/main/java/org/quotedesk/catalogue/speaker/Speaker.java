package org.quotedesk.catalogue.speaker;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.quotedesk.catalogue.CuratedRecord;
import org.quotedesk.catalogue.RecordIds;

@Entity
@Table(name = "speaker")
public class Speaker extends CuratedRecord {

    @Column(nullable = false, length = 200)
    public String name;

    /** Other spellings and short forms the name appears under ("Dmitri Peskov", "Peskov"). */
    /** Read for many speakers at once when the index documents a batch of quotes (one query, not one each). */
    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    @Column(name = "alias", nullable = false, length = 200)
    @OrderBy
    public List<String> aliases = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SpeakerKind kind;

    /** Role or title at the time of the quotes ("Kremlin spokesman"). */
    @Column(length = 300)
    public String role;

    /** Affiliation or country. */
    @Column(length = 300)
    public String affiliation;

    @Column(name = "wikidata_id", length = 20)
    public String wikidataId;

    /** Speakers with exactly this name, else with it in another case, else with it as an alias. */
    public static List<Long> idsByName(String name) {
        String stripped = name.strip();
        for (String lookup : List.of("select id from speaker where name = ?1 order by id",
                "select id from speaker where name_key = lower(?1) order by id",
                "select distinct speaker_id from speaker_alias where alias_key = lower(?1) order by speaker_id")) {
            List<Long> ids = RecordIds.of(lookup, stripped);
            if (!ids.isEmpty()) {
                return ids;
            }
        }
        return List.of();
    }

    /**
     * What the speakers are now, in one aggregate row: any create, update (of a field or an alias, which
     * raises the version) or delete, by any instance sharing the database, changes it.
     */
    public static SpeakersState state() {
        Object[] row = getEntityManager().createQuery("select count(s), coalesce(sum(s.id), 0),"
                + " coalesce(sum(s.version), 0), max(s.updatedAt) from Speaker s", Object[].class).getSingleResult();
        return new SpeakersState(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), (Instant) row[3]);
    }
}
