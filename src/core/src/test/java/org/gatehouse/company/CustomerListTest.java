package org.gatehouse.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.gatehouse.testing.Installation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The customer list of a large installation: searched, sorted, counted and paged on the database, within the scope. */
class CustomerListTest {

    private static final int CUSTOMERS = 10_000;
    private static final long RETAIL = 1_000_010;
    private static final long EDUCATION = 1_000_011;
    private static final long ADMIN = 2_000_000;
    private static final long STAFF = 2_000_001;
    private static final long PARTNER_USER = 2_000_002;

    /** Customers 0 to 9,999; the even ones in Retail, the odd ones in Education; the partner is granted the first hundred. */
    @BeforeAll
    static void tenThousandCustomers() {
        Installation installation = new Installation().staff(ADMIN, true).staff(STAFF, false).partnerUser(PARTNER_USER)
                .group(RETAIL, "Retail", "4821").group(EDUCATION, "Education", "1207")
                .membership(1_000_030, RETAIL, STAFF, "READ");
        installation.sql("insert into company (id, name, kind, customer_group_id)"
                + " select 4000000 + s, 'Customer ' || to_char(s, 'FM00000'), 'CUSTOMER', case when s % 2 = 0 then ? else ? end"
                + " from generate_series(0, " + (CUSTOMERS - 1) + ") s", RETAIL, EDUCATION);
        installation.sql("insert into company_access_grant (id, customer_id, grantee_company_id, level)"
                + " select 5000000 + s, 4000000 + s, ?, 'READ' from generate_series(0, 99) s", Installation.PARTNER);
        installation.sql("analyze company");
    }

    @Test
    void anAdminPagesThroughEveryCustomerInNameOrder() {
        List<String> names = Installation.as(ADMIN, (em, scope) -> {
            CustomerQueries queries = new CustomerQueries(em);
            long started = System.nanoTime();
            List<CustomerRow> first = queries.page("", 0, 25, CustomerSort.NAME, true);
            long count = queries.count("");
            System.out.printf("Customer list of %,d customers, first page of 25 plus count: %.1f ms%n",
                    CUSTOMERS, (System.nanoTime() - started) / 1e6);
            assertThat(count).isEqualTo(CUSTOMERS);
            assertThat(first).hasSize(25);
            List<String> all = new ArrayList<>();
            for (int page = 0; page * 1000 < count; page++) {
                queries.page(null, page * 1000, 1000, CustomerSort.NAME, true).forEach(row -> all.add(row.getName()));
            }
            return all;
        });

        assertThat(names).hasSize(CUSTOMERS).isSorted().doesNotHaveDuplicates();
        assertThat(names.get(0)).isEqualTo("Customer 00000");
    }

    @Test
    void staffSeeOnlyTheCustomersOfTheirGroups() {
        Installation.as(STAFF, (em, scope) -> {
            CustomerQueries queries = new CustomerQueries(em);
            assertThat(queries.count("")).isEqualTo(CUSTOMERS / 2);
            assertThat(queries.page("", 4990, 10, CustomerSort.NAME, false)).extracting(CustomerRow::getGroupCode).containsOnly("Retail-4821");
            assertThat(queries.find(4_000_001)).as("an Education customer").isEmpty();
            return null;
        });
    }

    @Test
    void aPartnerSearchesOnlyAmongTheCustomersGrantedToThem() {
        Installation.as(PARTNER_USER, (em, scope) -> {
            CustomerQueries queries = new CustomerQueries(em);
            assertThat(queries.count("")).isEqualTo(100);
            assertThat(queries.count("customer 0005")).as("Customer 00050 to 00059").isEqualTo(10);
            assertThat(queries.count("0999")).as("Customer 09990 to 09999, not granted").isZero();
            assertThat(queries.page("CUSTOMER 0005", 0, 25, CustomerSort.NAME, false)).extracting(CustomerRow::getName)
                    .startsWith("Customer 00059", "Customer 00058").hasSize(10);
            return null;
        });
    }

    @Test
    void searchTreatsPercentAndUnderscoreAsPlainText() {
        Installation.as(ADMIN, (em, scope) -> {
            CustomerQueries queries = new CustomerQueries(em);
            assertThat(queries.count("%")).isZero();
            assertThat(queries.count("customer_0")).isZero();
            return null;
        });
    }

    @Test
    void pagesSortedByGroupNeitherOverlapNorMissACustomer() {
        int seen = Installation.as(STAFF, (em, scope) -> {
            CustomerQueries queries = new CustomerQueries(em);
            HashSet<Long> ids = new HashSet<>();
            for (int first = 0; first < CUSTOMERS / 2; first += 700) {
                queries.page("", first, 700, CustomerSort.GROUP, true).forEach(row -> assertThat(ids.add(row.getId())).isTrue());
            }
            return ids.size();
        });

        assertThat(seen).isEqualTo(CUSTOMERS / 2);
    }
}
