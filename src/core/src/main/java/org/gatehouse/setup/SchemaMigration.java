package org.gatehouse.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else runs. Each WAR runs it at deployment; Flyway
 * serialises concurrent runs with a database lock and skips what is applied. A failure stops the
 * deployment: a server on an unknown schema must not serve anyone.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/gatehouse")
    DataSource dataSource;

    /** Not named like {@link #migrate(DataSource)}: Payara finds a callback by name and may pick the overload. */
    @PostConstruct
    void migrateAtDeployment() {
        int applied = migrate(dataSource);
        LOG.info(() -> "Database schema is up to date (" + applied + " migration(s) applied now)");
    }

    /** Applies the pending migrations; also used by tests on the embedded database. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
