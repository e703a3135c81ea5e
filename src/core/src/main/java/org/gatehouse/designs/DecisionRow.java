package org.gatehouse.designs;

import java.time.Instant;
import java.util.List;

/** A contact's decision with the revisions it covers, named as people read them ("One-up artwork, revision 2"). */
public record DecisionRow(long id, DesignDecision.Decision decision, String comment, String decidedByName, Instant decidedAt,
                          List<String> revisions) {
}
