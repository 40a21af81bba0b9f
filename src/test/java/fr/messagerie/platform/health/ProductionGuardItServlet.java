package fr.messagerie.platform.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Test-only: the production guard's readiness answer, whatever server serves /health. */
@WebServlet("/it-production-guard")
public class ProductionGuardItServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    // @Readiness is a qualifier: the check has no @Default.
    @Inject @Readiness private ProductionSettingsCheck check;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HealthCheckResponse answer = check.call();
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("status", answer.getStatus().name());
        answer.getData()
                .ifPresent(data -> data.forEach((key, value) -> json.add(key, value.toString())));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.build().toString());
    }
}
