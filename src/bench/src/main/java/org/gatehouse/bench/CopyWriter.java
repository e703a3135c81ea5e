package org.gatehouse.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows into one table through PostgreSQL's COPY (text format), sent in blocks of about a megabyte.
 * Values are written as they come: numbers, booleans and the generator's own texts, which hold no tab,
 * newline or backslash; null is {@code \N}.
 */
final class CopyWriter implements AutoCloseable {

    private final CopyIn copy;
    private final Progress progress;
    private final StringBuilder buffer = new StringBuilder(1 << 21);
    private long rows;
    private boolean firstInRow = true;

    CopyWriter(CopyManager copyManager, String table, String columns, Progress progress) throws SQLException {
        this.copy = copyManager.copyIn("copy " + table + " (" + columns + ") from stdin");
        this.progress = progress;
    }

    CopyWriter value(Object value) {
        if (!firstInRow) {
            buffer.append('\t');
        }
        firstInRow = false;
        buffer.append(value == null ? "\\N" : value.toString());
        return this;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstInRow = true;
        rows++;
        if (buffer.length() > 1 << 20) {
            flush();
            progress.at(rows);
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        progress.done(rows);
    }
}
