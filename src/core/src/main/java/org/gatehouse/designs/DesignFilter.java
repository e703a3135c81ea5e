package org.gatehouse.designs;

/**
 * Which designs a list shows, inside the reader's scope: one company's (a customer's Designs tab, a site chosen in
 * the catalogue) or all the reader sees, optionally of one status (the catalogue: active; reviews: ready for review),
 * optionally those whose name or code contains the text.
 */
public record DesignFilter(Long customerId, DesignStatus status, String text) {
}
