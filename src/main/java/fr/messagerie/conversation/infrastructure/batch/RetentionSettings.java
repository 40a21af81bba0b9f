package fr.messagerie.conversation.infrastructure.batch;

import fr.messagerie.conversation.domain.RetentionPolicy;
import fr.messagerie.platform.batch.JobParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention policy from the configuration; a job parameter, when given, wins for that run (an
 * administrator trying a shorter period on a copy of the data, or a test).
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "messagerie.retention.months", defaultValue = "24")
    private int retentionMonths;

    @Inject
    @ConfigProperty(name = "messagerie.retention.warning-days", defaultValue = "30")
    private int warningDays;

    public RetentionPolicy policy() {
        return RetentionPolicy.of(retentionMonths, warningDays);
    }

    /** The configured policy with the job's parameters applied; blank parameters are ignored. */
    public RetentionPolicy policy(String monthsParameter, String warningDaysParameter) {
        return RetentionPolicy.of(
                JobParameters.intOr(monthsParameter, retentionMonths),
                JobParameters.intOr(warningDaysParameter, warningDays));
    }
}
