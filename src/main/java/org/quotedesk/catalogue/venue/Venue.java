package org.quotedesk.catalogue.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.quotedesk.catalogue.CuratedRecord;
import org.quotedesk.catalogue.RecordIds;

/** Where something was said: an interview, a statement, a conference, a post. */
@Entity
@Table(name = "venue")
public class Venue extends CuratedRecord {

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public VenueKind kind;

    @Column(length = 300)
    public String location;

    /** Venues with exactly this name, in any case. */
    public static List<Long> idsByName(String name) {
        return RecordIds.of("select id from venue where name_key = lower(?1) order by id", name.strip());
    }
}
