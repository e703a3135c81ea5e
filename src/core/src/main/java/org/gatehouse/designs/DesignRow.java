package org.gatehouse.designs;

import java.time.Instant;

/** A design as lists show it; {@code shown}: its customer's contacts see it. */
public record DesignRow(long id, String name, String code, String description, DesignStatus status, long customerId,
                        String customerName, Instant updatedAt, int version, boolean shown) {
}
