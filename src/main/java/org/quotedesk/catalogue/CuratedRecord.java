package org.quotedesk.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A record of the catalogue (a quote, a speaker, a venue, a source), which an import may have created. */
@MappedSuperclass
public abstract class CuratedRecord extends BaseEntity {

    /** The audit entry of the import that created the record, when one did; its history starts there. */
    @Column(name = "import_entry_id")
    public Long importEntry;
}
