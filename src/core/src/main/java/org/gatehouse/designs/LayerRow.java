package org.gatehouse.designs;

import java.time.Instant;

/**
 * A revision of a design's layer as pages show it, with its file and its preview (null when its format has none);
 * {@code shown}: the customer's contacts see it.
 */
public record LayerRow(long designId, long layerId, String typeName, long revisionId, int number, String note,
                       long fileId, String fileName, long sizeBytes, Long previewId, String authorName, Instant uploadedAt,
                       boolean shown) {
}
