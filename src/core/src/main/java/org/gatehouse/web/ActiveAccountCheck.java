package org.gatehouse.web;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Ends the session of a user who was deactivated since signing in, at their next request, in whichever
 * application and on whichever server they are: the database, not the session, says who is active.
 * One look-up by the unique e-mail index per signed-in request.
 */
@WebFilter("/*")
public class ActiveAccountCheck extends HttpFilter {

    @Resource(lookup = "jdbc/gatehouse")
    DataSource dataSource;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || isActive(caller.getName())) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String signIn = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request follows a redirect only when it is told in a partial response
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + signIn + "\"/></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }

    private boolean isActive(String email) throws ServletException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select active from user_account where lower(email) = lower(?)")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new ServletException("Could not check whether " + email + " is still active", e);
        }
    }
}
