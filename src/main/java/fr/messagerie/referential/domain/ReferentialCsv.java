package fr.messagerie.referential.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a referential import file as a whole: either every line is valid and the rows
 * come back in application order, or the report lists every bad line with a French reason and
 * nothing may be applied.
 *
 * <p>The format (UTF-8, one entry per line, ';' separated, no quoting; lines that are empty or
 * start with '#' are ignored; the first other line is this exact header):
 *
 * <pre>
 * type;code;libelle_fr;libelle_en;parent;ordre;equipe;service_en_ligne;delai_jours;courriel;url;publics;actif
 * </pre>
 *
 * <ul>
 *   <li>{@code type}: EQUIPE, SERVICE_EN_LIGNE, THEME, SUJET or MOTIF.
 *   <li>{@code code}: A-Z, 0-9 and '_', 2 to 60 characters (40 for a team), unique in the file; an
 *       existing code is updated, a new one created.
 *   <li>{@code libelle_fr}, {@code libelle_en}: required, at most 200 characters.
 *   <li>{@code parent}: a SUJET's theme code, a MOTIF's subject code (in the file or already
 *       known); empty otherwise.
 *   <li>{@code ordre}: THEME, SUJET, MOTIF: a whole number from 0 to 100000.
 *   <li>{@code equipe}: MOTIF: the team code that receives its messages (required).
 *   <li>{@code service_en_ligne}: MOTIF: the online service code it proposes (optional).
 *   <li>{@code delai_jours}: MOTIF: answer target in working days, 1 to 60.
 *   <li>{@code courriel}: EQUIPE: the team's address (optional).
 *   <li>{@code url}: SERVICE_EN_LIGNE: an https:// address (required).
 *   <li>{@code publics}: THEME: audiences separated by ',': PARTICULIER, EXPLOITANT, EMPLOYEUR.
 *   <li>{@code actif}: OUI or NON (empty means OUI).
 * </ul>
 */
public final class ReferentialCsv {

    public static final String HEADER =
            "type;code;libelle_fr;libelle_en;parent;ordre;equipe;service_en_ligne;delai_jours;courriel;url;publics;actif";
    private static final int COLUMNS = 13;
    private static final int MAX_LABEL = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");
    private static final Map<String, ReferentialRow.Kind> KINDS =
            Map.of(
                    "EQUIPE", ReferentialRow.Kind.TEAM,
                    "SERVICE_EN_LIGNE", ReferentialRow.Kind.ONLINE_SERVICE,
                    "THEME", ReferentialRow.Kind.THEME,
                    "SUJET", ReferentialRow.Kind.SUBJECT,
                    "MOTIF", ReferentialRow.Kind.MOTIF);

    /** A bad line and why, in French for the administrator who prepared the file. */
    public record Problem(int line, String reason) {
        @Override
        public String toString() {
            return "Ligne " + line + " : " + reason;
        }
    }

    /** The outcome: rows to apply in order, or problems (then nothing is applied). */
    public record Result(List<ReferentialRow> rows, List<Problem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Codes already in the database, per kind, so a file may refer to them. */
    public interface KnownCodes {
        boolean contains(ReferentialRow.Kind kind, String code);
    }

    private ReferentialCsv() {}

    public static Result read(String content, KnownCodes known) {
        List<Problem> problems = new ArrayList<>();
        List<ReferentialRow> rows = new ArrayList<>();
        String[] lines = content.replace("\uFEFF", "").split("\r?\n", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (!line.strip().equals(HEADER)) {
                    problems.add(new Problem(number, "l'en-tête attendu est « " + HEADER + " »"));
                    return new Result(List.of(), problems);
                }
                continue;
            }
            parseLine(number, line, problems).ifPresent(rows::add);
        }
        if (!headerSeen) {
            problems.add(new Problem(1, "le fichier est vide"));
        }
        checkCodesAndReferences(rows, known, problems);
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        if (!problems.isEmpty()) {
            return new Result(List.of(), List.copyOf(problems));
        }
        rows.sort((a, b) -> a.kind().compareTo(b.kind()));
        return new Result(List.copyOf(rows), List.of());
    }

