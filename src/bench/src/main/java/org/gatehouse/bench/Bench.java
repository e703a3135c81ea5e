package org.gatehouse.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import javax.sql.DataSource;
import org.gatehouse.setup.SchemaMigration;

/**
 * The benchmark's command line.
 * <pre>
 * java -jar src/bench/target/gatehouse-bench.jar generate --size S|M|L [--seed N] [--data DIR] [--db-port N]
 * </pre>
 * {@code generate} starts (or reuses) the embedded PostgreSQL in {@code DIR/postgres} (default {@code data-bench}),
 * brings its schema up to date and replaces its contents with a generated installation.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("generate")) {
            usage();
            return;
        }
        Size size = Size.L;
        long seed = 1;
        Path data = Path.of("data-bench");
        int dbPort = 5440;
        for (int i = 1; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--size" -> size = Size.valueOf(value.toUpperCase(Locale.ROOT));
                case "--seed" -> seed = Long.parseLong(value);
                case "--data" -> data = Path.of(value);
                case "--db-port" -> dbPort = Integer.parseInt(value);
                default -> {
                    usage();
                    return;
                }
            }
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).setPort(dbPort).start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            SchemaMigration.migrate(dataSource);
            try (Connection connection = dataSource.getConnection()) {
                new Generator(size, seed, System.out).load(connection);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: java -jar gatehouse-bench.jar generate --size S|M|L [--seed N] [--data DIR] [--db-port N]");
    }
}
