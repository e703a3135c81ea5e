package org.gatehouse.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.gatehouse.access.AccessScope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (b) The application's queries for a screen, in-process: the persistence unit outside the server (resource-local,
 * EclipseLink's pool, as the tests run it), one transaction per call with the subject's scope bound, exactly what
 * the service does inside a request. The scope itself, computed once per request by the application, is computed
 * here once per trial: (c), the hand-written SQL, has the subject's ids written in too.
 */
@State(Scope.Benchmark)
public class InProcessBenchmark {

    @Param("MY_CASES")
    public String query;

    @Param("jdbc:postgresql://localhost:5440/postgres")
    public String jdbcUrl;

    private EntityManagerFactory emf;
    private Query measured;
    private Query.Subject subject;
    private AccessScope scope;

    @Setup(Level.Trial)
    public void start() throws Exception {
        measured = Query.valueOf(query);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            subject = Query.Subject.of(connection, measured.email);
        }
        emf = entityManagerFactory(jdbcUrl);
        scope = scope(emf, subject);
    }

    /** The persistence unit outside the server, on the benchmark's database. */
    static EntityManagerFactory entityManagerFactory(String jdbcUrl) {
        return Persistence.createEntityManagerFactory("gatehouse", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                // as the server's pool (config/post-boot-commands.asadmin): every query planned for its own scope
                "jakarta.persistence.jdbc.url", jdbcUrl + "?prepareThreshold=0",
                "jakarta.persistence.jdbc.user", "postgres",
                "jakarta.persistence.jdbc.password", "postgres",
                "eclipselink.target-server", "None",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "SEVERE"));
    }

    static AccessScope scope(EntityManagerFactory emf, Query.Subject subject) {
        EntityManager em = emf.createEntityManager();
        try {
            return AccessScope.compute(em, subject.userId());
        } finally {
            em.close();
        }
    }

    /** One call of the screen's queries, in a transaction with the scope bound: what is measured, and what is compared with (c). */
    static Object answer(EntityManagerFactory emf, AccessScope scope, Query query, Query.Subject subject) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            scope.bindTo(em);
            Object answer = query.inProcess(em, subject);
            em.getTransaction().commit();
            return answer;
        } finally {
            em.close();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        emf.close();
    }

    @Benchmark
    public Object screen() {
        return answer(emf, scope, measured, subject);
    }
}
