package org.gatehouse.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gatehouse.assets.AssetSight;
import org.gatehouse.planning.AssignedSight;

/**
 * The generator writes the sight of assets, work orders and planning entries itself (COPY), as the application derives
 * it; this hands the installation to the application's own derivation and counts the rows whose sight it changed, which
 * must be none. Either the whole installation ({@code AssetSight.ofAll}, {@code AssignedSight.ofAll}: what an import
 * would call) or, where that takes too long (hours at L), the whole trees of {@value #SAMPLE} customers spread over the
 * installation ({@code AssetSight.ofSubtree} from the root, the same statements narrowed to a customer), whose time is
 * scaled up by the share of the work orders it covered. Both commit what the application wrote, then compact the rewritten tables, so
 * the screens are measured on the application's own sight and on tables without the dead rows of the rewrite.
 */
final class SightCheck {

    /** The sample: this many customers with assets, evenly spread. */
    static final int SAMPLE = 5;

    private static final String[][] DERIVED = {{"asset", "asset"}, {"work order", "work_order"}, {"planning entry", "planning_entry"}};

    /** What a check found: how many sights the application changed (by table), and how long its derivation took. */
    record Outcome(boolean whole, long changed, String changes, double seconds, double estimatedWholeSeconds, String detail) {

        String describe() {
            return String.format(Locale.ROOT, "%s, %s", whole
                    ? String.format(Locale.ROOT, "AssetSight.ofAll and AssignedSight.ofAll over the whole installation: %.1f s", seconds)
                    : String.format(Locale.ROOT, "%s: %.1f s, the whole installation estimated at %.0f s", detail, seconds, estimatedWholeSeconds),
                    changed == 0 ? "no sight changed (the generator's are the application's)" : "**sights changed: " + changes + "**");
        }
    }

    private SightCheck() {
    }

    /** The application's derivation over everything, timed (commit included). */
    static Outcome whole(Connection connection, EntityManagerFactory emf, PrintStream out) throws SQLException {
        snapshot(connection, "true");
        Progress progress = new Progress(out, "sight, ofAll", 1);
        long started = System.nanoTime();
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            AssetSight.ofAll(em);
            AssignedSight.ofAll(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.done(1);
        return finish(connection, true, seconds, seconds, "whole installation", out);
    }

    /**
     * The application's derivation of the whole trees of {@value #SAMPLE} customers with assets, timed; the
     * whole installation's time estimated as this time over the share of the work orders the sample holds (a work order's
     * sight costs a pass over the users, which makes work orders the bulk of it).
     */
    static Outcome sampled(Connection connection, EntityManagerFactory emf, PrintStream out) throws SQLException {
        List<Long> withAssets = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("select distinct customer_id from asset order by customer_id")) {
            while (result.next()) {
                withAssets.add(result.getLong(1));
            }
        }
        List<Long> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE && i < withAssets.size(); i++) {
            sample.add(withAssets.get(i * withAssets.size() / SAMPLE));
        }
        String customers = sample.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("-1");
        snapshot(connection, "customer_id in (" + customers + ")");
        long sampleOrders = Query.Subject.single(connection, "select count(*) from work_order where customer_id in (" + customers + ")");
        long allOrders = Query.Subject.single(connection, "select count(*) from work_order");
        Progress progress = new Progress(out, "sight, sample", sample.size());
        long started = System.nanoTime();
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            int done = 0;
            for (long customer : sample) {
                AssetSight.ofSubtree(em, customer, "/");
                progress.at(++done);
            }
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.done(sample.size());
        String detail = String.format(Locale.ROOT, "AssetSight.ofSubtree of the whole trees of %d customers (%,d of %,d work orders)",
                sample.size(), sampleOrders, allOrders);
        return finish(connection, false, seconds, sampleOrders == 0 ? Double.NaN : seconds * allOrders / sampleOrders, detail, out);
    }

    /** Each derived table's sight before the application's derivation, for the chosen customers. */
    private static void snapshot(Connection connection, String customers) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_sight_before");
            StringBuilder select = new StringBuilder();
            for (String[] table : DERIVED) {
                select.append(select.isEmpty() ? "" : " union all ").append("select '").append(table[1]).append("'::text as kind, id, sight from ")
                        .append(table[1]).append(" where ").append(customers);
            }
            statement.execute("create unlogged table bench_sight_before as " + select);
            statement.execute("create index on bench_sight_before (kind, id)");
            statement.execute("analyze bench_sight_before");
        }
    }

    private static Outcome finish(Connection connection, boolean whole, double seconds, double estimate, String detail, PrintStream out)
            throws SQLException {
        long changed = 0;
        List<String> changes = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String[] table : DERIVED) {
                long count = Query.Subject.single(connection, """
                        select count(*) from bench_sight_before b join %s t on t.id = b.id where b.kind = '%s' and t.sight <> b.sight"""
                        .formatted(table[1], table[1]));
                changed += count;
                if (count > 0) {
                    changes.add(count + " " + table[0] + (count == 1 ? "" : "s"));
                }
            }
            statement.execute("drop table bench_sight_before");
            // the derivation rewrote every row it chose: give the tables back without the dead versions, as the generator left them
            Progress progress = new Progress(out, "vacuum full", 1);
            statement.execute("vacuum full analyze asset, work_order, planning_entry, tour, work_order_note");
            progress.done(1);
        }
        Outcome outcome = new Outcome(whole, changed, String.join(", ", changes), seconds, estimate, detail);
        out.println("  sight check: " + outcome.describe());
        return outcome;
    }
}
