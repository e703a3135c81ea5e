package org.gatehouse.documents;

import java.time.Instant;

/**
 * A documentation snapshot being made in the background: which step it is at, for the page's progress bar,
 * and how it ended. Read by the page that started it while the writer's thread moves it on.
 */
public final class SnapshotJob {

    /** The steps, in order; the page shows the current one's words. */
    static final String[] STEPS = {"Reading the customer's data", "Laying out the pages", "Storing the PDF", "Done"};

    private final String id;
    private final long userId;
    private final long customerId;
    private final boolean shared;
    private final Instant startedAt;
    private volatile int step;
    private volatile Long versionId;
    private volatile String failure;

    SnapshotJob(String id, long userId, long customerId, boolean shared, Instant startedAt) {
        this.id = id;
        this.userId = userId;
        this.customerId = customerId;
        this.shared = shared;
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

    boolean shared() {
        return shared;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Percent done, for a progress bar. */
    public int getPercent() {
        return isFinished() ? 100 : 100 * step / (STEPS.length - 1);
    }

    public String getStep() {
        return failure != null ? "Failed: " + failure : STEPS[step];
    }

    public boolean isFinished() {
        return versionId != null || failure != null;
    }

    /** The version made, once done. */
    public Long getVersionId() {
        return versionId;
    }

    public String getFailure() {
        return failure;
    }

    void at(int step) {
        this.step = step;
    }

    void done(long versionId) {
        this.step = STEPS.length - 1;
        this.versionId = versionId;
    }

    void failed(String why) {
        this.failure = why;
    }
}
