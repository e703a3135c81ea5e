package org.gatehouse.designs;

import java.time.Instant;
import org.gatehouse.events.RecordEvent;

/** One line of a design's history: what happened, who did it and when. */
public record HistoryRow(RecordEvent.Kind kind, String detail, String actorName, Instant at) {

    /** The kind in words, for the history list. */
    public String what() {
        return switch (kind) {
            case CREATED -> "Created";
            case STATUS_CHANGED -> "Status";
            case UPLOADED -> "Upload";
            case DECIDED -> "Decision";
            case ANNOTATED -> "Annotation";
            case RESOLVED -> "Resolved";
            default -> kind.name();
        };
    }
}
