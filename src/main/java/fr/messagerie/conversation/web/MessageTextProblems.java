package fr.messagerie.conversation.web;

import fr.messagerie.conversation.domain.InvalidMessageTextException;
import fr.messagerie.conversation.domain.MessageText;

/**
 * Words a refused message text for the citizen: each reason of {@link InvalidMessageTextException}
 * has one bundle key, and every key takes the same arguments (minimum, maximum, actual length), so
 * the wizard and the reply form say exactly the same thing.
 */
public final class MessageTextProblems {

    private MessageTextProblems() {}

    public static String bundleKey(InvalidMessageTextException.Reason reason) {
        return switch (reason) {
            case EMPTY -> "common.message.empty";
            case TOO_SHORT -> "common.message.tooShort";
            case TOO_LONG -> "common.message.tooLong";
        };
    }

    /** The bundle arguments: {0} minimum, {1} maximum, {2} the length that was counted. */
    public static Object[] arguments(InvalidMessageTextException problem) {
        return new Object[] {
            MessageText.MIN_LENGTH, MessageText.MAX_LENGTH, problem.actualLength()
        };
    }
}
