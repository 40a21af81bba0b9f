package fr.messagerie.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is shown in: the one the person chose (a cookie, so that choosing a language
 * creates no server session), else the browser's preference among the supported ones, else French.
 */
@Named
@RequestScoped
public class LanguagePreference {

    static final String COOKIE = "messagerie-lang";

    @Inject private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = chosenLanguage().map(SupportedLanguage::locale).orElseGet(this::negotiated);
        }
        return locale;
    }

    private Optional<SupportedLanguage> chosenLanguage() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> SupportedLanguage.fromCode(cookie.getValue()));
    }

    private Locale negotiated() {
        if (request.getHeader("Accept-Language") == null) {
            // The servlet API would answer with the server's locale: French is ours.
            return SupportedLanguage.FRENCH.locale();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale calculated =
                faces == null
                        ? request.getLocale()
                        : faces.getApplication().getViewHandler().calculateLocale(faces);
        return SupportedLanguage.fromCode(calculated.getLanguage())
                .orElse(SupportedLanguage.FRENCH)
                .locale();
    }
}
