package org.gatehouse.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may add, change and move customers (seed 000), and a company tree that never loops and shows only what is in scope. */
class CustomerChangesTest {

    private static final long RETAIL = 1_000_010;
    private static final long EDUCATION = 1_000_011;
    private static final long MANUFACTURING = 1_000_012;
    private static final long ALPHA = 1_000_020;
    private static final long DISTRICT = 1_000_021;
    private static final long ALMOND = 1_000_022;
    private static final long ALMOND_ANNEX = 1_000_023;
    private static final long NORTHWIND = 1_000_024;
    private static final long ADMIN = 2_000_000;
    /** WRITE in Retail and Education, READ in Manufacturing. */
    private static final long STAFF = 2_000_001;
    /** WRITE on Alpha. */
    private static final long PARTNER_USER = 2_000_002;

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(ADMIN, true).staff(STAFF, false).partnerUser(PARTNER_USER)
                .group(RETAIL, "Retail", "4821").group(EDUCATION, "Education", "1207").group(MANUFACTURING, "Manufacturing", "3390")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null)
                .customer(DISTRICT, "Shoe String School District", EDUCATION, null)
                .customer(ALMOND, "Almond School", EDUCATION, DISTRICT)
                .customer(ALMOND_ANNEX, "Almond School Annex", EDUCATION, ALMOND)
                .customer(NORTHWIND, "Northwind Manufacturing", MANUFACTURING, null)
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, EDUCATION, STAFF, "WRITE")
                .membership(1_000_032, MANUFACTURING, STAFF, "READ")
                .grant(1_000_040, ALPHA, "WRITE");
    }

    @Test
    void staffAddCustomersToGroupsTheyHaveWriteOnOnly() {
        Company added = Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).add(" Birch School ", EDUCATION, DISTRICT));

        assertThat(added.getName()).isEqualTo("Birch School");
        assertThat(added.getCustomerGroup().getCode()).isEqualTo("Education-1207");
        assertThat(added.getParent().getName()).isEqualTo("Shoe String School District");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).add("Westwind", MANUFACTURING, null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(failure -> ((InvalidInputException) failure).getField()).isEqualTo("group");
    }

    @Test
    void aPartnerAddsNoCustomersEvenWithWriteOnOne() {
        assertThatThrownBy(() -> Installation.as(PARTNER_USER, (em, scope) -> new CustomerChanges(em, scope).add("Alpha Two", RETAIL, ALPHA)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(installation.count("select count(*) from company where name = 'Alpha Two'")).isZero();
    }

    @Test
    void anAdminAddsCustomersToAnyGroup() {
        Company added = Installation.as(ADMIN, (em, scope) -> new CustomerChanges(em, scope).add("Westwind", MANUFACTURING, NORTHWIND));

        assertThat(added.getId()).isNotNull();
        assertThat(added.getParent().getId()).isEqualTo(NORTHWIND);
    }

    @Test
    void theParentIsACustomerInTheUsersScope() {
        installation.grant(1_000_041, DISTRICT, "WRITE");

        assertThatThrownBy(() -> Installation.as(PARTNER_USER, (em, scope) -> new CustomerChanges(em, scope).changeParent(ALPHA, NORTHWIND)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Please choose the parent company among your customers.");
        Company moved = Installation.as(PARTNER_USER, (em, scope) -> new CustomerChanges(em, scope).changeParent(ALPHA, DISTRICT));

        assertThat(moved.getParent().getId()).isEqualTo(DISTRICT);
    }

    @Test
    void readOnTheParentIsNotEnoughToPutACustomerBelowIt() {
        // below Northwind, Alpha would be reached by Northwind's subtree grants and group-level contacts
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).changeParent(ALPHA, NORTHWIND)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("You may only look at Northwind Manufacturing: putting a customer below it takes WRITE access to both.")
                .extracting(failure -> ((InvalidInputException) failure).getField()).isEqualTo("parent");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).add("Westwind", RETAIL, NORTHWIND)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(installation.count("select count(*) from company where id = " + ALPHA + " and parent_id is null")).isEqualTo(1);
        assertThat(installation.count("select count(*) from company where name = 'Westwind'")).isZero();
        assertThat(Installation.as(ADMIN, (em, scope) -> new CustomerChanges(em, scope).changeParent(ALPHA, NORTHWIND)).getParent().getId())
                .as("an admin may").isEqualTo(NORTHWIND);
    }

    @Test
    void theCompaniesBelowMoveAlongSoTheyTakeWriteToo() {
        installation.sql("update company set customer_group_id = ? where id = ?", MANUFACTURING, ALMOND_ANNEX);

        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).changeParent(ALMOND, ALPHA)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Almond School has companies below it that you may not change, so only someone who may change them all can put it below another company.");
        assertThat(installation.count("select count(*) from company where id = " + ALMOND + " and parent_id = " + DISTRICT)).isEqualTo(1);

        Company detached = Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).changeParent(ALMOND, null));
        assertThat(detached.getParent()).as("taking it out from under the district reaches no one new").isNull();
    }

    @Test
    void aCustomerKeepsAParentTheUserMayOnlyReadWhenOnlyItsNameChanges() {
        installation.sql("update company set parent_id = ? where id = ?", NORTHWIND, ALPHA);

        Company renamed = Installation.as(STAFF, (em, scope) -> {
            CustomerChanges changes = new CustomerChanges(em, scope);
            changes.rename(ALPHA, "Alpha Limited");
            return changes.changeParent(ALPHA, NORTHWIND);
        });

        assertThat(renamed.getParent().getId()).isEqualTo(NORTHWIND);
    }

    @Test
    void aCompanyCannotBePutBelowItselfOrBelowACompanyUnderIt() {
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).changeParent(DISTRICT, ALMOND_ANNEX)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Almond School Annex is below Shoe String School District in the company tree, so it cannot be its parent too.");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).changeParent(ALMOND, ALMOND)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(installation.count("select count(*) from company where id = " + DISTRICT + " and parent_id is null")).isEqualTo(1);
    }

    @Test
    void aLoopThroughACompanyTheUserCannotSeeIsRefusedToo() {
        installation.grant(1_000_041, DISTRICT, "WRITE").grant(1_000_042, ALMOND_ANNEX, "WRITE");

        assertThatThrownBy(() -> Installation.as(PARTNER_USER, (em, scope) -> new CustomerChanges(em, scope).changeParent(DISTRICT, ALMOND_ANNEX)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readAccessChangesNothingAndACustomerOutOfScopeIsNotFound() {
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).rename(NORTHWIND, "Northwind")))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(PARTNER_USER, (em, scope) -> new CustomerChanges(em, scope).rename(DISTRICT, "District")))
                .isInstanceOf(RecordNotFoundException.class);
        Company renamed = Installation.as(PARTNER_USER, (em, scope) -> new CustomerChanges(em, scope).rename(ALPHA, "Alpha Limited"));

        assertThat(renamed.getName()).isEqualTo("Alpha Limited");
    }

    @Test
    void movingACustomerToAnotherGroupTakesWriteOnBothGroups() {
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).move(ALPHA, MANUFACTURING)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).move(NORTHWIND, RETAIL)))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(PARTNER_USER, (em, scope) -> new CustomerChanges(em, scope).move(ALPHA, EDUCATION)))
                .as("a partner with WRITE on the customer but no group").isInstanceOf(WriteNotAllowedException.class);
        Company moved = Installation.as(STAFF, (em, scope) -> new CustomerChanges(em, scope).move(ALPHA, EDUCATION));

        assertThat(moved.getCustomerGroup().getCode()).isEqualTo("Education-1207");
        assertThat(Installation.as(ADMIN, (em, scope) -> new CustomerChanges(em, scope).move(ALPHA, MANUFACTURING))
                .getCustomerGroup().getCode()).isEqualTo("Manufacturing-3390");
    }

    @Test
    void theCompanyTreeShowsOnlyCompaniesInScope() {
        installation.grant(1_000_041, ALMOND, "READ").grant(1_000_042, ALMOND_ANNEX, "READ");

        List<String> staffSees = Installation.as(STAFF, (em, scope) -> names(new CustomerQueries(em).tree(new CustomerQueries(em).find(ALMOND_ANNEX).orElseThrow())));
        List<String> partnerSees = Installation.as(PARTNER_USER, (em, scope) -> names(new CustomerQueries(em).tree(new CustomerQueries(em).find(ALMOND_ANNEX).orElseThrow())));

        assertThat(staffSees).containsExactly("Shoe String School District", "Almond School", "Almond School Annex");
        assertThat(partnerSees).as("the district is not granted").containsExactly("Almond School", "Almond School Annex");
    }

    private static List<String> names(List<Customer> customers) {
        return customers.stream().map(Customer::getName).toList();
    }
}
