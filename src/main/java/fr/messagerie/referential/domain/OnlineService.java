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

/**
 * An online service the wizard proposes when it answers the citizen's need faster than a message
 * (step 3 of the guide).
 */
@Entity
@Table(name = "online_service")
@Cacheable
public class OnlineService implements ReferentialEntry {

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

    @Column(nullable = false, length = 500)
    private String url;

    @Column(nullable = false)
    private boolean active = true;

    protected OnlineService() {}

    /** A new active service; the caller has checked the draft (https only). */
    public OnlineService(String code, LocalizedLabel label, String url) {
        this.code = code;
        change(label, url);
    }

    public void change(LocalizedLabel label, String url) {
        this.label = label;
        this.url = url;
    }

    /** No motif proposes it any more; the deflection statistics keep what was offered. */
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

    public String getUrl() {
        return url;
    }

    @Override
    public boolean isActive() {
        return active;
    }
}
