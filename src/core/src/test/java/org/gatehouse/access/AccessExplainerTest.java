package org.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gatehouse.testing.Installation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Who can see this?" tells each viewer only of people and companies they may know of, and counts the others. */
class AccessExplainerTest {

    private static final long EDUCATION = 1_000_010;
    private static final long SECONDARY = 1_000_011;
    private static final long DISTRICT = 1_000_020;
    private static final long ALMOND = 1_000_021;
    private static final long ADMIN = 2_000_000;
    /** WRITE in Secondary (Almond School) only: the district above it is out of scope. */
    private static final long STAFF = 2_000_001;
    /** The partner company has the district and its subtree. */
    private static final long PARTNER_USER = 2_000_002;
    private static final long SUPERINTENDENT = 2_000_010;
    private static final long DEPUTY = 2_000_011;
    private static final long CLERK = 2_000_012;
    private static final long TEACHER = 2_000_013;
    private static final long CASE = 1_000_100;

    @BeforeEach
    void installation() {
        Installation installation = new Installation().staff(ADMIN, true).staff(STAFF, false).partnerUser(PARTNER_USER)
                .group(EDUCATION, "Education", "1207").group(SECONDARY, "Secondary", "5521")
                .customer(DISTRICT, "Shoe String School District", EDUCATION, null).customer(ALMOND, "Almond School", SECONDARY, DISTRICT)
                .membership(1_000_030, SECONDARY, STAFF, "WRITE")
                .contact(SUPERINTENDENT, DISTRICT).contact(DEPUTY, DISTRICT).contact(CLERK, DISTRICT).contact(TEACHER, ALMOND)
                .supportCase(CASE, TEACHER, "Projector has no signal");
        installation.sql("update user_account set group_level = true, case_visibility = 'COMPANY' where company_id = ?", DISTRICT);
        installation.sql("insert into company_access_grant (id, customer_id, grantee_company_id, level, include_subtree) values (1000040, ?, ?, 'READ', true)",
                DISTRICT, Installation.PARTNER);
    }

    @Test
    void staffAreToldOfTheContactsOfTheirCustomersOnlyAndHowManyOthersThereAre() {
        WhoCanSee answer = Installation.as(STAFF, (em, scope) -> new AccessExplainer(em, scope).whoCanSeeCustomer(ALMOND));

        assertThat(answer.users()).extracting(UserAccess::userId).containsExactlyInAnyOrder(ADMIN, STAFF, PARTNER_USER, TEACHER);
        assertThat(answer.othersNotShown()).as("the district's three group-level contacts").isEqualTo(3);
        assertThat(reasons(answer)).as("the district goes unnamed").noneMatch(reason -> reason.contains("Shoe String"))
                .contains("the user's company has access to a company above this customer that you do not see, and its subtree");

        WhoCanSee onTheCase = Installation.as(STAFF, (em, scope) -> new AccessExplainer(em, scope).whoCanSeeCase(CASE));
        assertThat(onTheCase.users()).extracting(UserAccess::userId).containsExactlyInAnyOrder(ADMIN, STAFF, PARTNER_USER, TEACHER);
        assertThat(onTheCase.othersNotShown()).isEqualTo(3);
    }

    @Test
    void anAdministratorIsToldOfEveryone() {
        WhoCanSee answer = Installation.as(ADMIN, (em, scope) -> new AccessExplainer(em, scope).whoCanSeeCustomer(ALMOND));

        assertThat(answer.users()).extracting(UserAccess::userId)
                .containsExactlyInAnyOrder(ADMIN, STAFF, PARTNER_USER, SUPERINTENDENT, DEPUTY, CLERK, TEACHER);
        assertThat(answer.othersNotShown()).isZero();
        assertThat(reasons(answer)).contains("the user's company has access to Shoe String School District and its subtree, which includes this customer");
    }

    private static List<String> reasons(WhoCanSee answer) {
        return answer.users().stream().flatMap(user -> user.reasons().stream()).map(AccessReason::detail).toList();
    }
}
