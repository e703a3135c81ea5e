package org.gatehouse.web;

import jakarta.servlet.http.Part;
import java.util.List;
import org.gatehouse.files.NewFile;

/** Files from a form's {@code h:inputFile multiple}, as the services take them. */
final class Uploads {

    private Uploads() {
    }

    /** The chosen files; a browser sends one empty, nameless part when none was chosen. */
    static List<NewFile> of(List<Part> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(part -> part.getSize() > 0 || part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank())
                .map(part -> new NewFile(part.getSubmittedFileName(), part::getInputStream))
                .toList();
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
