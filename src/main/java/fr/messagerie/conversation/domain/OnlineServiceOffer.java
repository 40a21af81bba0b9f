package fr.messagerie.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The wizard proposed an online service and the citizen chose one of the three options: the raw
 * material of the deflection rate ("how many took the service instead of writing").
 */
@Entity
@Table(name = "online_service_offer")
public class OnlineServiceOffer {

    @Id
    @SequenceGenerator(
            name = "online_service_offer_seq",
            sequenceName = "online_service_offer_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "online_service_offer_seq")
    private Long id;

    @Column(name = "motif_id", nullable = false)
    private Long motifId;

    @Column(name = "online_service_id", nullable = false)
    private Long onlineServiceId;

    @Column(nullable = false, length = 20)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OnlineServiceChoice choice;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected OnlineServiceOffer() {}

    public OnlineServiceOffer(
            long motifId,
            long onlineServiceId,
            String audience,
            OnlineServiceChoice choice,
            Instant occurredAt) {
        this.motifId = motifId;
        this.onlineServiceId = onlineServiceId;
        this.audience = audience;
        this.choice = choice;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public OnlineServiceChoice getChoice() {
        return choice;
    }
}
