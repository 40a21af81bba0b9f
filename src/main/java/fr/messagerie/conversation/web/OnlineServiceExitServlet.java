package fr.messagerie.conversation.web;

import fr.messagerie.conversation.application.MotifNotSelectableException;
import fr.messagerie.conversation.application.OnlineServiceOffers;
import fr.messagerie.conversation.domain.OnlineServiceChoice;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.security.application.CurrentAccount;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * « J'utilise le service en ligne »: records the choice, then sends the citizen to the service. A
 * link rather than a form button on purpose: the Content-Security-Policy allows forms to post to
 * this origin only (form-action 'self'), and a POST answered by a redirect to the service's origin
 * would be blocked by the browser. Only the motif's own service can be the destination.
 */
@WebServlet("/espace/messagerie/service-en-ligne")
public class OnlineServiceExitServlet extends HttpServlet {

    @Inject private CurrentAccount account;
    @Inject private OnlineServiceOffers offers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long motifId;
        try {
            motifId = Long.parseLong(request.getParameter("motif"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OnlineService service;
        try {
            service = offers.record(account.get(), motifId, OnlineServiceChoice.USED_SERVICE);
        } catch (MotifNotSelectableException | IllegalStateException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", service.getUrl());
    }
}
