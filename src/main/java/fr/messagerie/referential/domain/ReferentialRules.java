package fr.messagerie.referential.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every referential entry obeys, whatever screen or import produced it: bilingual labels
 * of at most {@link LocalizedLabel#MAX_LENGTH} characters, upper snake case codes (they appear in
 * imports, logs and the audit trail, so they must stay readable and stable), a response target of 1
 * to 60 working days and online services reachable over https only. Uniqueness needs the database
 * and is checked by the application service.
 */
public final class ReferentialRules {

    public static final int MIN_SLA_WORKING_DAYS = 1;
    public static final int MAX_SLA_WORKING_DAYS = 60;
    public static final int MAX_CODE_LENGTH = 60;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

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
        if (draft.code() == null || draft.code().isBlank()) {
            problems.add(new ReferentialProblem("code", "admin.referential.error.codeRequired"));
        } else if (!isCode(draft.code().strip())) {
            problems.add(new ReferentialProblem("code", "admin.referential.error.codeFormat"));
        }
        label(problems, "labelFr", draft.labelFr());
        label(problems, "labelEn", draft.labelEn());
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
        if (draft.sortOrder() == null || draft.sortOrder() < 0) {
            problems.add(new ReferentialProblem("sortOrder", "admin.referential.error.sortOrder"));
        }
        return problems;
    }

    private static void label(List<ReferentialProblem> problems, String field, String label) {
        if (label == null || label.isBlank()) {
            problems.add(new ReferentialProblem(field, "admin.referential.error.labelRequired"));
        } else if (label.strip().length() > LocalizedLabel.MAX_LENGTH) {
            problems.add(new ReferentialProblem(field, "admin.referential.error.labelTooLong"));
        }
    }
}
