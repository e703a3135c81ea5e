package org.gatehouse.assets;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.gatehouse.validation.InvalidInputException;

/**
 * The asset imports on this server, by id. A job is only the progress and report of one request's work: the assets it
 * imports are in the database, so a report forgotten an hour after its import ended (or with a restart) loses nothing,
 * and the same file imported again adds just the rows still missing.
 */
@ApplicationScoped
public class AssetImportJobs {

    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, AssetImportJob> jobs = new ConcurrentHashMap<>();

    /** One user runs one import at a time: a second file waits until the first is done. */
    synchronized AssetImportJob start(long userId, long customerId, String fileName, int total, Instant now) {
        Optional<AssetImportJob> running = jobs.values().stream().filter(job -> job.userId() == userId && !job.isFinished()).findFirst();
        if (running.isPresent()) {
            throw new InvalidInputException("importFile", "Your import of " + running.get().getFileName() + " is still running ("
                    + running.get().getDone() + " of " + running.get().getTotal() + " rows done). Please import this file once it has ended.");
        }
        // a long import is kept while it runs, however long that is
        jobs.values().removeIf(job -> job.isFinished() && job.startedAt().isBefore(now.minus(KEPT)));
        AssetImportJob job = new AssetImportJob(UUID.randomUUID().toString(), userId, customerId, fileName, total, now);
        jobs.put(job.getId(), job);
        return job;
    }

    /** The job, if this user started it. */
    Optional<AssetImportJob> of(long userId, String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(job -> job.userId() == userId);
    }
}
