package fr.messagerie.document.web;

import fr.messagerie.document.application.DocumentAccess;
import fr.messagerie.document.application.DocumentNotFoundException;
import fr.messagerie.document.application.Download;
import fr.messagerie.security.application.CurrentAccount;
import fr.messagerie.security.domain.Account;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Streams a file back: /espace/documents/fichier/{id} for its owner, /agent/documents/fichier/{id}
 * for the routed team (web.xml already restricts each area to its role). Always as an attachment
 * with the type found at upload and nosniff, so a browser never runs what a citizen sent.
 */
@WebServlet(urlPatterns = {"/espace/documents/fichier/*", "/agent/documents/fichier/*"})
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private DocumentAccess access;
    @Inject private CurrentAccount currentAccount;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Long fileId = fileId(request.getPathInfo());
        Account account = currentAccount.find().orElse(null);
        if (fileId == null || account == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download download;
        try {
            download =
                    request.getServletPath().startsWith("/agent/")
                            ? access.forStaff(account, fileId)
                            : access.forCitizen(account, fileId);
        } catch (DocumentNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(download.mediaType());
        response.setContentLengthLong(download.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"document\"; filename*=UTF-8''"
                        + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.getOutputStream().write(download.content());
    }

    private static Long fileId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}
