package org.gatehouse.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.gatehouse.access.CaseVisibility;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseQueries;
import org.gatehouse.cases.CaseRow;
import org.gatehouse.cases.CaseSort;
import org.gatehouse.category.Category;
import org.gatehouse.category.ContactCategories;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may change what a contact sees, and what the contact then sees (seeds 001, 003, 004). */
class ContactChangesTest {

    private static final long RETAIL = 1_000_010;
    private static final long EDUCATION = 1_000_011;
    private static final long ALPHA = 1_000_020;
    private static final long DISTRICT = 1_000_021;
    private static final long ALMOND = 1_000_022;
    /** WRITE in Retail, READ in Education. */
    private static final long STAFF = 2_000_001;
    private static final long PARTNER_USER = 2_000_002;
    private static final long ALICE = 2_000_010;
    private static final long BOB = 2_000_011;
    private static final long SUPERINTENDENT = 2_000_012;
    private static final long TEACHER = 2_000_013;
    private static final long PRINCIPAL = 2_000_014;
    private static final long ALMOND_STAFF = 3_000_000;
    private static final long DISTRICT_STAFF = 3_000_001;

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(STAFF, false).partnerUser(PARTNER_USER)
                .group(RETAIL, "Retail", "4821").group(EDUCATION, "Education", "1207")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null)
                .customer(DISTRICT, "Shoe String School District", EDUCATION, null).customer(ALMOND, "Almond School", EDUCATION, DISTRICT)
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, EDUCATION, STAFF, "READ")
                .contact(ALICE, ALPHA).contact(BOB, ALPHA)
                .contact(SUPERINTENDENT, DISTRICT).contact(TEACHER, ALMOND).contact(PRINCIPAL, ALMOND)
                .category(ALMOND_STAFF, "Almond School Staff", TEACHER, PRINCIPAL)
                .category(DISTRICT_STAFF, "Shoe String School District", TEACHER, PRINCIPAL, SUPERINTENDENT)
                .supportCase(1_000_100, ALICE, "Checkout terminal freezes").supportCase(1_000_101, BOB, "Power cut")
                .supportCase(1_000_102, TEACHER, "Projector has no signal").supportCase(1_000_103, SUPERINTENDENT, "Password policy");
    }

    @Test
    void companyCaseVisibilityLetsAContactSeeTheCasesOfTheirCompany() {
        assertThat(casesSeenBy(ALICE)).containsExactly("Checkout terminal freezes");

        changeOptions(STAFF, ALICE, new ContactOptions(CaseVisibility.COMPANY, false, false, true, false));

        assertThat(casesSeenBy(ALICE)).containsExactlyInAnyOrder("Checkout terminal freezes", "Power cut");
        assertThat(installation.count("select count(*) from user_account where id = " + ALICE + " and assigned_work_orders_only")).isEqualTo(1);
    }

    @Test
    void aGroupLevelContactWithCompanyVisibilitySeesTheCasesOfTheCompanyTree() {
        installation.sql("update group_membership set level = 'WRITE' where id = 1000031");

        changeOptions(STAFF, SUPERINTENDENT, new ContactOptions(CaseVisibility.COMPANY, true, false, false, false));

        assertThat(casesSeenBy(SUPERINTENDENT)).containsExactlyInAnyOrder("Password policy", "Projector has no signal");
    }

    @Test
    void staffWithReadCannotChangeContactOptionsAndContactsOutOfScopeAreNotFound() {
        assertThatThrownBy(() -> changeOptions(STAFF, TEACHER, new ContactOptions(CaseVisibility.COMPANY, false, true, false, false)))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> changeOptions(PARTNER_USER, ALICE, new ContactOptions(CaseVisibility.COMPANY, false, false, false, false)))
                .as("a partner without a grant on Alpha").isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new ContactCategories(em, scope).setReadAccess(TEACHER, ALMOND_STAFF);
            return null;
        })).isInstanceOf(WriteNotAllowedException.class);

        assertThat(installation.count("select count(*) from user_account where case_visibility = 'COMPANY' or company_administrator")).isZero();
        assertThat(installation.count("select count(*) from category_read_access")).isZero();
    }

    @Test
    void staffCannotMakeAContactSeeCompaniesTheyDoNotSee() {
        // WRITE on the district, nothing on Almond School, which sits below it in another group
        installation.group(1_000_012, "Secondary", "5521").sql("update company set customer_group_id = 1000012 where id = ?", ALMOND);
        installation.sql("update group_membership set level = 'WRITE' where id = 1000031");

        assertThatThrownBy(() -> changeOptions(STAFF, SUPERINTENDENT, new ContactOptions(CaseVisibility.COMPANY, true, false, false, false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Contact " + SUPERINTENDENT + " would see companies below Shoe String School District that you do not:"
                        + " only someone who sees them all can do that.");
        assertThat(installation.count("select count(*) from user_account where group_level or case_visibility = 'COMPANY'")).isZero();
        assertThat(casesSeenBy(SUPERINTENDENT)).containsExactly("Password policy");

        changeOptions(STAFF, SUPERINTENDENT, new ContactOptions(CaseVisibility.COMPANY, false, false, false, false));
        assertThat(casesSeenBy(SUPERINTENDENT)).as("their own company is the staff's to open").containsExactly("Password policy");
    }

    @Test
    void aContactWhoAlreadySeesMoreThanTheStaffMayBeNarrowedButNotWidened() {
        installation.group(1_000_012, "Secondary", "5521").sql("update company set customer_group_id = 1000012 where id = ?", ALMOND);
        installation.sql("update group_membership set level = 'WRITE' where id = 1000031");
        installation.sql("update user_account set group_level = true where id = ?", SUPERINTENDENT);

        assertThatThrownBy(() -> changeOptions(STAFF, SUPERINTENDENT, new ContactOptions(CaseVisibility.COMPANY, true, false, false, false)))
                .as("company visibility across Almond School").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new ContactCategories(em, scope).setReadAccess(SUPERINTENDENT, DISTRICT_STAFF);
            return null;
        })).as("read access to the teachers' cases at Almond School").isInstanceOf(InvalidInputException.class);
        assertThat(installation.count("select count(*) from category_read_access")).isZero();

        changeOptions(STAFF, SUPERINTENDENT, new ContactOptions(CaseVisibility.OWN, false, false, false, false));
        assertThat(installation.count("select count(*) from user_account where group_level")).isZero();
    }

    @Test
    void aContactHoldsAtMostOneCategoryReadAccessAndANewOneReplacesIt() {
        installation.sql("update group_membership set level = 'WRITE' where id = 1000031");

        setReadAccess(PRINCIPAL, ALMOND_STAFF);
        setReadAccess(PRINCIPAL, DISTRICT_STAFF);

        assertThat(installation.count("select count(*) from category_read_access where contact_id = " + PRINCIPAL)).isEqualTo(1);
        assertThat(Installation.<Optional<String>>as(STAFF, (em, scope) -> new ContactCategories(em, scope).readAccessOf(PRINCIPAL).map(Category::getName)))
                .contains("Shoe String School District");
        assertThat(casesSeenBy(PRINCIPAL)).as("the district's staff in her breadth, Almond School").containsExactly("Projector has no signal");
        assertThatThrownBy(() -> installation.sql("insert into category_read_access (id, contact_id, category_id) values (1000200, ?, ?)",
                PRINCIPAL, ALMOND_STAFF)).as("the database refuses a second one").hasMessageContaining("category_read_access_one_per_contact");

        setReadAccess(PRINCIPAL, null);

        assertThat(casesSeenBy(PRINCIPAL)).isEmpty();
    }

    @Test
    void aContactIsInSeveralCategories() {
        Installation.as(STAFF, (em, scope) -> {
            new ContactCategories(em, scope).setCategories(BOB, List.of(ALMOND_STAFF, DISTRICT_STAFF));
            return null;
        });
        Installation.as(STAFF, (em, scope) -> {
            new ContactCategories(em, scope).setCategories(ALICE, List.of(DISTRICT_STAFF));
            return null;
        });

        assertThat(categoriesOf(BOB)).containsExactly("Almond School Staff", "Shoe String School District");
        assertThat(categoriesOf(ALICE)).containsExactly("Shoe String School District");
        Installation.as(STAFF, (em, scope) -> {
            new ContactCategories(em, scope).setCategories(BOB, List.of(DISTRICT_STAFF));
            return null;
        });
        assertThat(categoriesOf(BOB)).containsExactly("Shoe String School District");
        assertThat(installation.count("select count(*) from category_member where category_id = " + ALMOND_STAFF)).as("the others stay").isEqualTo(2);
    }

    private static List<String> categoriesOf(long contact) {
        return Installation.as(STAFF, (em, scope) -> new ContactCategories(em, scope).categoriesOf(contact).stream().map(Category::getName).toList());
    }

    private static void changeOptions(long user, long contact, ContactOptions options) {
        Installation.as(user, (em, scope) -> new ContactChanges(em, scope).changeOptions(contact, options));
    }

    private static void setReadAccess(long contact, Long category) {
        Installation.as(STAFF, (em, scope) -> {
            new ContactCategories(em, scope).setReadAccess(contact, category);
            return null;
        });
    }

    private static List<String> casesSeenBy(long contact) {
        return Installation.as(contact, (em, scope) -> new CaseQueries(em).page(CaseFilter.ALL, 0, 100, CaseSort.byProperty("title"), true)
                .stream().map(CaseRow::getTitle).toList());
    }
}
