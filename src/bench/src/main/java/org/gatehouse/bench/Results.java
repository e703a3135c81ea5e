package org.gatehouse.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one or more sizes, as the table the README and RESULTS.md show. */
final class Results {

    /**
     * One screen at one size: (a) over HTTP at 1 and 32 clients, (b) in-process, (c) the SQL floor; all in ms.
     * {@code httpNotMeasured}: why (a) has no figures (the page is not served), null when it has.
     */
    record Figures(double http1p50, double http1p99, double http32p50, double http32p99, int httpFailures,
                   double inProcessP50, double floor, double floorOverJdbc, String httpNotMeasured) { }

    /** (b)'s answer against (c)'s, compared by id. */
    record Check(boolean same, String detail) { }

    private final Map<Size, Map<Query, Figures>> bySize = new EnumMap<>(Size.class);
    private final Map<Size, Map<Query, Check>> checks = new EnumMap<>(Size.class);
    private final Map<Size, List<SightCheck.Outcome>> sights = new EnumMap<>(Size.class);

    void add(Size size, Query query, Figures figures) {
        bySize.computeIfAbsent(size, s -> new EnumMap<>(Query.class)).put(query, figures);
    }

    void checked(Size size, Query query, Check check) {
        checks.computeIfAbsent(size, s -> new EnumMap<>(Query.class)).put(query, check);
    }

    void sight(Size size, SightCheck.Outcome outcome) {
        sights.computeIfAbsent(size, s -> new ArrayList<>()).add(outcome);
    }

    /** The screens whose (b) and (c) answered differently, as "size screen"; the sizes whose sight the application changed. */
    List<String> differences() {
        List<String> different = new ArrayList<>();
        checks.forEach((size, bySize) -> bySize.forEach((query, check) -> {
            if (!check.same()) {
                different.add(size + " " + query.label);
            }
        }));
        sights.forEach((size, outcomes) -> outcomes.stream().filter(o -> o.changed() > 0)
                .forEach(o -> different.add(size + " sight derivation: " + o.changes())));
        return different;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| size | screen | (c) SQL floor | (c') same SQL over JDBC | (b) in-process p50 | (b)/(c) | (b)/(c') | (a) HTTP 1 client p50 / p99 | (a)/(c) | (a) HTTP 32 clients p50 / p99 | p99/p50 at 32 | failures |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        bySize.forEach((size, figures) -> figures.forEach((query, f) -> out.append(f.httpNotMeasured() != null
                ? String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | - | - | - | - | (a) not measured: %s |%n", size,
                        query.label, f.floor(), f.floorOverJdbc(), f.inProcessP50(), f.inProcessP50() / f.floor(),
                        f.inProcessP50() / f.floorOverJdbc(), f.httpNotMeasured())
                : String.format(Locale.ROOT,
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
                Figures first = bySize.get(sizes.get(0)).get(query);
                for (Size size : sizes) {
                    Figures f = bySize.get(size).get(query);
                    out.append(f == null || f.httpNotMeasured() != null ? " - |"
                            : first.httpNotMeasured() != null ? String.format(Locale.ROOT, " %.1f ms |", f.http1p50())
                            : String.format(Locale.ROOT, " %.1f ms (x%.2f) |", f.http1p50(), f.http1p50() / first.http1p50()));
                }
                out.append('\n');
            }
        }
        if (!checks.isEmpty()) {
            out.append("\n(b) against (c), the answers compared by id:\n\n");
            checks.forEach((size, bySize) -> bySize.forEach((query, check) -> out.append("- ").append(size).append(' ').append(query.label)
                    .append(": ").append(check.same() ? "" : "**DIFFERENT** ").append(check.detail()).append('\n')));
        }
        if (!sights.isEmpty()) {
            out.append("\nThe generated sight of assets, work orders and planning entries against the application's derivation:\n\n");
            sights.forEach((size, outcomes) -> outcomes.forEach(o -> out.append("- ").append(size).append(": ").append(o.describe()).append('\n')));
        }
        return out.toString();
    }
}
