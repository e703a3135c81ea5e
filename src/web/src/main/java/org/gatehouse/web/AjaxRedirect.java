package org.gatehouse.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A JSF Ajax request shows nothing of a redirect or an error page; it loads another page only when a partial
 * response tells it to. The sign-in mechanism (an ended session) and the database page answer it this way.
 */
final class AjaxRedirect {

    private AjaxRedirect() {
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** Answers the Ajax request with a partial response that sends the browser to {@code url}. */
    static void send(HttpServletResponse response, String url) throws IOException {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;") + "\"/></partial-response>");
    }
}
