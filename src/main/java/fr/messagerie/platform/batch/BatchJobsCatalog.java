package fr.messagerie.platform.batch;

import java.util.List;

/** The application's batch jobs, by the name of their job XML. */
public final class BatchJobsCatalog {

    public static final String RETENTION = "conversation-retention";
    public static final String SLA_REMINDERS = "backoffice-sla-reminders";
    public static final String STATISTICS_EXPORT = "backoffice-statistics-export";
    public static final String REFERENTIAL_IMPORT = "referential-import";

    public static final List<String> ALL =
            List.of(RETENTION, SLA_REMINDERS, STATISTICS_EXPORT, REFERENTIAL_IMPORT);

    private BatchJobsCatalog() {}
}
