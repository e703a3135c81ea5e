package org.gatehouse.company;

/**
 * A customer was put into another group or below another company, in the transaction now running: what depends on
 * its group or its place in the tree (which design statuses and layer types its contacts see) is worked out again
 * by the observers, in the same transaction, so no one sees the old answer after the commit.
 */
public record CustomerMoved(long customerId) {
}
