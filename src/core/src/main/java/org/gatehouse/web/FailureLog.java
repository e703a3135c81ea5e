package org.gatehouse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure nobody can act on is logged with a short id, and the error page shows only that id:
 * enough for the operator to find it in the log, nothing for a visitor to learn from.
 */
@WebFilter("/*")
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
            String id = UUID.randomUUID().toString().substring(0, 8);
            request.setAttribute(FAILURE_ID, id);
            LOG.log(Level.SEVERE, "Failure " + id + " on " + request.getMethod() + " " + request.getRequestURI(), failure);
            throw failure;
        }
    }
}
