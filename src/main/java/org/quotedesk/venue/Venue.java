package org.quotedesk.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.quotedesk.common.BaseEntity;

/** Where something was said: an interview, a statement, a conference, a post. */
@Entity
@Table(name = "venue")
public class Venue extends BaseEntity {

    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public VenueKind kind;

    @Column(length = 300)
    public String location;
}
