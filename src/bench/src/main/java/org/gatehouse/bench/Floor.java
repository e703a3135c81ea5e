package org.gatehouse.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SQL floor: PostgreSQL's own execution time of the hand-written statements, from EXPLAIN (ANALYZE). */
final class Floor {

    private static final Pattern EXECUTION_TIME = Pattern.compile("\"Execution Time\": ([0-9.]+)");
    private static final int RUNS = 15;

    private Floor() {
    }

    /** The median over {@value #RUNS} runs (after two to warm the cache) of the statements' summed execution time, in ms. */
    static double medianMillis(Connection connection, List<String> statements) throws SQLException {
        double[] times = new double[RUNS];
        for (int run = -2; run < RUNS; run++) {
            double total = 0;
            for (String sql : statements) {
                total += executionTime(connection, sql);
            }
            if (run >= 0) {
                times[run] = total;
            }
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /**
     * The same statements sent over JDBC as a program sends them (prepared, results read to the last row):
     * the floor as a client sees it, round trips included; the median over {@value #RUNS} runs, in ms.
     */
    static double overJdbcMillis(Connection connection, List<String> statements) throws SQLException {
        double[] times = new double[RUNS];
        for (int run = -5; run < RUNS; run++) {
            long start = System.nanoTime();
            for (String sql : statements) {
                try (var statement = connection.prepareStatement(sql); var result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int column = 1; column <= columns; column++) {
                            result.getObject(column);
                        }
                    }
                }
            }
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** Every row of each statement, as JDBC reads them: what (c) answers, to compare with (b). */
    static List<List<Object[]>> rows(Connection connection, List<String> statements) throws SQLException {
        List<List<Object[]>> answers = new ArrayList<>();
        for (String sql : statements) {
            List<Object[]> rows = new ArrayList<>();
            try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int column = 1; column <= columns; column++) {
                        row[column - 1] = result.getObject(column);
                    }
                    rows.add(row);
                }
            }
            answers.add(rows);
        }
        return answers;
    }

    private static double executionTime(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("explain (analyze, format json) " + sql)) {
            result.next();
            Matcher time = EXECUTION_TIME.matcher(result.getString(1));
            if (!time.find()) {
                throw new IllegalStateException("No execution time in the plan of " + sql);
            }
            return Double.parseDouble(time.group(1));
        }
    }
}
