package fr.messagerie.backoffice.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One cell of an exported CSV file (RFC 4180, ';' separated for French spreadsheets). A value
 * starting with {@code = + - @}, a tab or a carriage return is prefixed with a quote, so that a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection: a label typed by
 * an administrator could otherwise execute when an analyst opens the file).
 */
public final class CsvCell {

    public static final char SEPARATOR = ';';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCell() {}

    public static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote =
                text.indexOf(SEPARATOR) >= 0
                        || text.indexOf('"') >= 0
                        || text.indexOf('\n') >= 0
                        || text.indexOf('\r') >= 0
                        || text.indexOf(',') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A numeric cell: written as is, never prefixed (a negative number is not a formula). */
    public static String number(Number value) {
        return value == null ? "" : value.toString();
    }

    public static String line(List<String> cells) {
        return cells.stream().collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }
}
