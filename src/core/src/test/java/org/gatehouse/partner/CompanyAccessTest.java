package org.gatehouse.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.access.AccessScope;
import org.gatehouse.company.Company;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Company access (seed 001): what can be granted to whom, and what a grant does to the grantees' scope. */
class CompanyAccessTest {

    private static final long RETAIL = 1_000_010;
    private static final long ALPHA = 1_000_020;
    private static final long BETA = 1_000_021;
    private static final long ALPHA_PLANT = 1_000_022;
    private static final long OTHER_PARTNER = 1_000_002;
    private static final long ADMIN = 2_000_000;
    private static final long TECHNICIAN = 2_000_001;
    private static final long COLLEAGUE = 2_000_002;
    private static final long OTHER_PARTNER_USER = 2_000_003;
    private static final long ALPHA_CONTACT = 2_000_004;
    private static final long FIELD_TEAM = 3_000_000;
    private static final long ALPHA_TEAM = 3_000_001;

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(ADMIN, true).partnerUser(TECHNICIAN).partnerUser(COLLEAGUE)
                .partner(OTHER_PARTNER, "Other Partner").partnerUser(OTHER_PARTNER_USER, OTHER_PARTNER)
                .group(RETAIL, "Retail", "4821")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(BETA, "Beta Ltd", RETAIL, null)
                .customer(ALPHA_PLANT, "Alpha Plant", RETAIL, ALPHA)
                .contact(ALPHA_CONTACT, ALPHA)
                .userGroup(FIELD_TEAM, Installation.PARTNER, "Field team", TECHNICIAN)
                .userGroup(ALPHA_TEAM, ALPHA, "Alpha's own team");
    }

    @Test
    void aGrantOnACompanyThatIsNotACustomerIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> grant(OTHER_PARTNER, GranteeKind.PARTNER_COMPANY, Installation.PARTNER, AccessLevel.READ, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Company access is granted on customer companies only: Other Partner is not a customer.");
        assertThatThrownBy(() -> grant(Installation.OPERATOR, GranteeKind.USER, TECHNICIAN, AccessLevel.WRITE, true))
                .isInstanceOf(InvalidInputException.class);

        assertThat(installation.count("select count(*) from company_access_grant")).isZero();
    }

    @Test
    void companyAccessGoesOnlyToPartnerCompaniesTheirUserGroupsAndTheirUsers() {
        String refusal = "Company access goes to a partner company, a user group of a partner or a partner user only.";

        assertThatThrownBy(() -> grant(ALPHA, GranteeKind.PARTNER_COMPANY, BETA, AccessLevel.READ, false)).hasMessage(refusal);
        assertThatThrownBy(() -> grant(ALPHA, GranteeKind.USER, ADMIN, AccessLevel.READ, false)).as("operator staff").hasMessage(refusal);
        assertThatThrownBy(() -> grant(ALPHA, GranteeKind.USER, ALPHA_CONTACT, AccessLevel.READ, false)).as("a contact").hasMessage(refusal);
        assertThatThrownBy(() -> grant(ALPHA, GranteeKind.USER_GROUP, ALPHA_TEAM, AccessLevel.READ, false)).as("a customer's user group")
                .hasMessage(refusal);
        assertThatThrownBy(() -> grant(ALPHA, GranteeKind.USER_GROUP, TECHNICIAN, AccessLevel.READ, false)).as("a user id as a group id")
                .hasMessage(refusal);

        assertThat(installation.count("select count(*) from company_access_grant")).isZero();
    }

    @Test
    void aGrantToAUserGroupGivesItsMembersTheCustomerAndRevokingTakesItAway() {
        CompanyAccessGrant grant = grant(ALPHA, GranteeKind.USER_GROUP, FIELD_TEAM, AccessLevel.WRITE, true);

        assertThat(scope(TECHNICIAN).customers()).isEqualTo(Map.of(ALPHA, AccessLevel.WRITE, ALPHA_PLANT, AccessLevel.WRITE));
        assertThat(scope(TECHNICIAN).canWrite(ALPHA_PLANT)).isTrue();
        assertThat(scope(COLLEAGUE).customers()).as("not in the group").isEmpty();

        Installation.as(ADMIN, (em, scope) -> new CompanyAccess(em).revoke(grant.getId()));

        assertThat(scope(TECHNICIAN).customers()).isEmpty();
    }

    @Test
    void aGranteeHoldsOneGrantOnACustomer() {
        grant(ALPHA, GranteeKind.PARTNER_COMPANY, Installation.PARTNER, AccessLevel.READ, false);

        assertThatThrownBy(() -> grant(ALPHA, GranteeKind.PARTNER_COMPANY, Installation.PARTNER, AccessLevel.WRITE, false))
                .hasMessage("The partner company Partner already has access to Alpha Ltd: revoke it first to grant it differently.");
        grant(ALPHA, GranteeKind.USER, TECHNICIAN, AccessLevel.WRITE, false);

        assertThat(scope(TECHNICIAN).customers()).as("the union of both grants").isEqualTo(Map.of(ALPHA, AccessLevel.WRITE));
        assertThat(scope(COLLEAGUE).customers()).isEqualTo(Map.of(ALPHA, AccessLevel.READ));
    }

    @Test
    void aPartnerHoldsTheGrantsToItselfItsUserGroupsAndItsUsers() {
        grant(ALPHA, GranteeKind.PARTNER_COMPANY, Installation.PARTNER, AccessLevel.READ, false);
        grant(BETA, GranteeKind.USER_GROUP, FIELD_TEAM, AccessLevel.WRITE, true);
        grant(ALPHA_PLANT, GranteeKind.USER, COLLEAGUE, AccessLevel.WRITE, false);
        grant(BETA, GranteeKind.USER, OTHER_PARTNER_USER, AccessLevel.READ, false);

        List<String> held = Installation.as(ADMIN, (em, scope) -> new CompanyAccess(em).heldBy(em.find(Company.class, Installation.PARTNER))
                .stream().map(row -> row.getCustomerName() + ": " + row.getGranteeKind() + " " + row.getGranteeName() + " " + row.getLevel()
                        + (row.isIncludeSubtree() ? " with subtree" : "")).toList());

        assertThat(held).containsExactly("Alpha Ltd: PARTNER_COMPANY Partner READ", "Alpha Plant: USER Partner 2000002 WRITE",
                "Beta Ltd: USER_GROUP Field team WRITE with subtree");
    }

    private static CompanyAccessGrant grant(long customer, GranteeKind kind, long grantee, AccessLevel level, boolean subtree) {
        return Installation.as(ADMIN, (em, scope) -> new CompanyAccess(em).grant(customer, kind, grantee, level, subtree));
    }

    private static AccessScope scope(long userId) {
        return Installation.as(userId, (em, scope) -> scope);
    }
}
