package org.gatehouse.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one or more sizes, as the table the README and RESULTS.md show. */
final class Results {

    /** One screen at one size: (a) over HTTP at 1 and 32 clients, (b) in-process, (c) the SQL floor; all in ms. */
    record Figures(double http1p50, double http1p99, double http32p50, double http32p99, int httpFailures,
                   double inProcessP50, double floor, double floorOverJdbc) { }

    private final Map<Size, Map<Query, Figures>> bySize = new EnumMap<>(Size.class);

    void add(Size size, Query query, Figures figures) {
        bySize.computeIfAbsent(size, s -> new EnumMap<>(Query.class)).put(query, figures);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| size | screen | (c) SQL floor | (c') same SQL over JDBC | (b) in-process p50 | (b)/(c) | (b)/(c') | (a) HTTP 1 client p50 / p99 | (a)/(c) | (a) HTTP 32 clients p50 / p99 | p99/p50 at 32 | failures |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        bySize.forEach((size, figures) -> figures.forEach((query, f) -> out.append(String.format(Locale.ROOT,
                "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f / %.1f | %.1f | %.1f / %.1f | %.1f | %d |%n", size, query.label, f.floor(),
                f.floorOverJdbc(), f.inProcessP50(), f.inProcessP50() / f.floor(), f.inProcessP50() / f.floorOverJdbc(),
                f.http1p50(), f.http1p99(), f.http1p50() / f.floor(),
                f.http32p50(), f.http32p99(), f.http32p99() / f.http32p50(), f.httpFailures()))));
        List<Size> sizes = new ArrayList<>(bySize.keySet());
        if (sizes.size() > 1) {
            out.append("\nGrowth of the p50 (HTTP, 1 client) from ").append(sizes.get(0)).append(" to each size:\n\n");
            out.append("| screen |");
            sizes.forEach(size -> out.append(' ').append(size).append(" |"));
            out.append("\n|---|").append("---:|".repeat(sizes.size())).append('\n');
            for (Query query : bySize.get(sizes.get(0)).keySet()) {
                out.append("| ").append(query.label).append(" |");
                double base = bySize.get(sizes.get(0)).get(query).http1p50();
                for (Size size : sizes) {
                    Figures f = bySize.get(size).get(query);
                    out.append(f == null ? " - |" : String.format(Locale.ROOT, " %.1f ms (x%.2f) |", f.http1p50(), f.http1p50() / base));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }
}
