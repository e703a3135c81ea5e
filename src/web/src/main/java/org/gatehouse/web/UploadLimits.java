package org.gatehouse.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import org.gatehouse.files.AttachmentSettings;

/**
 * Refuses an upload that is too large before the server reads it: a form with files ({@code multipart/form-data})
 * must say its length, and that may be at most {@link AttachmentSettings#maxRequestBytes()}; a form with more than
 * {@link AttachmentSettings#MOST_FILES} files is refused too. Either way nothing is stored, and the person gets a
 * page that says why. The services still refuse a single file over the limit, with its name.
 *
 * <p>The limits are here and not in web.xml's {@code multipart-config}: that is fixed when the WAR is built, while
 * {@code gatehouse.attachment.max-mb} is set when the server starts, and Payara lets no listener change the
 * multipart configuration of a servlet declared in web.xml (its registration is not dynamic). Mapped to the Faces
 * Servlet in META-INF/web-fragment.xml.
 */
public class UploadLimits extends HttpFilter {

    @Inject
    AttachmentSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0 || length > settings.maxRequestBytes()) {
            refuse(request, response);
            return;
        }
        if (files(request.getParts()) > AttachmentSettings.MOST_FILES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static long files(Collection<Part> parts) {
        return parts.stream().filter(part -> part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty()).count();
    }

    /**
     * A page of its own, not a JSF view: rendering a view reads the request's parameters (CDI looks for a conversation
     * id), and that would make the server read the refused body after all.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // the rest of the body is not read: the connection ends with this answer
        response.setHeader("Connection", "close");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String root = request.getContextPath();
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>Files not taken</title>"
                + "<link rel=\"stylesheet\" href=\"" + root + "/jakarta.faces.resource/gatehouse.css.xhtml?ln=gatehouse\"/></head>"
                + "<body><main class=\"gh-main\"><div class=\"gh-card\" id=\"uploadRefused\"><h1>Files not taken</h1>"
                + "<p>Gatehouse takes up to " + AttachmentSettings.MOST_FILES + " files at a time, each at most " + settings.getMaxSize()
                + ". Nothing was saved: please go back and choose fewer or smaller files.</p>"
                + "<p><a href=\"" + root + "/\">Back to the start page</a></p></div></main></body></html>");
    }
}
