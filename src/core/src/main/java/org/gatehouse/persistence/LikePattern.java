package org.gatehouse.persistence;

/** What people type into a search box, as a LIKE pattern ({@code escape '\'}) that finds it anywhere, ignoring case. */
public final class LikePattern {

    private LikePattern() {
    }

    /** @param text as typed; null (no search) matches everything */
    public static String containing(String text) {
        return "%" + (text == null ? "" : text).strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
