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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quotedesk.catalogue.BaseEntity;

@Entity
@Table(name = "speaker")
public class Speaker extends BaseEntity {

    @Column(nullable = false, length = 200)
    public String name;

    /** Other spellings and short forms the name appears under ("Dmitri Peskov", "Peskov"). */
    @ElementCollection
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
        List<Long> exact = Speaker.<Speaker>list("name", stripped).stream().map(s -> s.id).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        List<Long> anyCase = Speaker.<Speaker>list("lower(name) = ?1", lower).stream().map(s -> s.id).toList();
        return !anyCase.isEmpty() ? anyCase : getEntityManager()
                .createQuery("select distinct s.id from Speaker s join s.aliases a where lower(a) = :name", Long.class)
                .setParameter("name", lower)
                .getResultList();
    }
}
