package org.gatehouse.customergroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.testing.Installation;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Customer groups (seed 000): codes unique in the installation, names unique, no deleting a group in use. */
class CustomerGroupsTest {

    private static final long ADMIN = 2_000_000;

    @Test
    void groupsCreatedAtTheSameMomentAllGetTheirOwnCode() throws Exception {
        Installation installation = new Installation().staff(ADMIN, true);
        // leave only 30 codes free, so that twenty creations at once do pick the same suffix now and then
        installation.sql("insert into customer_group (id, name, suffix)"
                + " select 3000000 + s, 'Taken ' || s, to_char(s, 'FM0000') from generate_series(0, 9969) s");
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> codes = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "Concurrent " + i;
            codes.add(pool.submit(() -> {
                start.await();
                return Installation.as(ADMIN, (em, scope) -> new CustomerGroups(em).create(name).getCode());
            }));
        }
        start.countDown();
        List<String> created = new ArrayList<>();
        for (Future<String> code : codes) {
            created.add(code.get());
        }
        pool.shutdown();

        assertThat(created).hasSize(threads).allMatch(code -> code.matches("Concurrent \\d+-\\d{4}"));
        assertThat(new HashSet<>(created.stream().map(code -> code.substring(code.length() - 4)).toList())).hasSize(threads);
        assertThat(installation.count("select count(distinct suffix) from customer_group")).isEqualTo(9970 + threads);
    }

    @Test
    void aNewGroupsCodeIsItsNameAndAFourDigitSuffix() {
        new Installation().staff(ADMIN, true);

        CustomerGroup created = Installation.as(ADMIN, (em, scope) -> new CustomerGroups(em).create("  Retail "));

        assertThat(created.getName()).isEqualTo("Retail");
        assertThat(created.getCode()).matches("Retail-\\d{4}");
    }

    @Test
    void aNameInUseIsRefusedBesideTheNameFieldAndNothingChanges() {
        Installation installation = new Installation().staff(ADMIN, true).group(1_000_010, "Retail", "4821").group(1_000_011, "Education", "1207");

        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> new CustomerGroups(em).create("retail")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a group named retail")
                .extracting(failure -> ((InvalidInputException) failure).getField()).isEqualTo("name");
        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> {
            new CustomerGroups(em).rename(em.find(CustomerGroup.class, 1_000_011L), "RETAIL");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("already a group named RETAIL");

        assertThat(installation.count("select count(*) from customer_group")).isEqualTo(2);
        assertThat(installation.count("select count(*) from customer_group where name = 'Education'")).isEqualTo(1);
    }

    @Test
    void aRenamedGroupKeepsItsSuffix() {
        new Installation().staff(ADMIN, true).group(1_000_010, "Retail", "4821");

        String code = Installation.as(ADMIN, (em, scope) -> {
            CustomerGroup group = em.find(CustomerGroup.class, 1_000_010L);
            new CustomerGroups(em).rename(group, "Shops");
            return group.getCode();
        });

        assertThat(code).isEqualTo("Shops-4821");
    }

    @Test
    void aGroupWithCustomersIsNotDeletedAndAnEmptyOneIsWithItsMemberships() {
        long staff = 2_000_001;
        Installation installation = new Installation().staff(ADMIN, true).staff(staff, false)
                .group(1_000_010, "Retail", "4821").group(1_000_011, "Education", "1207")
                .customer(1_000_020, "Alpha Ltd", 1_000_010, null)
                .membership(1_000_030, 1_000_010, staff, "WRITE").membership(1_000_031, 1_000_011, staff, "READ");

        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> {
            new CustomerGroups(em).delete(em.find(CustomerGroup.class, 1_000_010L));
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessage("Retail-4821 still has 1 customer: move it to another group before deleting the group.");
        Installation.as(ADMIN, (em, scope) -> {
            new CustomerGroups(em).delete(em.find(CustomerGroup.class, 1_000_011L));
            return null;
        });

        assertThat(installation.count("select count(*) from customer_group")).isEqualTo(1);
        assertThat(installation.count("select count(*) from group_membership")).isEqualTo(1);
    }

    @Test
    void staffAreMembersWithReadOrWriteAndNobodyElseIs() {
        long staff = 2_000_001;
        long partner = 2_000_002;
        new Installation().staff(ADMIN, true).staff(staff, false).partnerUser(partner).group(1_000_010, "Retail", "4821");

        List<AccessLevel> levels = Installation.as(ADMIN, (em, scope) -> {
            CustomerGroups groups = new CustomerGroups(em);
            CustomerGroup group = em.find(CustomerGroup.class, 1_000_010L);
            UserAccount user = em.find(UserAccount.class, staff);
            List<AccessLevel> before = new ArrayList<>();
            before.add(groups.setMember(group, user, AccessLevel.READ));
            before.add(groups.setMember(group, user, AccessLevel.WRITE));
            before.add(groups.setMember(group, user, null));
            return before;
        });
        assertThat(levels).containsExactly(null, AccessLevel.READ, AccessLevel.WRITE);

        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> new CustomerGroups(em)
                .setMember(em.find(CustomerGroup.class, 1_000_010L), em.find(UserAccount.class, partner), AccessLevel.READ)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Only the operator's staff");
    }
}
