package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.CsvCell;
import fr.messagerie.backoffice.domain.ExportMonth;
import fr.messagerie.backoffice.domain.ResponseTimes;
import fr.messagerie.conversation.application.ConversationStatistics;
import fr.messagerie.conversation.application.MotifMonthFacts;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The monthly statistics file: one line per motif with activity (theme, subject and motif labels,
 * volume, median and 90th-percentile first-response time in hours, online-service offers and the
 * deflection rate). Labels are escaped against formula injection.
 */
@ApplicationScoped
public class StatisticsExport {

    public static final List<String> HEADER =
            List.of(
                    "mois",
                    "theme",
                    "sujet",
                    "motif",
                    "code_motif",
                    "volume",
                    "delai_median_heures",
                    "delai_p90_heures",
                    "offres_service_en_ligne",
                    "service_utilise",
                    "deflexion_pourcent");

    @Inject private ConversationStatistics statistics;
    @Inject private ReferentialCatalog referential;

    @Inject
    @ConfigProperty(
            name = "messagerie.export.directory",
            defaultValue = "${java.io.tmpdir}/messagerie-exports")
    private String directory;

    public Path directory(String parameter) {
        String chosen = parameter == null || parameter.isBlank() ? directory : parameter.strip();
        return Path.of(chosen.replace("${java.io.tmpdir}", System.getProperty("java.io.tmpdir")));
    }

    public List<Long> motifs(ExportMonth month) {
        return statistics.motifsActiveBetween(month.start(), month.end());
    }

    public String line(ExportMonth month, long motifId) {
        MotifMonthFacts facts = statistics.factsOf(motifId, month.start(), month.end());
        Motif motif = referential.motif(motifId).orElseThrow();
        Locale fr = Locale.FRENCH;
        return CsvCell.line(
                List.of(
                        month.month().toString(),
                        CsvCell.escape(motif.getTheme().getLabel().in(fr)),
                        CsvCell.escape(motif.getSubject().getLabel().in(fr)),
                        CsvCell.escape(motif.getLabel().in(fr)),
                        CsvCell.escape(motif.getCode()),
                        CsvCell.number(facts.conversations()),
                        CsvCell.number(
                                ResponseTimes.medianHours(facts.firstResponseTimes()).orElse(null)),
                        CsvCell.number(
                                ResponseTimes.p90Hours(facts.firstResponseTimes()).orElse(null)),
                        CsvCell.number(facts.offers()),
                        CsvCell.number(facts.usedService()),
                        CsvCell.number(
                                ResponseTimes.deflectionPercent(facts.usedService(), facts.offers())
                                        .orElse(null))));
    }
}
