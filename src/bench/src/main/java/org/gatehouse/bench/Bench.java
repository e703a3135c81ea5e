package org.gatehouse.bench;

import jakarta.persistence.EntityManagerFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gatehouse.launcher.GatehouseServer;
import org.gatehouse.launcher.Options;
import org.gatehouse.setup.SchemaMigration;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmark's command line (README, "Benchmark").
 * <pre>
 * generate --size S|M|L [--seed N] [--jdbc-url URL] [--user U] [--password P]
 *     brings the schema of the given PostgreSQL up to date and replaces its contents with a generated installation
 * run [--sizes S,M,L] [--queries MY_CASES,...] [--seed N] [--data DIR] [--db-port N] [--port N] [--out FILE] [--sight-check S]
 *     starts Gatehouse on that database; for each size generates the installation and measures every screen
 *     (a) over HTTP, (b) in-process, (c) as hand-written SQL; prints the table and writes it to FILE. After each
 *     generation the application derives the sight of a sample of the customers' assets and work orders again, and at
 *     the sizes of --sight-check ("none" for none) of the whole installation, and the run counts what it changed
 *     ({@link SightCheck})
 * </pre>
 * Where a screen says how ({@link Query#comparesAnswers}), (b)'s answer is compared with (c)'s by id before it is
 * measured; the table lists the outcome and the run ends with status 1 when they differ. A page that answers 404 (a
 * screen whose page is not merged yet) is not measured over HTTP, and its row says so instead of giving times.
 */
public final class Bench {

    private static final String DB_USER = "postgres";
    private static final int HTTP_WARMUP = 20;
    private static final int HTTP_REQUESTS_ONE_CLIENT = 200;
    private static final int CLIENTS = 32;
    private static final int HTTP_REQUESTS_EACH_OF_MANY = 25;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--sizes", "S,M,L", "--seed", "1", "--data", "data-bench",
                "--db-port", "5440", "--port", "8090", "--out", "src/bench/RESULTS.md", "--queries", "", "--sight-check", "S"));
        String command = args.length > 0 ? args[0] : "";
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].equals("--size") ? "--sizes" : args[i], args[i + 1]);
        }
        long seed = Long.parseLong(options.get("--seed"));
        Path data = Path.of(options.get("--data"));
        int dbPort = Integer.parseInt(options.get("--db-port"));
        List<Size> sizes = new ArrayList<>();
        for (String size : options.get("--sizes").split(",")) {
            sizes.add(Size.valueOf(size.strip().toUpperCase(Locale.ROOT)));
        }
        switch (command) {
            case "generate" -> generate(sizes.get(0), seed, options.getOrDefault("--jdbc-url", "jdbc:postgresql://localhost:5432/gatehouse"),
                    options.getOrDefault("--user", DB_USER), options.getOrDefault("--password", DB_USER));
            case "run" -> run(sizes, seed, data, dbPort, Integer.parseInt(options.get("--port")), Path.of(options.get("--out")),
                    options.get("--queries").isBlank() ? List.of(Query.values())
                            : Arrays.stream(options.get("--queries").split(",")).map(q -> Query.valueOf(q.strip())).toList(),
                    Arrays.stream(options.get("--sight-check").split(",")).map(String::strip).toList());
            default -> System.err.println("usage: generate --size S|M|L [--seed N] [--jdbc-url URL] [--user U] [--password P]\n"
                    + "       run [--sizes S,M,L] [--queries Q,...] [--seed N] [--data DIR] [--db-port N] [--port N] [--out FILE]"
                    + " [--sight-check SIZES|none]");
        }
    }

    private static void generate(Size size, long seed, String jdbcUrl, String user, String password) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        SchemaMigration.migrate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            new Generator(size, seed, System.out).load(connection);
        }
    }

    private static void run(List<Size> sizes, long seed, Path data, int dbPort, int port, Path out, List<Query> queries, List<String> wholeSightCheck)
            throws Exception {
        // the database the run command's server uses (GatehouseServer)
        String jdbcUrl = "jdbc:postgresql://localhost:" + dbPort + "/gatehouse";
        Results results = new Results();
        try (GatehouseServer server = GatehouseServer.start(Options.persistent(data, port, dbPort), System.out)) {
            URI root = server.portalUrl().resolve("/");
            for (Size size : sizes) {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, DB_USER, DB_USER)) {
                    new Generator(size, seed, System.out).load(connection);
                    EntityManagerFactory derivation = InProcessBenchmark.entityManagerFactory(jdbcUrl);
                    try {
                        results.sight(size, SightCheck.sampled(connection, derivation, System.out));
                        if (wholeSightCheck.contains(size.name())) {
                            results.sight(size, SightCheck.whole(connection, derivation, System.out));
                        }
                    } finally {
                        derivation.close();
                    }
                    // (b)'s answers compared with (c)'s, read here once; a fresh unit per size: no entity from the replaced installation
                    EntityManagerFactory checks = queries.stream().anyMatch(Query::comparesAnswers)
                            ? InProcessBenchmark.entityManagerFactory(jdbcUrl) : null;
                    try {
                        for (Query query : queries) {
                            System.out.println("Measuring " + size + ": " + query.label);
                            Query.Subject subject = Query.Subject.of(connection, query.email);
                            List<String> floorStatements = query.floor(connection, subject);
                            if (query.comparesAnswers()) {
                                Results.Check check = compare(checks, query, subject, Floor.rows(connection, floorStatements));
                                System.out.println("  (b) against (c): " + (check.same() ? "" : "DIFFERENT ") + check.detail());
                                results.checked(size, query, check);
                            }
                            double floor = Floor.medianMillis(connection, floorStatements);
                            double floorOverJdbc = Floor.overJdbcMillis(connection, floorStatements);
                            double inProcess = inProcessP50(query, jdbcUrl);
                            results.add(size, query, http(query, subject, root, inProcess, floor, floorOverJdbc));
                            System.out.println(results.table());
                        }
                    } finally {
                        if (checks != null) {
                            checks.close();
                        }
                    }
                }
            }
        }
        String table = results.table();
        System.out.println(table);
        Files.writeString(out, RESULTS_HEADER.formatted(Machine.describe(), seed) + table);
        System.out.println("Written to " + out);
        if (!results.differences().isEmpty()) {
            System.err.println("(b) and (c) answered differently: " + String.join("; ", results.differences()));
            System.exit(1);
        }
    }

    /**
     * (a): the page signed in, at 1 and at 32 clients; with (b) and (c), the screen's figures. A page the server does not
     * have (404 to a signed-in client, as a screen answers before its page is merged) is not measured: its row says so,
     * with neither times nor a failure count that could read as a pass.
     */
    private static Results.Figures http(Query query, Query.Subject subject, URI root, double inProcess, double floor, double floorOverJdbc)
            throws Exception {
        URI application = root.resolve(query.application());
        URI page = root.resolve(query.page(subject));
        HttpClient first = HttpLoad.signIn(application, query.email, Generator.PASSWORD);
        int status = HttpLoad.status(first, page);
        if (status == HttpURLConnection.HTTP_NOT_FOUND) {
            System.out.println("  (a) not measured: " + page + " answers 404 (the server has no such page)");
            return new Results.Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, inProcess, floor, floorOverJdbc,
                    "404 from " + root.relativize(page));
        }
        HttpLoad.Result one = HttpLoad.run(List.of(first), page, query.calendarRequest(), query.marker(), HTTP_WARMUP, HTTP_REQUESTS_ONE_CLIENT);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpLoad.signIn(application, query.email, Generator.PASSWORD));
        }
        HttpLoad.Result many = HttpLoad.run(clients, page, query.calendarRequest(), query.marker(), 2, HTTP_REQUESTS_EACH_OF_MANY);
        for (HttpLoad.Result result : List.of(one, many)) {
            if (result.firstFailure() != null) {
                System.out.println("  " + result.failures() + " failed requests, the first: " + result.firstFailure());
            }
        }
        return new Results.Figures(one.percentile(50), one.percentile(99), many.percentile(50), many.percentile(99),
                one.failures() + many.failures(), inProcess, floor, floorOverJdbc, null);
    }

    /** (b)'s answer, one call with the subject's scope bound, against (c)'s rows, by id and in order. */
    private static Results.Check compare(EntityManagerFactory emf, Query query, Query.Subject subject, List<List<Object[]>> floorRows) {
        Map<String, ?> application = query.answerIds(InProcessBenchmark.answer(emf, InProcessBenchmark.scope(emf, subject), query, subject));
        Map<String, ?> floor = query.floorIds(floorRows);
        if (application.equals(floor)) {
            return new Results.Check(true, "the same: " + describe(floor));
        }
        return new Results.Check(false, "(b) " + abbreviated(application) + ", (c) " + abbreviated(floor));
    }

    /** "count 169, 12 designs, 7 latest layer revisions": the size of each part of an answer. */
    private static String describe(Map<String, ?> ids) {
        List<String> parts = new ArrayList<>();
        ids.forEach((part, value) -> parts.add(value instanceof List<?> list ? list.size() + " " + part : part + " " + value));
        return String.join(", ", parts);
    }

    private static String abbreviated(Object ids) {
        String text = String.valueOf(ids);
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }

    /** (b): JMH in a forked JVM, sampling the time of each call; the median in ms. */
    private static double inProcessP50(Query query, String jdbcUrl) throws Exception {
        RunResult result = new Runner(new OptionsBuilder()
                .include(InProcessBenchmark.class.getName() + ".screen")
                .param("query", query.name()).param("jdbcUrl", jdbcUrl)
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(2))
                .forks(1).shouldFailOnError(true).build()).runSingle();
        return result.getPrimaryResult().getStatistics().getPercentile(50);
    }

    private static final String RESULTS_HEADER = """
            # Benchmark results

            Produced by `java -jar src/bench/target/gatehouse-bench.jar run` (README, "Benchmark"): every figure of one
            run, on one database, on this machine:

            %s

            Installation seed %d. Times in milliseconds. (c) is PostgreSQL's execution time of the best hand-written
            SQL for the same answer (`EXPLAIN (ANALYZE)`, median of 15), planning and round trips left out; (c') the same
            statements sent over JDBC and read to the end, as any program must (median of 15); (b) the median of the application's own
            queries for the screen, in-process with the scope bound (JMH, sample time); (a) the whole page over HTTP
            on the running server, signed in, at 1 and at 32 concurrent clients.

            """;
}
