package org.gatehouse.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Where a Gatehouse server keeps its data and which ports it listens on.
 *
 * @param dataDirectory holds the database ({@code postgres/}), the application server's log ({@code payara.log}) and the
 *                      mail the applications sent ({@code mail/})
 * @param httpPort      Payara Micro's HTTP port, which serves both applications
 * @param databasePort  the embedded PostgreSQL's port
 * @param keepDatabase  whether the database survives {@link GatehouseServer#close()}; tests start from a fresh one
 */
public record Options(Path dataDirectory, int httpPort, int databasePort, boolean keepDatabase) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    /** Not PostgreSQL's usual 5432, so that Gatehouse runs beside a PostgreSQL that is already installed. */
    public static final int DEFAULT_DATABASE_PORT = 5433;

    /** Gatehouse as a person runs it: the data of the last run is still there. */
    public static Options persistent(Path dataDirectory, int httpPort, int databasePort) {
        return new Options(dataDirectory, httpPort, databasePort, true);
    }

    /**
     * A throwaway Gatehouse for tests, on ports nothing else uses. The database is created fresh and deleted
     * when the server closes, so the data directory must not hold one yet; the log stays for diagnosis.
     */
    public static Options temporary(Path dataDirectory) {
        return new Options(dataDirectory, freePort(), freePort(), false);
    }

    Path databaseDirectory() {
        return dataDirectory.resolve("postgres");
    }

    Path mailDirectory() {
        return dataDirectory.resolve("mail");
    }

    Path logFile() {
        return dataDirectory.resolve("payara.log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for a test server", e);
        }
    }
}
