package org.gatehouse.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.FileService;

/**
 * Downloads of files of any record in both applications: {@code /files/{id}}. The file and its owner are read
 * through the signed-in user's scope ({@link FileService}), so a missing one, one outside the scope and one the
 * reader's audience does not include all answer the same 404; every download is in the audit log. The bytes go out in pieces, never whole in memory.
 */
@WebServlet("/files/*")
public class AttachmentDownloads extends HttpServlet {

    @Inject
    FileService files;

    /** The download link of an attachment, relative to the application's root. */
    public static String path(long attachmentId) {
        return "files/" + attachmentId;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = idIn(request.getPathInfo());
        Attachment file;
        try {
            file = id == null ? null : files.download(id);
        } catch (RecordNotFoundException notInScope) {
            file = null;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.getContentType());
        response.setContentLengthLong(file.getSizeBytes());
        response.setHeader("Content-Disposition", contentDisposition(file.getFileName()));
        // the browser keeps to the detected type and never runs what it shows (the pages' policy, plus a sandbox)
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; " + SecurityHeaders.CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "private, no-store");
        OutputStream out = response.getOutputStream();
        long offset = 0;
        while (offset < file.getSizeBytes()) {
            byte[] piece = files.piece(file.getId(), offset);
            if (piece.length == 0) {
                break;
            }
            out.write(piece);
            offset += piece.length;
        }
    }

    /** Always a download, never shown in the page; the name in UTF-8 (RFC 6266) with a plain-ASCII fallback. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Long idIn(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}(/.*)?")) {
            return null;
        }
        return Long.parseLong(pathInfo.substring(1).split("/", 2)[0]);
    }
}
