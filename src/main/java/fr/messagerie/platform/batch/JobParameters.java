package fr.messagerie.platform.batch;

/**
 * Job parameters arrive as strings, blank when the operator gave none (the job XML passes {@code
 * #{jobParameters['x']}} through); these helpers fall back to the configured value.
 */
public final class JobParameters {

    private JobParameters() {}

    public static int intOr(String parameter, int fallback) {
        if (parameter == null || parameter.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(parameter.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a whole number: " + parameter, e);
        }
    }

    public static String textOr(String parameter, String fallback) {
        return parameter == null || parameter.isBlank() ? fallback : parameter.strip();
    }
}
