package fr.messagerie.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;

/** First level of the taxonomy ("Mon message concerne"), offered to one or more audiences. */
@Entity
@Table(name = "theme")
@Cacheable
@NamedQuery(
        name = Theme.OFFERED_TO,
        query =
                "select t from Theme t where t.active = true and :audience member of t.audiences"
                        + " order by t.sortOrder, t.id",
        hints = {
            @QueryHint(name = ReferentialEntry.RESULTS_CACHE, value = "true"),
            @QueryHint(name = ReferentialEntry.READ_ONLY, value = "true"),
            @QueryHint(
                    name = ReferentialEntry.RESULTS_CACHE_EXPIRY,
                    value = ReferentialEntry.RESULTS_CACHE_EXPIRY_MILLIS)
        })
public class Theme implements ReferentialEntry {

    /** The active themes offered to an audience, in their order (parameter {@code audience}). */
    public static final String OFFERED_TO = "Theme.offeredTo";

    @Id
    @SequenceGenerator(
            name = "referential_seq",
            sequenceName = "referential_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referential_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Embedded private LocalizedLabel label;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "theme_audience", joinColumns = @JoinColumn(name = "theme_id"))
    @Column(name = "audience", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    protected Theme() {}

    /** A new active theme; the caller has checked the draft with {@link ReferentialRules}. */
    public Theme(String code, LocalizedLabel label, int sortOrder, Set<Audience> audiences) {
        this.code = code;
        change(label, sortOrder, audiences);
    }

    /** Edits everything but the code, which imports and the audit trail rely on. */
    public void change(LocalizedLabel label, int sortOrder, Set<Audience> audiences) {
        this.label = label;
        this.sortOrder = sortOrder;
        this.audiences.clear();
        this.audiences.addAll(audiences);
    }

    /** Hides the theme, its subjects and motifs from new messages; conversations keep them. */
    @Override
    public void deactivate() {
        active = false;
    }

    @Override
    public void reactivate() {
        active = true;
    }

    public boolean isOfferedTo(Audience audience) {
        return active && audiences.contains(audience);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    public LocalizedLabel getLabel() {
        return label;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    public Set<Audience> getAudiences() {
        return Set.copyOf(audiences);
    }
}
