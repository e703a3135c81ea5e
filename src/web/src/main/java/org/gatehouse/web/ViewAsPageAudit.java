package org.gatehouse.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.viewas.ViewAsSession;

/** Every page seen in a "view as" session goes to the audit log under the real actor (mapped in META-INF/web-fragment.xml). */
public class ViewAsPageAudit extends HttpFilter {

    @Inject
    ViewAsSession viewAsSession;

    @Inject
    AuditLog auditLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) != null && viewAsSession.isActive() && "GET".equals(request.getMethod())
                && !request.getRequestURI().contains("/jakarta.faces.resource/")) {
            String query = request.getQueryString();
            auditLog.recordViewAs(viewAsSession.getGrant(), "view-as.page", request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        chain.doFilter(request, response);
    }
}
