package org.gatehouse.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How large one attached file may be, from {@code gatehouse.attachment.max-mb} (README, settings). */
@Named
@ApplicationScoped
public class AttachmentSettings {

    @Inject
    @ConfigProperty(name = "gatehouse.attachment.max-mb", defaultValue = "25")
    int maxMegabytes;

    public long maxBytes() {
        return maxMegabytes * 1024L * 1024L;
    }

    /** The limit as pages show it before an upload, e.g. "25 MB". */
    public String getMaxSize() {
        return AttachmentStore.megabytes(maxBytes());
    }

    public long getMaxBytes() {
        return maxBytes();
    }
}
