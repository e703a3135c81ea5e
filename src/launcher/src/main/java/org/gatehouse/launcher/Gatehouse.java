package org.gatehouse.launcher;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * {@code java -jar src/launcher/target/gatehouse.jar [--port 8080] [--db-port 5433]} from the repository root:
 * Gatehouse with its demo data on this machine, kept in {@code data/} between runs. Ctrl-C stops it.
 */
public final class Gatehouse {

    private static final String USAGE = "Usage: java -jar gatehouse.jar [--port HTTP_PORT] [--db-port DATABASE_PORT]"
            + " (defaults " + Options.DEFAULT_HTTP_PORT + " and " + Options.DEFAULT_DATABASE_PORT + ")";

    private Gatehouse() {
    }

    public static void main(String[] args) throws InterruptedException {
        int httpPort = Options.DEFAULT_HTTP_PORT;
        int databasePort = Options.DEFAULT_DATABASE_PORT;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--port" -> httpPort = port(value);
                case "--db-port" -> databasePort = port(value);
                default -> exitWithUsage();
            }
        }
        // a clear word now instead of a bind error deep in a log after half a minute
        requireFree(httpPort, "--port");
        requireFree(databasePort, "--db-port");

        GatehouseServer server;
        try {
            server = GatehouseServer.start(Options.persistent(Path.of("data"), httpPort, databasePort), System.out);
        } catch (RuntimeException e) {
            System.err.println("Gatehouse did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("Gatehouse is ready: back office " + server.backofficeUrl()
                + " , portal " + server.portalUrl());
        System.out.println("Mail sent by Gatehouse: " + server.mailDirectory() + File.separator);
        System.out.println("Server log: " + server.logFile().toAbsolutePath() + " - press Ctrl-C to stop.");

        int exitCode = server.awaitStop();
        if (!server.isClosed()) {
            System.err.println("Payara Micro stopped by itself (exit code " + exitCode + "); see "
                    + server.logFile().toAbsolutePath());
            System.exit(1);
        }
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return exitWithUsage();
        }
    }

    private static void requireFree(int port, String option) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            // free: closed again at once, for Payara Micro or PostgreSQL to take
        } catch (IOException e) {
            System.err.println("Port " + port + " is in use; choose another one with " + option + ".");
            System.exit(1);
        }
    }

    private static int exitWithUsage() {
        System.err.println(USAGE);
        System.exit(2);
        return 0;
    }
}
