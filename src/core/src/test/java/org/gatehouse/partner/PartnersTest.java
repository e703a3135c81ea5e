package org.gatehouse.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gatehouse.testing.Installation;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner companies and their user groups (seed 001). */
class PartnersTest {

    private static final long OTHER_PARTNER = 1_000_002;
    private static final long ADMIN = 2_000_000;
    private static final long TECHNICIAN = 2_000_001;
    private static final long OTHER_PARTNER_USER = 2_000_002;
    private static final long FIELD_TEAM = 3_000_000;

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(ADMIN, true).partnerUser(TECHNICIAN)
                .partner(OTHER_PARTNER, "Other Partner").partnerUser(OTHER_PARTNER_USER, OTHER_PARTNER)
                .userGroup(FIELD_TEAM, Installation.PARTNER, "Field team");
    }

    @Test
    void partnerNamesAreUniqueInAnyCase() {
        assertThat(Installation.<String>as(ADMIN, (em, scope) -> new Partners(em).create(" Bogus Inc ").getName())).isEqualTo("Bogus Inc");

        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> new Partners(em).create("other partner")))
                .isInstanceOf(InvalidInputException.class).hasMessage("There is already a partner named other partner: please choose another name.");
    }

    @Test
    void onlyUsersOfThePartnerJoinItsUserGroups() {
        assertThatThrownBy(() -> setMember(OTHER_PARTNER_USER, true)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Only users of Partner can be members of its user groups.");
        assertThatThrownBy(() -> setMember(ADMIN, true)).as("operator staff").isInstanceOf(InvalidInputException.class);

        assertThat(setMember(TECHNICIAN, true)).isTrue();
        assertThat(setMember(TECHNICIAN, true)).as("a member already").isFalse();
        assertThat(installation.count("select count(*) from user_group_member")).isEqualTo(1);
        assertThat(setMember(TECHNICIAN, false)).isTrue();
        assertThat(installation.count("select count(*) from user_group_member")).isZero();
    }

    @Test
    void userGroupNamesAreUniqueWithinAPartnerOnly() {
        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> new Partners(em).createUserGroup(new Partners(em).find(Installation.PARTNER)
                .orElseThrow(), "FIELD TEAM"))).hasMessage("Partner already has a user group named FIELD TEAM: please choose another name.");

        UserGroup other = Installation.as(ADMIN, (em, scope) -> new Partners(em).createUserGroup(new Partners(em).find(OTHER_PARTNER).orElseThrow(), "Field team"));

        assertThat(other.getId()).isNotNull();
    }

    @Test
    void aUserGroupHoldingCompanyAccessIsNotDeleted() {
        installation.group(1_000_010, "Retail", "4821").customer(1_000_020, "Alpha Ltd", 1_000_010, null)
                .sql("insert into company_access_grant (id, customer_id, grantee_user_group_id, level) values (1000040, 1000020, ?, 'READ')", FIELD_TEAM);

        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> {
            Partners partners = new Partners(em);
            partners.deleteUserGroup(partners.findUserGroup(FIELD_TEAM).orElseThrow());
            return null;
        })).hasMessage("Field team still has company access to 1 customer: revoke it on the customer's Company access tab before deleting the group.");
        assertThat(installation.count("select count(*) from user_group")).isEqualTo(1);
    }

    private static boolean setMember(long userId, boolean member) {
        return Installation.as(ADMIN, (em, scope) -> new Partners(em).setMember(em.find(UserGroup.class, FIELD_TEAM), em.find(UserAccount.class, userId), member));
    }
}
