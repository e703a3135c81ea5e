package org.gatehouse.persistence;

/** What people type into a search box, as a LIKE pattern ({@code escape '\'}) that finds it anywhere, ignoring case. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
