package org.gatehouse.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large one attached file may be, from {@code gatehouse.attachment.max-mb} (README, settings), and how many
 * files one form may send.
 */
@Named
@ApplicationScoped
public class AttachmentSettings {

    /** Files in one form: with the size of each, this bounds what one request may make the server store on disk. */
    public static final int MOST_FILES = 10;

    /** Room for a form's other fields beside its files. */
    private static final long FORM_FIELDS_BYTES = 1024L * 1024L;

    @Inject
    @ConfigProperty(name = "gatehouse.attachment.max-mb", defaultValue = "25")
    int maxMegabytes;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** The largest form with files that the server reads at all (web.UploadLimits). */
    public long maxRequestBytes() {
        return MOST_FILES * maxBytes() + FORM_FIELDS_BYTES;
    }

    /** The limit as pages show it before an upload, e.g. "25 MB". */
    public String getMaxSize() {
        return AttachmentStore.megabytes(maxBytes());
    }

    public long getMaxBytes() {
        return maxBytes();
    }
}
