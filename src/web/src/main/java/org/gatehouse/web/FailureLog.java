package org.gatehouse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nobody can act on is logged with a short id, and the error page shows only that id:
 * enough for the operator to find it in the log, nothing for a visitor to learn from. When the database cannot be
 * reached, the answer is the {@link DatabaseOutage} page (503) at once, with one line in the log instead of a stack
 * trace per request; the error page could not be shown then, as its template reads the database. Mapped first of all
 * filters (META-INF/web-fragment.xml), so that it also sees the failures of the other filters and of servlets such as
 * the downloads.
 */
public class FailureLog extends HttpFilter {

    /** The request attribute the error page reads. */
    public static final String FAILURE_ID = "gatehouse.failureId";

    private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (answeredAsOutage(request, response, failure)) {
                return;
            }
            LOG.log(Level.SEVERE, "Failure " + request.getAttribute(FAILURE_ID) + " on " + request.getMethod() + " " + request.getRequestURI(), failure);
            throw failure;
        }
    }

    /**
     * Gives the failure its id and, when it comes from a database that cannot be reached, answers with the
     * {@link DatabaseOutage} page and logs one line. Also for failures before any filter runs (the sign-in mechanism).
     *
     * @return whether the request is answered
     */
    static boolean answeredAsOutage(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        request.setAttribute(FAILURE_ID, id);
        if (DatabaseOutage.causes(failure) && DatabaseOutage.answer(request, response, id)) {
            LOG.warning("Failure " + id + " on " + request.getMethod() + " " + request.getRequestURI()
                    + ": the database cannot be reached (" + rootCause(failure) + ")");
            return true;
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 40; depth++) {
            root = root.getCause();
        }
        return root.toString();
    }
}
