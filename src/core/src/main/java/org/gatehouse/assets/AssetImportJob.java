package org.gatehouse.assets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An import of assets from a CSV file, running in the background: how many rows are done, for the page's progress bar,
 * and its report: how many were imported, already there or refused, and why each refused row was. Read by the page that
 * started it while the importer's thread moves it on.
 */
public final class AssetImportJob {

    private final String id;
    private final long userId;
    private final long customerId;
    private final String fileName;
    private final int total;
    private final Instant startedAt;
    private volatile int imported;
    private volatile int alreadyThere;
    private volatile boolean finished;
    private volatile String failure;
    private final List<AssetImportProblem> problems = new ArrayList<>();

    AssetImportJob(String id, long userId, long customerId, String fileName, int total, Instant startedAt) {
        this.id = id;
        this.userId = userId;
        this.customerId = customerId;
        this.fileName = fileName;
        this.total = total;
        this.startedAt = startedAt;
    }

    public String getId() {
        return id;
    }

    long userId() {
        return userId;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getFileName() {
        return fileName;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The rows below the header that hold anything. */
    public int getTotal() {
        return total;
    }

    public synchronized int getDone() {
        return imported + alreadyThere + problems.size();
    }

    /** Percent done, for a progress bar. */
    public int getPercent() {
        return finished ? 100 : (int) (100L * getDone() / Math.max(total, 1));
    }

    public int getImported() {
        return imported;
    }

    /** Rows whose code the customer already had: left as they are. */
    public int getAlreadyThere() {
        return alreadyThere;
    }

    public synchronized int getRefused() {
        return problems.size();
    }

    /** The refused rows, in the file's order. */
    public synchronized List<AssetImportProblem> getProblems() {
        return problems.stream().sorted(Comparator.comparingInt(AssetImportProblem::row)).toList();
    }

    public boolean isFinished() {
        return finished;
    }

    /** Why the import stopped before its last row, in a sentence, or null: the rows done until then stay done. */
    public String getFailure() {
        return failure;
    }

    synchronized void imported() {
        imported++;
    }

    synchronized void alreadyThere() {
        alreadyThere++;
    }

    synchronized void refused(AssetImportProblem problem) {
        problems.add(problem);
    }

    void finished() {
        finished = true;
    }

    void failed(String why) {
        failure = why;
        finished = true;
    }
}
