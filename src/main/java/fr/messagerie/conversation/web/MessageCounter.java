package fr.messagerie.conversation.web;

import fr.messagerie.conversation.domain.MessageText;
import fr.messagerie.platform.web.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "N caractères restants." line under a message field, as the server first renders it; the
 * script {@code js/message-counter.js} then keeps it current while the citizen types, with the same
 * three texts and the same choice between them.
 */
@Named
@RequestScoped
public class MessageCounter {

    static final String MANY = "common.message.counter.many";
    static final String ONE = "common.message.counter.one";
    static final String OVER = "common.message.counter.over";
    static final String OVER_ONE = "common.message.counter.overOne";
    static final String ZERO_IS_SINGULAR = "common.message.counter.zeroIsSingular";

    @Inject private UserMessages messages;

    public int getMax() {
        return MessageText.MAX_LENGTH;
    }

    /** The "nothing written" message, with the same limits the other refusals quote. */
    public String getEmptyMessage() {
        return messages.text(
                "common.message.empty", MessageText.MIN_LENGTH, MessageText.MAX_LENGTH);
    }

    /** The rule shown above the field. */
    public String getRule() {
        return messages.text("common.message.rule", MessageText.MIN_LENGTH, MessageText.MAX_LENGTH);
    }

    public String text(String raw) {
        int remaining = MessageText.remaining(raw);
        boolean zeroIsSingular = Boolean.parseBoolean(messages.text(ZERO_IS_SINGULAR));
        return messages.text(key(remaining, zeroIsSingular), Math.abs(remaining));
    }

    /**
     * Which of the four texts: the language's rule says whether 0 takes the singular (French: «0
     * caractère restant») or the plural (English: "0 characters left"); 1 takes it in both.
     */
    static String key(int remaining, boolean zeroIsSingular) {
        int count = Math.abs(remaining);
        boolean singular = count == 1 || (count == 0 && zeroIsSingular);
        if (remaining < 0) {
            return singular ? OVER_ONE : OVER;
        }
        return singular ? ONE : MANY;
    }
}
