package org.quotedesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.quotedesk.catalogue.source.Source;
import org.quotedesk.common.Identified;

/** An article pasted in for review: the source it became, who imported it and when. */
@Entity
@Table(name = "article_import")
public class ArticleImport extends Identified {

    @OneToOne(optional = false)
    @JoinColumn(name = "source_id", nullable = false, unique = true)
    public Source source;

    @Column(name = "imported_by", nullable = false, length = 100)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
