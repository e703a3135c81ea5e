package org.gatehouse.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How pages show a moment: {@code #{dates.format(row.updatedAt)}}; and the one time zone in which they show and read
 * the times people type or drag (the server's), so a calendar and a form say the same hour.
 */
@Named
@ApplicationScoped
public class Dates {

    static final ZoneId ZONE = ZoneId.systemDefault();

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy");

    public String format(Instant instant) {
        return shown(instant);
    }

    /** {@link #format} for a bean's message. */
    static String shown(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The zone's id, for a calendar or a date picker: {@code timeZone="#{dates.zone}"}. */
    public String getZone() {
        return ZONE.getId();
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
