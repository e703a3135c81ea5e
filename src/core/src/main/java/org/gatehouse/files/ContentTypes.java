package org.gatehouse.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The content type of a file, from its first bytes (Apache Tika's signatures), the name only refining what the
 * bytes show (a ZIP named {@code .docx} is a Word document; a PNG named {@code .pdf} stays a PNG): a browser's
 * claim is never trusted, since a file is served back to other people. Nothing that a browser would run or
 * render as a page (HTML, XML, SVG, scripts) keeps its type: it is served as plain text.
 */
public final class ContentTypes {

    /** How many leading bytes {@link #detect} looks at. */
    public static final int HEAD = 8192;

    public static final String OCTET_STREAM = "application/octet-stream";
    public static final String TEXT = "text/plain; charset=UTF-8";

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private ContentTypes() {
    }

    /** The content type of a file named {@code fileName} whose first {@code length} bytes are in {@code head}. */
    public static String detect(byte[] head, int length, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type;
        try {
            type = TYPES.detect(new ByteArrayInputStream(head, 0, Math.min(length, Math.min(head.length, HEAD))), metadata).getBaseType();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read bytes held in memory", e);
        }
        MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
        if (type.getType().equals("text") || registry.isSpecializationOf(type, MediaType.TEXT_PLAIN)
                || registry.isSpecializationOf(type, MediaType.APPLICATION_XML) || type.getSubtype().contains("javascript")) {
            return TEXT;
        }
        // Tika's own container types (e.g. application/x-tika-ooxml) mean nothing to a browser
        if (type.equals(MediaType.OCTET_STREAM) || type.getSubtype().startsWith("x-tika-")) {
            return OCTET_STREAM;
        }
        return type.toString();
    }
}
