package org.gatehouse.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Gatehouse on one machine: an embedded PostgreSQL and, as a child process, Payara Micro with the back office and
 * the portal. The applications migrate the database and load the demo data themselves when they are deployed, so
 * this class only provides the database and starts the server with the environment the production post-boot
 * commands read ({@code config/post-boot-commands.asadmin}).
 *
 * <p>{@link #start} returns once both applications answer; {@link #close()} stops the server, then the database.
 * A JVM shutdown hook closes it too, so Ctrl-C or the end of a test run leaves no process behind.
 */
public final class GatehouseServer implements AutoCloseable {

    private static final String DATABASE = "gatehouse";
    /** The embedded database trusts local connections; Payara's pool still needs a user and a non-empty password. */
    private static final String DATABASE_USER = "postgres";
    private static final String DATABASE_PASSWORD = "postgres";

    /** Payara Micro's last boot line, e.g. "Payara Micro 6.2025.10 (build 42) ready in 14,202 (ms)". */
    private static final Pattern READY_LINE = Pattern.compile("Payara Micro .* ready in ");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** A one-line SEVERE record, or the lines of a stack trace that say what went wrong. */
    private static final Pattern ERROR_LINE =
            Pattern.compile("\\[SEVERE].*\\[levelValue: \\d+] [^\\[\\s]|Caused by:|Exception Description:");
    /** Payara Micro colours its log levels even in a file; the console shows the lines without the codes. */
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final int MAX_ERROR_LINES = 12;
    private static final int LOG_TAIL_LINES = 40;
    private static final String STOPPED_WHILE_STARTING = "it was stopped while it was starting";

    private final Options options;
    private final PrintStream progress;
    private final Object lock = new Object();
    private boolean closed;
    private EmbeddedPostgres database;
    private MailSink mailSink;
    private Process payara;

    private GatehouseServer(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Starts the database and the applications, and reports each step, and the stop, to {@code progress}.
     *
     * @throws IllegalStateException when either does not start; the message includes the end of the server's log
     */
    public static GatehouseServer start(Options options, PrintStream progress) {
        GatehouseServer server = new GatehouseServer(options, progress);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "gatehouse-shutdown"));
        try {
            server.startDatabase();
            server.startMailSink();
            server.awaitReady(server.startPayara());
            server.requireDeployed(server.backofficeUrl());
            server.requireDeployed(server.portalUrl());
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public URI backofficeUrl() {
        return applicationUrl("backoffice");
    }

    public URI portalUrl() {
        return applicationUrl("portal");
    }

    /** The server's database, for tests that look at or change what the applications stored. */
    public DataSource dataSource() {
        return database.getDatabase(DATABASE_USER, DATABASE);
    }

    public Path logFile() {
        return options.logFile();
    }

    /** Where every mail the applications send is written, one {@code .eml} file each. */
    public Path mailDirectory() {
        return options.mailDirectory();
    }

    /**
     * Waits until Payara Micro ends, which it does by itself only when something went wrong.
     *
     * @return its exit code
     */
    public int awaitStop() throws InterruptedException {
        return payara.waitFor();
    }

    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Stops the applications first, so they do not lose their database while still serving requests. */
    @Override
    public void close() {
        Process payaraToStop;
        MailSink mailSinkToStop;
        EmbeddedPostgres databaseToStop;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            payaraToStop = payara;
            mailSinkToStop = mailSink;
            databaseToStop = database;
        }
        progress.println("Gatehouse: stopping");
        if (payaraToStop != null) {
            stop(payaraToStop);
        }
        if (mailSinkToStop != null) {
            mailSinkToStop.close();
        }
        if (databaseToStop != null) {
            try {
                databaseToStop.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not stop: " + e.getMessage(), e);
            }
        }
        progress.println("Gatehouse: stopped");
    }

    /**
     * Hands a component that has just started to {@link #close()}, unless close() has already run (Ctrl-C while
     * starting): then the caller must stop it.
     */
    private boolean keep(Runnable assignment) {
        synchronized (lock) {
            if (!closed) {
                assignment.run();
            }
            return !closed;
        }
    }

    private void startDatabase() {
        progress.printf("Gatehouse: starting PostgreSQL on port %d (data: %s)%n",
                options.databasePort(), options.databaseDirectory());
        try {
            Files.createDirectories(options.dataDirectory());
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                    .setDataDirectory(options.databaseDirectory())
                    .setCleanDataDirectory(!options.keepDatabase())
                    .setPort(options.databasePort())
                    // close() stops the database after Payara Micro; a hook of its own could stop it first
                    .setRegisterShutdownHook(false)
                    .start();
            if (!keep(() -> database = started)) {
                started.close();
                throw new IllegalStateException(STOPPED_WHILE_STARTING);
            }
            createDatabaseIfMissing(started);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private void startMailSink() {
        MailSink started = MailSink.start(mailDirectory());
        if (!keep(() -> mailSink = started)) {
            started.close();
            throw new IllegalStateException(STOPPED_WHILE_STARTING);
        }
        progress.printf("Gatehouse: mail goes to a local mail server on port %d, which writes it to %s%n", started.port(), mailDirectory());
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts Payara Micro and copies its output to the log file, because the console is for Gatehouse's own lines.
     *
     * @return completes when Payara Micro reports that it is ready, or fails when it ends before that
     */
    private CompletableFuture<Void> startPayara() {
        progress.printf("Gatehouse: starting Payara Micro on port %d (log: %s)%n", options.httpPort(), logFile());
        Path files = serverFiles();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", files.resolve("payara-micro.jar").toString(),
                "--nocluster",
                // Gatehouse needs no internet, and many machines it runs on have none
                "--disablephonehome",
                "--port", Integer.toString(options.httpPort()),
                "--addlibs", files.resolve("postgresql.jar").toString(),
                "--postbootcommandfile", files.resolve("post-boot-commands.asadmin").toString(),
                // Payara Micro reads "file<path separator>context root"
                "--deploy", files.resolve("backoffice.war") + File.pathSeparator + "/backoffice",
                "--deploy", files.resolve("portal.war") + File.pathSeparator + "/portal")
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of(
                "GATEHOUSE_DB_HOST", "localhost",
                "GATEHOUSE_DB_PORT", Integer.toString(options.databasePort()),
                "GATEHOUSE_DB_NAME", DATABASE,
                "GATEHOUSE_DB_USER", DATABASE_USER,
                "GATEHOUSE_DB_PASSWORD", DATABASE_PASSWORD,
                "GATEHOUSE_DEMO_DATA", "true"));
        // the demo's mail server, and the addresses the links in the mails point at
        builder.environment().putAll(Map.of(
                "GATEHOUSE_MAIL_HOST", "127.0.0.1",
                "GATEHOUSE_MAIL_PORT", Integer.toString(mailSink.port()),
                "GATEHOUSE_MAIL_TLS", "false",
                "GATEHOUSE_MAIL_FROM", "gatehouse@localhost",
                "GATEHOUSE_BACKOFFICE_URL", backofficeUrl().toString(),
                "GATEHOUSE_PORTAL_URL", portalUrl().toString()));
        try {
            Process started = builder.start();
            if (!keep(() -> payara = started)) {
                stop(started);
                throw new IllegalStateException(STOPPED_WHILE_STARTING);
            }
            return copyToLog(started);
        } catch (IOException e) {
            throw new UncheckedIOException("Payara Micro did not start: " + e.getMessage(), e);
        }
    }

    private CompletableFuture<Void> copyToLog(Process process) throws IOException {
        BufferedWriter log = Files.newBufferedWriter(logFile(), StandardCharsets.UTF_8);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread copier = new Thread(() -> {
            try (log; BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    log.write(line);
                    log.newLine();
                    log.flush();
                    if (READY_LINE.matcher(line).find()) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("Payara Micro ended before it was ready"));
        }, "payara-log");
        copier.setDaemon(true);
        copier.start();
        return ready;
    }

    private void awaitReady(CompletableFuture<Void> ready) {
        long startedAt = System.nanoTime();
        while (true) {
            try {
                ready.get(PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                Duration waited = Duration.ofNanos(System.nanoTime() - startedAt);
                if (waited.compareTo(START_TIMEOUT) > 0) {
                    throw failure("Payara Micro was not ready after " + START_TIMEOUT.toMinutes() + " minutes");
                }
                progress.printf("Gatehouse: still starting (%d s)%n", waited.toSeconds());
            } catch (ExecutionException e) {
                if (isClosed()) {
                    throw new IllegalStateException(STOPPED_WHILE_STARTING);
                }
                throw failure(e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while Payara Micro was starting", e);
            }
        }
    }

    /** Payara Micro reports ready even when an application failed to deploy; that application's URL is then a 404. */
    private void requireDeployed(URI application) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(application).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 404) {
                throw failure(application + " was not deployed");
            }
        } catch (IOException e) {
            throw failure(application + " does not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking " + application, e);
        }
    }

    /** The reason, and the log's error lines that name a cause; failing those, the end of the log. */
    private IllegalStateException failure(String reason) {
        StringBuilder message = new StringBuilder(reason);
        try {
            List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8).stream()
                    .map(line -> COLOUR.matcher(line).replaceAll(""))
                    .toList();
            List<String> errors = lines.stream().filter(ERROR_LINE.asPredicate()).limit(MAX_ERROR_LINES).toList();
            List<String> shown = errors.isEmpty()
                    ? lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                    : errors;
            message.append(errors.isEmpty() ? ". End of " : ". Errors in ").append(logFile()).append(':');
            shown.forEach(line -> message.append(System.lineSeparator()).append("  ").append(line));
        } catch (IOException e) {
            message.append(". ").append(logFile()).append(" is unreadable: ").append(e);
        }
        return new IllegalStateException(message.toString());
    }

    private URI applicationUrl(String contextRoot) {
        return URI.create("http://localhost:" + options.httpPort() + "/" + contextRoot + "/");
    }

    /** Payara Micro, the JDBC driver, the WARs and the post-boot commands, which the build puts in target/server. */
    private static Path serverFiles() {
        try {
            // the launcher jar, or target/classes when the tests run: either way a sibling of server/
            Path launcher = Path.of(GatehouseServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return launcher.resolveSibling("server");
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the launcher", e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
