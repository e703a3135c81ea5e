package org.gatehouse.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.gatehouse.testing.Installation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A list counts its cases up to a limit, and says "more than" beyond it; every count stays inside the scope. */
class CaseCountTest {

    private static final long GROUP = 1_000_010;
    private static final long BUSY = 1_000_020;
    private static final long QUIET = 1_000_021;
    private static final long ADMIN = 2_000_000;
    private static final long STAFF = 2_000_001;
    private static final long CONTACT = 3_000_000;

    private Installation installation;

    @BeforeEach
    void aBusyAndAQuietCustomer() {
        installation = new Installation().group(GROUP, "Retail", "4821").group(GROUP + 1, "Other", "4822")
                .customer(BUSY, "Busy Ltd", GROUP, null).customer(QUIET, "Quiet Ltd", GROUP + 1, null)
                .staff(ADMIN, true).staff(STAFF, false).contact(CONTACT, QUIET)
                .membership(1_000_100, GROUP, STAFF, "READ");
        installation.sql("""
                insert into support_case (id, customer_id, requester_id, title, type, status, created_at, updated_at)
                select 6000000 + n, ?, null, 'Case ' || n, 'CASE', 'OPEN', now(), now() from generate_series(1, ?) n""",
                BUSY, CaseQueries.COUNT_LIMIT + 50);
        installation.supportCase(5_000_000, CONTACT, "Quiet case one").supportCase(5_000_001, CONTACT, "Quiet case two");
    }

    @Test
    void aCountStopsJustBeyondTheLimit() {
        assertThat(count(ADMIN, CaseFilter.ALL)).isEqualTo(CaseQueries.COUNT_LIMIT + 1);
        assertThat(count(STAFF, CaseFilter.ALL)).as("the busy customer's cases only").isEqualTo(CaseQueries.COUNT_LIMIT + 1);
    }

    @Test
    void aCountBelowTheLimitIsExactAndInsideTheScope() {
        assertThat(count(CONTACT, CaseFilter.ALL)).isEqualTo(2);
        assertThat(count(ADMIN, CaseFilter.ofCustomer(QUIET))).isEqualTo(2);
        assertThat(count(STAFF, CaseFilter.ofCustomer(QUIET))).as("a customer outside the staff user's groups").isZero();
        assertThat(count(ADMIN, new CaseFilter(null, null, null, "case 10049", null))).isEqualTo(1);
    }

    private static long count(long userId, CaseFilter filter) {
        return Installation.as(userId, (em, scope) -> new CaseQueries(em).count(filter.forViewer(userId)));
    }
}
