package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.OnlineServiceChoice;
import fr.messagerie.conversation.domain.OnlineServiceOffer;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Records what a citizen did when the wizard proposed an online service (step 3 of the guide). The
 * row keeps the audience, not the account: the deflection statistics need no personal link.
 */
@ApplicationScoped
public class OnlineServiceOffers {

    @Inject private ReferentialCatalog referential;
    @Inject private ConversationRepository conversations;
    @Inject private Clock clock;

    /**
     * Stores the citizen's choice and returns the service that was proposed, so the caller can send
     * the citizen there.
     *
     * @throws MotifNotSelectableException if the motif is not one this citizen may choose
     * @throws IllegalStateException if the motif proposes no online service
     */
    @Transactional
    public OnlineService record(Account citizen, long motifId, OnlineServiceChoice choice) {
        Motif motif =
                referential
                        .selectableMotif(citizen.getAudience(), motifId)
                        .orElseThrow(() -> new MotifNotSelectableException(motifId));
        OnlineService service =
                motif.proposedOnlineService()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "Motif " + motifId + " proposes no service"));
        conversations.add(
                new OnlineServiceOffer(
                        motifId,
                        service.getId(),
                        citizen.getAudience().name(),
                        choice,
                        clock.instant()));
        return service;
    }
}
