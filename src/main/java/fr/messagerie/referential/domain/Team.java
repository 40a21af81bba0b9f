package fr.messagerie.referential.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A team of agents; each motif routes its conversations to one team. */
@Entity
@Table(name = "team")
@Cacheable
public class Team implements ReferentialEntry {

    @Id
    @SequenceGenerator(
            name = "referential_seq",
            sequenceName = "referential_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referential_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded private LocalizedLabel label;

    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    protected Team() {}

    public Team(String code, LocalizedLabel label) {
        this.code = code;
        this.label = label;
    }

    public Team(String code, LocalizedLabel label, String email) {
        this(code, label);
        this.email = email;
    }

    public void change(LocalizedLabel label, String email) {
        this.label = label;
        this.email = email;
    }

    /**
     * Takes the team out of the choices (inbox filters, transfers); its conversations and members
     * stay. The service refuses it while active motifs still route to the team.
     */
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

    public LocalizedLabel getLabel() {
        return label;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean isActive() {
        return active;
    }
}
