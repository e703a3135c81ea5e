package org.gatehouse.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How pages show a moment: {@code #{dates.format(row.updatedAt)}}. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