    private static Optional<ReferentialRow> parseLine(
            int number, String line, List<Problem> problems) {
        String[] cells = line.split(";", -1);
        if (cells.length != COLUMNS) {
            problems.add(
                    new Problem(
                            number,
                            COLUMNS + " colonnes attendues, " + cells.length + " trouvées"));
            return Optional.empty();
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c].strip();
        }
        List<String> reasons = new ArrayList<>();
        ReferentialRow.Kind kind = KINDS.get(cells[0].toUpperCase(Locale.ROOT));
        if (kind == null) {
            reasons.add("type inconnu « " + cells[0] + " »");
        }
        String code = cells[1];
        int maxCode = kind == ReferentialRow.Kind.TEAM ? 40 : 60;
        if (!CODE.matcher(code).matches() || code.length() > maxCode) {
            reasons.add(
                    "code invalide « "
                            + code
                            + " » (A-Z, 0-9 et _, 2 à "
                            + maxCode
                            + " caractères)");
        }
        label(cells[2], "libellé français", reasons);
        label(cells[3], "libellé anglais", reasons);
        Optional<String> parent = optional(cells[4]);
        int order = 0;
        int sla = 0;
        Optional<String> team = optional(cells[6]);
        Optional<String> service = optional(cells[7]);
        Optional<String> email = optional(cells[9]);
        Optional<String> url = optional(cells[10]);
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        if (kind != null) {
            boolean ordered =
                    kind == ReferentialRow.Kind.THEME
                            || kind == ReferentialRow.Kind.SUBJECT
                            || kind == ReferentialRow.Kind.MOTIF;
            if (ordered) {
                order = number(cells[5], 0, 100_000, "ordre", reasons);
            }
            boolean needsParent =
                    kind == ReferentialRow.Kind.SUBJECT || kind == ReferentialRow.Kind.MOTIF;
            if (needsParent && parent.isEmpty()) {
                reasons.add("parent obligatoire pour ce type");
            }
            if (!needsParent && parent.isPresent()) {
                reasons.add("parent inattendu pour ce type");
            }
            if (kind == ReferentialRow.Kind.MOTIF) {
                if (team.isEmpty()) {
                    reasons.add("équipe obligatoire pour un motif");
                }
                sla = number(cells[8], 1, 60, "délai en jours ouvrés", reasons);
            }
            if (kind == ReferentialRow.Kind.TEAM
                    && email.isPresent()
                    && !EMAIL.matcher(email.get()).matches()) {
                reasons.add("courriel invalide « " + email.get() + " »");
            }
            if (kind == ReferentialRow.Kind.ONLINE_SERVICE
                    && (url.isEmpty()
                            || !url.get().startsWith("https://")
                            || url.get().length() > 500)) {
                reasons.add("adresse https:// obligatoire (500 caractères au plus)");
            }
            if (kind == ReferentialRow.Kind.THEME) {
                audiences = audiences(cells[11], reasons);
            }
        }
        boolean active = true;
        if (!cells[12].isEmpty()) {
            switch (cells[12].toUpperCase(Locale.ROOT)) {
                case "OUI" -> active = true;
                case "NON" -> active = false;
                default -> reasons.add("actif doit valoir OUI ou NON");
            }
        }
        if (!reasons.isEmpty()) {
            problems.add(new Problem(number, String.join(" ; ", reasons)));
            return Optional.empty();
        }
        return Optional.of(
                new ReferentialRow(
                        number, kind, code, cells[2], cells[3], parent, order, team, service, sla,
                        email, url, audiences, active));
    }

    private static void checkCodesAndReferences(
            List<ReferentialRow> rows, KnownCodes known, List<Problem> problems) {
        Map<ReferentialRow.Kind, Set<String>> inFile = new EnumMap<>(ReferentialRow.Kind.class);
        for (ReferentialRow row : rows) {
            if (!inFile.computeIfAbsent(row.kind(), k -> new HashSet<>()).add(row.code())) {
                problems.add(new Problem(row.line(), "code « " + row.code() + " » en double"));
            }
        }
        for (ReferentialRow row : rows) {
            switch (row.kind()) {
                case SUBJECT ->
                        reference(
                                row,
                                ReferentialRow.Kind.THEME,
                                row.parent(),
                                "thème",
                                inFile,
                                known,
                                problems);
                case MOTIF -> {
                    reference(
                            row,
                            ReferentialRow.Kind.SUBJECT,
                            row.parent(),
                            "sujet",
                            inFile,
                            known,
                            problems);
                    reference(
                            row,
                            ReferentialRow.Kind.TEAM,
                            row.team(),
                            "équipe",
                            inFile,
                            known,
                            problems);
                    reference(
                            row,
                            ReferentialRow.Kind.ONLINE_SERVICE,
                            row.onlineService(),
                            "service en ligne",
                            inFile,
                            known,
                            problems);
                }
                default -> {}
            }
        }
    }

    private static void reference(
            ReferentialRow row,
            ReferentialRow.Kind kind,
            Optional<String> code,
            String what,
            Map<ReferentialRow.Kind, Set<String>> inFile,
            KnownCodes known,
            List<Problem> problems) {
        if (code.isEmpty()) {
            return;
        }
        boolean found =
                inFile.getOrDefault(kind, Set.of()).contains(code.get())
                        || known.contains(kind, code.get());
        if (!found) {
            problems.add(new Problem(row.line(), what + " « " + code.get() + " » inconnu"));
        }
    }

    private static void label(String value, String what, List<String> reasons) {
        if (value.isEmpty()) {
            reasons.add(what + " obligatoire");
        } else if (value.length() > MAX_LABEL) {
            reasons.add(what + " trop long (" + MAX_LABEL + " caractères au plus)");
        }
    }

    private static int number(String value, int min, int max, String what, List<String> reasons) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reasons.add(what + " : nombre entier de " + min + " à " + max + " attendu");
        return 0;
    }

    private static Set<Audience> audiences(String value, List<String> reasons) {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String part : value.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                audiences.add(Audience.valueOf(name));
            } catch (IllegalArgumentException e) {
                reasons.add("public inconnu « " + part.strip() + " »");
            }
        }
        if (audiences.isEmpty()) {
            reasons.add("au moins un public obligatoire pour un thème");
        }
        return audiences;
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
