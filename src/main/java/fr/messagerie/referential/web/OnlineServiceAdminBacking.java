package fr.messagerie.referential.web;

import fr.messagerie.referential.application.OnlineServiceAdministration;
import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.OnlineServiceDraft;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The online services admin page: the list, and one form that creates a service or edits one, with
 * the motifs that propose it.
 */
@Named
@ViewScoped
public class OnlineServiceAdminBacking extends LabelledEntryForm {

    private static final long serialVersionUID = 1L;

    @Inject private OnlineServiceAdministration administration;
    @Inject private ReferentialAdministration referential;

    private String url;
    // An array, not a list: Faces converts a selectMany's values by the array's component type.
    private Long[] motifIds = {};

    private transient List<OnlineService> services;
    private transient List<Motif> motifs;

    @Override
    protected String formId() {
        return "serviceForm";
    }

    @Override
    protected String errorSummaryKey() {
        return "admin.services.error.summary";
    }

    public List<OnlineService> getServices() {
        if (services == null) {
            services = referential.onlineServices(actor());
        }
        return services;
    }

    public List<Motif> getMotifs() {
        if (motifs == null) {
            motifs = referential.motifs(actor());
        }
        return motifs;
    }

    public String motifLabel(Motif motif) {
        return label(motif.getSubject().getLabel()) + " › " + label(motif.getLabel());
    }

    /** The codes of the motifs proposing the service, for the list. */
    public String motifsProposing(OnlineService service) {
        return getMotifs().stream()
                .filter(m -> m.onlineService().filter(service::equals).isPresent())
                .map(Motif::getCode)
                .collect(Collectors.joining(", "));
    }

    public void edit(long serviceId) {
        getServices().stream()
                .filter(s -> s.getId() == serviceId)
                .findFirst()
                .ifPresent(
                        service -> {
                            startEditing(service.getId());
                            code = service.getCode();
                            labelFr = service.getLabel().french();
                            labelEn = service.getLabel().english();
                            url = service.getUrl();
                            motifIds =
                                    administration
                                            .motifsProposing(actor(), serviceId)
                                            .toArray(Long[]::new);
                        });
    }

    public void save() {
        OnlineServiceDraft draft =
                new OnlineServiceDraft(code, labelFr, labelEn, url, Set.of(motifIds));
        Long id = getEditingId();
        if (id == null) {
            submit(
                    () -> administration.create(actor(), draft),
                    "admin.services.created",
                    code == null ? "" : code.strip());
        } else {
            submit(() -> administration.update(actor(), id, draft), "admin.services.updated", code);
        }
    }

    public void deactivate(long serviceId) {
        act(() -> administration.deactivate(actor(), serviceId), "admin.services.deactivated");
    }

    public void reactivate(long serviceId) {
        act(() -> administration.reactivate(actor(), serviceId), "admin.services.reactivated");
    }

    @Override
    protected void clearOtherFields() {
        url = null;
        motifIds = new Long[0];
    }

    @Override
    protected void forgetRows() {
        services = null;
        motifs = null;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Long[] getMotifIds() {
        return motifIds.clone();
    }

    public void setMotifIds(Long[] motifIds) {
        this.motifIds = motifIds == null ? new Long[0] : motifIds.clone();
    }
}
