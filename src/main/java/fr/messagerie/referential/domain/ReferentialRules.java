package fr.messagerie.referential.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every referential entry obeys, whatever screen or import produced it: bilingual labels
 * of at most {@link LocalizedLabel#MAX_LENGTH} characters, upper snake case codes (they appear in
 * imports, logs and the audit trail, so they must stay readable and stable), a response target of 1
 * to 60 working days, themes offered to at least one audience and online services reachable over
 * https only. Uniqueness needs the database and is checked by the application service.
 */
public final class ReferentialRules {

    public static final int MIN_SLA_WORKING_DAYS = 1;
    public static final int MAX_SLA_WORKING_DAYS = 60;
    public static final int MAX_CODE_LENGTH = 60;
    public static final int MAX_TEAM_CODE_LENGTH = 40;
    public static final int MAX_EMAIL_LENGTH = 254;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    // Deliberately loose: the mail server is the judge; this only catches obvious typos.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ReferentialRules() {}

    public static boolean isCode(String code) {
        return code != null && code.length() <= MAX_CODE_LENGTH && CODE.matcher(code).matches();
    }

    public static boolean isHttpsUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** What is wrong with a motif draft, field by field; empty when it may be saved. */
    public static List<ReferentialProblem> problemsOf(MotifDraft draft) {
        List<ReferentialProblem> problems = new ArrayList<>();
        code(problems, draft.code(), MAX_CODE_LENGTH);
        labels(problems, draft.labelFr(), draft.labelEn());
        if (draft.subjectId() == null) {
            problems.add(
                    new ReferentialProblem("subject", "admin.referential.error.subjectRequired"));
        }
        if (draft.teamId() == null) {
            problems.add(new ReferentialProblem("team", "admin.referential.error.teamRequired"));
        }
        Integer sla = draft.slaWorkingDays();
        if (sla == null || sla < MIN_SLA_WORKING_DAYS || sla > MAX_SLA_WORKING_DAYS) {
            problems.add(new ReferentialProblem("sla", "admin.referential.error.slaRange"));
        }
        sortOrder(problems, draft.sortOrder());
        return problems;
    }

    /** A theme is offered to at least one audience, else no citizen could ever choose it. */
    public static List<ReferentialProblem> problemsOf(ThemeDraft draft) {
        List<ReferentialProblem> problems = new ArrayList<>();
        code(problems, draft.code(), MAX_CODE_LENGTH);
        labels(problems, draft.labelFr(), draft.labelEn());
        if (draft.audiences().isEmpty()) {
            problems.add(
                    new ReferentialProblem(
                            "audiences", "admin.referential.error.audienceRequired"));
        }
        sortOrder(problems, draft.sortOrder());
        return problems;
    }

    public static List<ReferentialProblem> problemsOf(SubjectDraft draft) {
        List<ReferentialProblem> problems = new ArrayList<>();
        code(problems, draft.code(), MAX_CODE_LENGTH);
        labels(problems, draft.labelFr(), draft.labelEn());
        if (draft.themeId() == null) {
            problems.add(new ReferentialProblem("theme", "admin.referential.error.themeRequired"));
        }
        sortOrder(problems, draft.sortOrder());
        return problems;
    }

    public static List<ReferentialProblem> problemsOf(OnlineServiceDraft draft) {
        List<ReferentialProblem> problems = new ArrayList<>();
        code(problems, draft.code(), MAX_CODE_LENGTH);
        labels(problems, draft.labelFr(), draft.labelEn());
        if (draft.url() == null || draft.url().isBlank()) {
            problems.add(new ReferentialProblem("url", "admin.referential.error.urlRequired"));
        } else if (!isHttpsUrl(draft.url())) {
            problems.add(new ReferentialProblem("url", "admin.referential.error.urlHttps"));
        }
        return problems;
    }

    /** Team codes are shorter (40) than the taxonomy's: they come from the routing tables. */
    public static List<ReferentialProblem> problemsOf(TeamDraft draft) {
        List<ReferentialProblem> problems = new ArrayList<>();
        code(problems, draft.code(), MAX_TEAM_CODE_LENGTH);
        labels(problems, draft.labelFr(), draft.labelEn());
        if (draft.email() != null && !draft.email().isBlank() && !isEmail(draft.email().strip())) {
            problems.add(new ReferentialProblem("email", "admin.referential.error.email"));
        }
        return problems;
    }

    public static boolean isEmail(String email) {
        return email != null
                && email.length() <= MAX_EMAIL_LENGTH
                && EMAIL.matcher(email).matches();
    }

    private static void code(List<ReferentialProblem> problems, String code, int maxLength) {
        if (code == null || code.isBlank()) {
            problems.add(new ReferentialProblem("code", "admin.referential.error.codeRequired"));
        } else if (!isCode(code.strip()) || code.strip().length() > maxLength) {
            problems.add(
                    new ReferentialProblem(
                            "code",
                            maxLength == MAX_CODE_LENGTH
                                    ? "admin.referential.error.codeFormat"
                                    : "admin.referential.error.teamCodeFormat"));
        }
    }

    private static void labels(List<ReferentialProblem> problems, String french, String english) {
        label(problems, "labelFr", french);
        label(problems, "labelEn", english);
    }

    private static void sortOrder(List<ReferentialProblem> problems, Integer sortOrder) {
        if (sortOrder == null || sortOrder < 0) {
            problems.add(new ReferentialProblem("sortOrder", "admin.referential.error.sortOrder"));
        }
    }

    private static void label(List<ReferentialProblem> problems, String field, String label) {
        if (label == null || label.isBlank()) {
            problems.add(new ReferentialProblem(field, "admin.referential.error.labelRequired"));
        } else if (label.strip().length() > LocalizedLabel.MAX_LENGTH) {
            problems.add(new ReferentialProblem(field, "admin.referential.error.labelTooLong"));
        }
    }
}
