package fr.messagerie.backoffice.domain;

/**
 * One cell of a CSV export that spreadsheets open safely: quoted when needed, and a value that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is prefixed with a quote so
 * it stays text (OWASP "CSV injection").
 */
public final class CsvCell {

    private CsvCell() {}

    public static String of(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(';') >= 0
                || text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
