package fr.messagerie.backoffice.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a canned response. One pass over the template: a value is inserted as
 * it is and never read again as a template, so a citizen named "{reference}" cannot change the
 * text. Unknown placeholders are left visible for the agent to notice. HTML escaping is the page's
 * job when it shows the text, not this one's: the reply is stored as plain text.
 */
public final class ReplyTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private ReplyTemplate() {}

    public static String fill(String template, String citizenName, String reference) {
        Map<String, String> values =
                Map.of(
                        "nom", citizenName == null ? "" : citizenName,
                        "reference", reference == null ? "" : reference);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
