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
import java.util.Optional;

/**
 * Third level of the taxonomy: the precise reason for writing. It decides where the conversation
 * goes (its team), how fast it should be answered (working days) and whether an online service
 * would serve the citizen better.
 */
@Entity
@Table(name = "motif")
@Cacheable
@NamedQuery(
        name = Motif.ACTIVE_OF_SUBJECT,
        query =
                "select m from Motif m where m.subject.id = :subject and m.active = true order by"
                        + " m.sortOrder, m.id",
        hints = {
            @QueryHint(name = ReferentialEntry.RESULTS_CACHE, value = "true"),
            @QueryHint(name = ReferentialEntry.READ_ONLY, value = "true"),
            @QueryHint(
                    name = ReferentialEntry.RESULTS_CACHE_EXPIRY,
                    value = ReferentialEntry.RESULTS_CACHE_EXPIRY_MILLIS)
        })
public class Motif implements ReferentialEntry {

    /** The active motifs of a subject, in their order (parameter {@code subject}). */
    public static final String ACTIVE_OF_SUBJECT = "Motif.activeOfSubject";

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
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Embedded private LocalizedLabel label;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "online_service_id")
    private OnlineService onlineService;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "sla_working_days", nullable = false)
    private int slaWorkingDays;

    protected Motif() {}

    /** A new active motif; the caller has checked the draft with {@link ReferentialRules}. */
    public Motif(
            String code,
            Subject subject,
            LocalizedLabel label,
            int sortOrder,
            OnlineService onlineService,
            Team team,
            int slaWorkingDays) {
        this.code = code;
        change(subject, label, sortOrder, onlineService, team, slaWorkingDays);
    }

    /**
     * Edits everything but the code and the id: conversations keep their motif id, so an edit (even
     * a move to another subject) never detaches them.
     */
    public void change(
            Subject subject,
            LocalizedLabel label,
            int sortOrder,
            OnlineService onlineService,
            Team team,
            int slaWorkingDays) {
        this.subject = subject;
        this.label = label;
        this.sortOrder = sortOrder;
        this.onlineService = onlineService;
        this.team = team;
        this.slaWorkingDays = slaWorkingDays;
    }

    /** The online service screen decides which motifs propose a service (null: none). */
    public void proposeOnlineService(OnlineService onlineService) {
        this.onlineService = onlineService;
    }

    /** Hides the motif from new messages; existing conversations still find it by id. */
    @Override
    public void deactivate() {
        active = false;
    }

    @Override
    public void reactivate() {
        active = true;
    }

    public Optional<OnlineService> onlineService() {
        return Optional.ofNullable(onlineService);
    }

    public Optional<OnlineService> proposedOnlineService() {
        return Optional.ofNullable(onlineService).filter(OnlineService::isActive);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    public Subject getSubject() {
        return subject;
    }

    public Theme getTheme() {
        return subject.getTheme();
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

    public Team getTeam() {
        return team;
    }

    public int getSlaWorkingDays() {
        return slaWorkingDays;
    }
}
