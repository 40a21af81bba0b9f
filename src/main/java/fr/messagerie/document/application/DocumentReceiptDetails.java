package fr.messagerie.document.application;

import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.document.infrastructure.DocumentRepository;
import fr.messagerie.notification.application.NotificationModelContributor;
import fr.messagerie.notification.application.NotificationSubject;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.platform.domain.DateLocales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The receipt mail's content: every file with its name, size and SHA-256. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentReceiptDetails implements NotificationModelContributor {

    private static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    @Inject private DocumentRepository documents;
    @Inject private DocumentReceipts receipts;

    @Inject
    @ConfigProperty(
            name = "messagerie.public-base-url",
            defaultValue = "http://localhost:8080/messagerie")
    String publicBaseUrl;

    @Override
    public boolean covers(NotificationKind kind) {
        return kind == NotificationKind.DOCUMENT_RECEIPT;
    }

    @Override
    public void contribute(NotificationSubject subject, Locale locale, Map<String, Object> model) {
        subject.subjectReference()
                .ifPresent(reference -> model.putAll(detailsOf(reference, locale)));
    }

    Map<String, Object> detailsOf(String reference, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        documents
                .findByReference(reference)
                .map(batch -> receipts.describe(batch, locale))
                .ifPresent(
                        receipt -> {
                            model.put(
                                    "receivedAt",
                                    DateTimeFormatter.ofLocalizedDateTime(
                                                    FormatStyle.LONG, FormatStyle.SHORT)
                                            .withLocale(DateLocales.forDates(locale))
                                            .withZone(PARIS)
                                            .format(receipt.receivedAt()));
                            model.put("motif", receipt.motifLabel());
                            model.put("conversationReference", receipt.conversationReference());
                            model.put("fileCount", receipt.files().size());
                            model.put("files", lines(receipt.files()));
                            model.put(
                                    "receiptUrl",
                                    publicBaseUrl
                                            + "/espace/documents/recu.xhtml?ref="
                                            + receipt.reference());
                        });
        return model;
    }

    private static List<Map<String, Object>> lines(List<ReceiptLine> files) {
        return files.stream()
                .map(
                        f ->
                                Map.<String, Object>of(
                                        "name", f.fileName(),
                                        "size", Long.toString(f.sizeBytes()),
                                        "sha256", f.sha256()))
                .toList();
    }
}
