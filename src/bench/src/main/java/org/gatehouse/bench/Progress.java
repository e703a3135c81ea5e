package org.gatehouse.bench;

import java.io.PrintStream;
import java.util.Locale;

/** A progress bar on the terminal for one table: done of total, percent, rows per second, time so far. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastPrinted;

    Progress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        print(0);
    }

    void at(long done) {
        long now = System.nanoTime();
        if (now - lastPrinted > 200_000_000L) {
            lastPrinted = now;
            print(done);
        }
    }

    void done(long done) {
        print(done);
        out.println();
    }

    private void print(long done) {
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "\r  %-22s [%s%s] %3d%% %,12d / %,d  %,9.0f rows/s  %6.1f s", label,
                "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * Math.min(done, total) / total, done, total,
                seconds > 0 ? done / seconds : 0, seconds);
        out.flush();
    }
}
