package org.gatehouse.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.gatehouse.designs.LayerRow;

/** The links of a layer revision's file and preview, relative to the application's root, for both applications' pages. */
@Named
@ApplicationScoped
public class DesignFiles {

    public String download(LayerRow layer) {
        return AttachmentDownloads.path(layer.fileId());
    }

    /** The preview image; null when the file's format has none. */
    public String preview(LayerRow layer) {
        return layer.previewId() == null ? null : AttachmentDownloads.path(layer.previewId());
    }

    public String size(LayerRow layer) {
        return Uploads.size(layer.sizeBytes());
    }
}
