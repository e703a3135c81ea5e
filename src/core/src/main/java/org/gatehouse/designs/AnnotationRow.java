package org.gatehouse.designs;

import java.time.Instant;

/**
 * An annotation as the numbered list beside its preview shows it; {@code body} is its W3C Web Annotation (JSON). A
 * class with getters, not a record: the pages' expression language reads properties.
 */
public final class AnnotationRow {

    private final long id;
    private final long revisionId;
    private final int number;
    private final String body;
    private final String comment;
    private final boolean internal;
    private final String authorName;
    private final Instant createdAt;
    private final String resolvedByName;
    private final Instant resolvedAt;

    AnnotationRow(long id, long revisionId, int number, String body, String comment, boolean internal, String authorName,
                  Instant createdAt, String resolvedByName, Instant resolvedAt) {
        this.id = id;
        this.revisionId = revisionId;
        this.number = number;
        this.body = body;
        this.comment = comment;
        this.internal = internal;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.resolvedByName = resolvedByName;
        this.resolvedAt = resolvedAt;
    }

    public long getId() {
        return id;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public String getComment() {
        return comment;
    }

    /** Staff only. */
    public boolean isInternal() {
        return internal;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getResolvedByName() {
        return resolvedByName;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }
}
