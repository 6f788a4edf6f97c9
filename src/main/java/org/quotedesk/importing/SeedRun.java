package org.quotedesk.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks a seed script as loaded, so that it never runs again over curated data. */
@Entity
@Table(name = "seed_run")
public class SeedRun extends PanacheEntityBase {

    @Id
    @Column(length = 200)
    public String name;

    /** SHA-256 of the script as loaded, to tell later which version seeded this database. */
    @Column(nullable = false, length = 64)
    public String checksum;

    /** Statements executed; 0 when the database already held data and the seed was skipped. */
    @Column(nullable = false)
    public int statements;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
