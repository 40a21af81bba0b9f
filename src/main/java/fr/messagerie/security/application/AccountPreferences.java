package fr.messagerie.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Preferences a signed-in person sets by using the service. The language chosen in the page header
 * is also the language of their notifications (mails and SMS are rendered from the account).
 */
@ApplicationScoped
public class AccountPreferences {

    @Inject private CurrentAccount currentAccount;

    @Transactional
    public void rememberLanguage(Locale locale) {
        currentAccount.find().ifPresent(account -> account.preferLocale(locale));
    }
}
