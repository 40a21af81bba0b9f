package fr.messagerie.backoffice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A prepared answer offered to agents, for one motif or for every conversation of a team. Its body
 * may name the citizen ({@code {nom}}) and the request ({@code {reference}}).
 */
@Entity
@Table(name = "canned_response")
public class CannedResponse {

    @Id
    @SequenceGenerator(
            name = "backoffice_seq",
            sequenceName = "backoffice_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backoffice_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "motif_id")
    private Long motifId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected CannedResponse() {}

    public CannedResponse(String title, String body, Long motifId, Long teamId, int sortOrder) {
        this.title = title;
        this.body = body;
        this.motifId = motifId;
        this.teamId = teamId;
        this.sortOrder = sortOrder;
    }

    /** An administrator's edit; the caller has checked the values with the rules. */
    public void change(String title, String body, Long motifId, Long teamId, int sortOrder) {
        this.title = title;
        this.body = body;
        this.motifId = motifId;
        this.teamId = teamId;
        this.sortOrder = sortOrder;
    }

    /** The text for one conversation, placeholders filled in. */
    public String renderFor(String citizenName, String reference) {
        return ReplyTemplate.fill(body, citizenName, reference);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Optional<Long> motifId() {
        return Optional.ofNullable(motifId);
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
