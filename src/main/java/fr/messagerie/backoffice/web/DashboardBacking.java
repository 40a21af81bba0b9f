package fr.messagerie.backoffice.web;

import fr.messagerie.backoffice.application.BackOfficeActionRefusedException;
import fr.messagerie.backoffice.application.BackOfficeStatistics;
import fr.messagerie.backoffice.application.DashboardFigures;
import fr.messagerie.backoffice.domain.CsvCell;
import fr.messagerie.platform.infrastructure.JsonFactories;
import fr.messagerie.platform.web.UserMessages;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team leads' dashboard: figures over a period, two charts drawn from the same figures as the
 * tables next to them (the tables are what screen readers use), and a CSV export.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private BackOfficeStatistics statistics;
    @Inject private CurrentAccount currentAccount;
    @Inject private UserMessages messages;

    private int periodDays = 30;
    private DashboardFigures figures;

    /** The view action: only team leads and administrators get figures; others get 403. */
    public void load() {
        try {
            figures = statistics.figures(currentAccount.get(), periodDays, locale());
        } catch (BackOfficeActionRefusedException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(403, "Forbidden");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }

    public void refresh() {
        load();
    }

    public String getStatusChart() {
        return barChart(figures.byStatus(), messages.text("agent.dashboard.byStatus"), true);
    }

    public String getThemeChart() {
        return barChart(figures.byTheme(), messages.text("agent.dashboard.byTheme"), false);
    }

    private String barChart(Map<String, Long> counts, String title, boolean statusLabels) {
        JsonArrayBuilder labels = JsonFactories.BUILDERS.createArrayBuilder();
        JsonArrayBuilder values = JsonFactories.BUILDERS.createArrayBuilder();
        counts.forEach(
                (label, count) -> {
                    labels.add(statusLabels ? messages.text("agent.status." + label) : label);
                    values.add(count);
                });
        return JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        JsonFactories.BUILDERS
                                                .createArrayBuilder()
                                                .add(
                                                        JsonFactories.BUILDERS
                                                                .createObjectBuilder()
                                                                .add("label", title)
                                                                .add("data", values)
                                                                .add(
                                                                        "backgroundColor",
                                                                        "#1d4f91"))))
                .add(
                        "options",
                        JsonFactories.BUILDERS
                                .createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("responsive", true)
                                .add("maintainAspectRatio", false))
                .build()
                .toString();
    }

    /** The figures as CSV (semicolon-separated, as French spreadsheets expect). */
    public void exportCsv() throws IOException {
        StringBuilder csv = new StringBuilder();
        line(
                csv,
                messages.text("agent.dashboard.csv.figure"),
                messages.text("agent.dashboard.csv.value"));
        line(csv, messages.text("agent.dashboard.received"), figures.received());
        figures.byStatus()
                .forEach(
                        (status, count) ->
                                line(csv, messages.text("agent.status." + status), count));
        figures.byTheme().forEach((theme, count) -> line(csv, theme, count));
        line(csv, messages.text("agent.dashboard.medianHours"), figures.medianFirstResponseHours());
        line(csv, messages.text("agent.dashboard.p90Hours"), figures.p90FirstResponseHours());
        line(csv, messages.text("agent.dashboard.overdue"), figures.overdue());
        line(csv, messages.text("agent.dashboard.deflection"), figures.deflectionPercent());
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"tableau-de-bord.csv\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            // A byte-order mark so that spreadsheets read the accents as UTF-8.
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    private static void line(StringBuilder csv, Object label, Object value) {
        csv.append(
                        CsvCell.line(
                                List.of(
                                        CsvCell.escape(String.valueOf(label)),
                                        CsvCell.escape(String.valueOf(value)))))
                .append("\r\n");
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public int getPeriodDays() {
        return periodDays;
    }

    public void setPeriodDays(int periodDays) {
        this.periodDays = Math.max(1, Math.min(366, periodDays));
    }
}
