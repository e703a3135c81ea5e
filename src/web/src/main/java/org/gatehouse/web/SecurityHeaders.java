package org.gatehouse.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers that keep every page of both applications out of other sites' frames, plugins and
 * referrers. The policy names no script source: PrimeFaces writes inline scripts, which such a rule would stop.
 * Forwards and error pages get them too, so the sign-in and "not found" pages are covered (META-INF/web-fragment.xml).
 */
public class SecurityHeaders extends HttpFilter {

    /** No other site may frame a page (clickjacking), no plugin runs, and no injected base tag moves relative links. */
    public static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    /** A year; only over HTTPS, where a browser takes it (it ignores the header over plain HTTP). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // password links carry their token in the address: it never goes to another site
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }
}
