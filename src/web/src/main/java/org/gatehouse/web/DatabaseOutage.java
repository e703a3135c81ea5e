package org.gatehouse.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gatehouse cannot reach its database: a failure whose causes say so is answered with a page of its own, status
 * 503, that needs nothing from the database (the application's templates read the signed-in user from it). A
 * POST may have been stored before the connection broke, so its page says that the outcome is not confirmed.
 */
public final class DatabaseOutage {

    /** When a person should try again, in seconds: the page says "in a minute". */
    static final int RETRY_AFTER_SECONDS = 60;

    private static final String PAGE = page();
    /** Causes a connection failure is made of: Payara's pool, PostgreSQL's driver, the network. */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException");
    private static final int MAX_CAUSES = 40;

    private DatabaseOutage() {
    }

    /**
     * Whether the failure comes from a database that cannot be reached: no connection to be had, or the one in use
     * broken (SQL state class 08), or the server shutting down or starting up (57P01 to 57P03).
     */
    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> next = new java.util.ArrayList<>(List.of(failure));
        while (!next.isEmpty() && seen.size() < MAX_CAUSES) {
            Throwable cause = next.remove(next.size() - 1);
            if (cause == null || !seen.add(cause)) {
                continue;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || CONNECTION_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                next.add(sql.getNextException());
            }
            next.add(cause.getCause());
        }
        return false;
    }

    /**
     * Answers the request with the database page, status 503, unless the answer has begun. Headers other than the
     * content's (the security headers) stay.
     *
     * @return false when the answer had already begun and nothing could be changed
     */
    public static boolean answer(HttpServletRequest request, HttpServletResponse response, String failureId) throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("content-") || lower.equals("content-security-policy")) {
                kept.put(name, List.copyOf(response.getHeaders(name)));
            }
        }
        response.reset();
        kept.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (AjaxRedirect.isAjax(request)) {
            // told to load the page, which then shows this one
            AjaxRedirect.send(response, request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return true;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setContentType("text/html");
        boolean unconfirmed = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        response.getWriter().write(PAGE
                .replace("{{unconfirmed}}", unconfirmed ? "<p id=\"unconfirmed\">We could not confirm whether what you sent was saved."
                        + " When Gatehouse answers again, look at the page before you send it again.</p>" : "")
                .replace("{{start}}", escaped(request.getContextPath() + "/"))
                .replace("{{failureId}}", escaped(failureId)));
        return true;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String page() {
        try (InputStream in = DatabaseOutage.class.getResourceAsStream("unavailable.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The database page is missing from the application", e);
        }
    }
}
