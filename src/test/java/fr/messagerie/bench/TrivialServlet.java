package fr.messagerie.bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The only class of the trivial WAR the load harness deploys to measure what a deployment costs the
 * server by itself: the application's cold start is reported as a ratio to it.
 */
@WebServlet("/ready")
public class TrivialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("UP");
    }
}
