package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.AuthorKind;
import java.time.Instant;

/** A message as the citizen sees it in the thread: theirs or the institution's. */
public record ThreadMessage(AuthorKind author, String body, Instant sentAt, boolean unread) {

    public boolean isFromCitizen() {
        return author == AuthorKind.CITIZEN;
    }
}
