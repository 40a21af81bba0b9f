package fr.messagerie.backoffice.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a canned response must be before agents are offered it: a title and a body that fit their
 * columns, and exactly one scope, a motif or a whole team (both would make the agent's list
 * ambiguous, neither would offer it to nobody). Problems are (field, message key) pairs.
 */
public final class CannedResponseRules {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 4000;

    private CannedResponseRules() {}

    public record Problem(String field, String messageKey) {}

    public static List<Problem> problemsOf(
            String title, String body, Long motifId, Long teamId, Integer sortOrder) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "admin.canned.error.titleRequired"));
        } else if (title.strip().length() > MAX_TITLE_LENGTH) {
            problems.add(new Problem("title", "admin.canned.error.titleTooLong"));
        }
        if (body == null || body.isBlank()) {
            problems.add(new Problem("body", "admin.canned.error.bodyRequired"));
        } else if (body.strip().length() > MAX_BODY_LENGTH) {
            problems.add(new Problem("body", "admin.canned.error.bodyTooLong"));
        }
        if ((motifId == null) == (teamId == null)) {
            problems.add(new Problem("motif", "admin.canned.error.oneScope"));
        }
        if (sortOrder == null || sortOrder < 0) {
            problems.add(new Problem("sortOrder", "admin.canned.error.sortOrder"));
        }
        return problems;
    }
}
