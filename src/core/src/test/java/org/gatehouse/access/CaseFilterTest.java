package org.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseQueries;
import org.gatehouse.testing.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access filter's failure modes: caches shared between principals, and a missing scope. */
class CaseFilterTest {

    private static final long ALPHA_CONTACT = 10;
    private static final long BETA_CONTACT = 11;
    private static final long ALPHA_CASE = 20;

    @BeforeEach
    void twoCustomersWithOneContactAndOneCaseEach() throws SQLException {
        new World(
                List.of(new World.Group(1)),
                List.of(new World.Company(2, "OPERATOR", null, null),
                        new World.Company(3, "CUSTOMER", null, 1L),
                        new World.Company(4, "CUSTOMER", null, 1L)),
                List.of(new World.User(ALPHA_CONTACT, UserKind.CUSTOMER, 3, true, false, CaseVisibility.COMPANY, false, null, false),
                        new World.User(BETA_CONTACT, UserKind.CUSTOMER, 4, true, false, CaseVisibility.COMPANY, false, null, false)),
                List.of(), List.of(), List.of(), List.of(new World.Category(5, Set.of())),
                List.of(new World.Case(ALPHA_CASE, 3, ALPHA_CONTACT, false), new World.Case(21, 4, BETA_CONTACT, false)), List.of(), List.of(), List.of(), List.of(),
                List.of(), Set.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), List.of(), List.of(), List.of(), List.of())
                .writeTo(EmbeddedDatabase.dataSource());
    }

    @Test
    void aCaseReadByOneCustomerIsNotServedToAnotherFromACache() {
        assertThat(openAs(ALPHA_CONTACT, ALPHA_CASE)).as("Alpha's contact opens Alpha's case").isTrue();
        assertThat(openAs(BETA_CONTACT, ALPHA_CASE)).as("Beta's contact opens Alpha's case right after").isFalse();
    }

    @Test
    void withoutAScopeNoCaseCanBeRead() {
        EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
        try {
            CaseQueries unscoped = new CaseQueries(em);
            assertThatThrownBy(() -> unscoped.count(CaseFilter.ALL)).as("count without a scope").hasMessageContaining("No value was provided for the session property");
            assertThatThrownBy(() -> unscoped.find(ALPHA_CASE)).as("find without a scope").hasMessageContaining("No value was provided for the session property");
        } finally {
            em.close();
        }
    }

    private static boolean openAs(long userId, long caseId) {
        EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
        try {
            AccessScope.compute(em, userId).bindTo(em);
            return new CaseQueries(em).find(caseId).isPresent();
        } finally {
            em.close();
        }
    }
}
