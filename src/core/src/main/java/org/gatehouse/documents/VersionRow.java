package org.gatehouse.documents;

import java.time.Instant;

/** One document version as the lists show it, with its document, customer and file. */
public record VersionRow(long id, long documentId, String title, long customerId, String customerName, int number,
                         DocumentVersion.Kind kind, String note, String authorName, Instant createdAt, boolean shared,
                         long fileId, String fileName, long sizeBytes) {
}
