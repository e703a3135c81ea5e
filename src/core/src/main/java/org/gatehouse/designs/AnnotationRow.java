package org.gatehouse.designs;

import java.time.Instant;

/** An annotation as the list beside its preview shows it; {@code body} is its W3C Web Annotation (JSON). */
public record AnnotationRow(long id, long revisionId, int number, String body, String comment, boolean staffOnly,
                            String authorName, Instant createdAt, String resolvedByName, Instant resolvedAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
