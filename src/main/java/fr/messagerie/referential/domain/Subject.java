package fr.messagerie.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Second level of the taxonomy: what, within a theme, the message is about. */
@Entity
@Table(name = "subject")
@Cacheable
@NamedQuery(
        name = Subject.ACTIVE_OF_THEME,
        query =
                "select s from Subject s where s.theme.id = :theme and s.active = true order by"
                        + " s.sortOrder, s.id",
        hints = {
            @QueryHint(name = ReferentialEntry.RESULTS_CACHE, value = "true"),
            @QueryHint(name = ReferentialEntry.READ_ONLY, value = "true"),
            @QueryHint(
                    name = ReferentialEntry.RESULTS_CACHE_EXPIRY,
                    value = ReferentialEntry.RESULTS_CACHE_EXPIRY_MILLIS)
        })
public class Subject implements ReferentialEntry {

    /** The active subjects of a theme, in their order (parameter {@code theme}). */
    public static final String ACTIVE_OF_THEME = "Subject.activeOfTheme";

    @Id
    @SequenceGenerator(
            name = "referential_seq",
            sequenceName = "referential_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referential_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Embedded private LocalizedLabel label;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected Subject() {}

    /** A new active subject; the caller has checked the draft with {@link ReferentialRules}. */
    public Subject(String code, Theme theme, LocalizedLabel label, int sortOrder) {
        this.code = code;
        change(theme, label, sortOrder);
    }

    /** Edits everything but the code; its motifs (and their conversations) follow a move. */
    public void change(Theme theme, LocalizedLabel label, int sortOrder) {
        this.theme = theme;
        this.label = label;
        this.sortOrder = sortOrder;
    }

    /** Hides the subject and its motifs from new messages; conversations keep them. */
    @Override
    public void deactivate() {
        active = false;
    }

    @Override
    public void reactivate() {
        active = true;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    public Theme getTheme() {
        return theme;
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
}
