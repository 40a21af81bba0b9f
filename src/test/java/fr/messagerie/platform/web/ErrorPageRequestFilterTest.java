package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorPageRequestFilterTest {

    /** A refused Ajax postback, as the container hands it to the error page. */
    private static HttpServletRequest refusedAjaxPostback() {
        return (HttpServletRequest)
                Proxy.newProxyInstance(
                        HttpServletRequest.class.getClassLoader(),
                        new Class<?>[] {HttpServletRequest.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "getMethod" -> "POST";
                                    case "getParameter" -> "stateOfAnotherView";
                                    case "getParameterMap" ->
                                            Map.of(
                                                    "jakarta.faces.ViewState",
                                                    new String[] {"stateOfAnotherView"});
                                    case "getParameterNames" ->
                                            Collections.enumeration(
                                                    java.util.List.of("jakarta.faces.ViewState"));
                                    case "getParameterValues" -> new String[] {"x"};
                                    case "getHeader" ->
                                            "Faces-Request".equals(args[0])
                                                    ? "partial/ajax"
                                                    : "fr-FR";
                                    case "getHeaders" ->
                                            Collections.enumeration(
                                                    java.util.List.of("partial/ajax"));
                                    default -> null;
                                });
    }

    @Test
    void theErrorPageSeesAFirstVisitWithoutTheRefusedForm() {
        HttpServletRequest seen = new ErrorPageRequestFilter.FirstVisit(refusedAjaxPostback());

        assertThat(seen.getMethod()).isEqualTo("GET");
        assertThat(seen.getParameter("jakarta.faces.ViewState")).isNull();
        assertThat(seen.getParameterMap()).isEmpty();
        assertThat(seen.getParameterNames().hasMoreElements()).isFalse();
        assertThat(seen.getParameterValues("jakarta.faces.ViewState")).isNull();
        assertThat(seen.getHeader("Faces-Request")).isNull();
        assertThat(seen.getHeaders("Faces-Request").hasMoreElements()).isFalse();
        assertThat(seen.getHeader("Accept-Language")).isEqualTo("fr-FR");
    }
}
