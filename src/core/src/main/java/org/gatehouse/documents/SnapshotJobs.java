package org.gatehouse.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The snapshots being made on this server, by id. A job is only the progress of one request's work: the
 * version it makes is in the database, so a job forgotten after an hour (or with a restart) loses nothing.
 */
@ApplicationScoped
public class SnapshotJobs {

    private static final Duration KEPT = Duration.ofHours(1);

    /** One user makes one snapshot at a time: a double click does not start two. */
    private final Map<String, SnapshotJob> jobs = new ConcurrentHashMap<>();

    synchronized Optional<SnapshotJob> running(long userId) {
        return jobs.values().stream().filter(job -> job.userId() == userId && !job.isFinished()).findFirst();
    }

    synchronized SnapshotJob start(long userId, long customerId, boolean shared, Instant now) {
        jobs.values().removeIf(job -> job.startedAt().isBefore(now.minus(KEPT)));
        SnapshotJob job = new SnapshotJob(UUID.randomUUID().toString(), userId, customerId, shared, now);
        jobs.put(job.getId(), job);
        return job;
    }

    /** The job, if this user started it. */
    Optional<SnapshotJob> of(long userId, String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(job -> job.userId() == userId);
    }
}
