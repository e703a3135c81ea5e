package org.gatehouse.viewas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.gatehouse.access.ViewAsGrant;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may open the portal as which contact (seed 004), and tickets that work once, within a minute. */
class ViewAsTicketsTest {

    private static final long RETAIL = 1_000_010;
    private static final long EDUCATION = 1_000_011;
    private static final long ALPHA = 1_000_020;
    private static final long DISTRICT = 1_000_021;
    private static final long ALMOND = 1_000_022;
    private static final long BIRCH = 1_000_023;
    private static final long ADMIN = 2_000_000;
    /** WRITE in Retail, READ in Education. */
    private static final long STAFF = 2_000_001;
    /** WRITE on the district alone, through a second group. */
    private static final long DISTRICT_STAFF = 2_000_002;
    private static final long PARTNER_USER = 2_000_003;
    private static final long ALICE = 3_000_000;
    private static final long TEACHER = 3_000_001;
    private static final long SUPERINTENDENT = 3_000_002;
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(ADMIN, true).staff(STAFF, false).staff(DISTRICT_STAFF, false).partnerUser(PARTNER_USER)
                .group(RETAIL, "Retail", "4821").group(EDUCATION, "Education", "1207").group(1_000_012, "District office", "5555")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null)
                .customer(DISTRICT, "Shoe String School District", 1_000_012, null)
                .customer(ALMOND, "Almond School", EDUCATION, DISTRICT)
                .customer(BIRCH, "Birch School", EDUCATION, DISTRICT)
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, EDUCATION, STAFF, "READ")
                .membership(1_000_032, 1_000_012, DISTRICT_STAFF, "WRITE")
                .grant(1_000_040, ALPHA, "WRITE")
                .contact(ALICE, ALPHA).contact(TEACHER, ALMOND).contact(SUPERINTENDENT, DISTRICT);
        installation.sql("update user_account set group_level = true where id = ?", SUPERINTENDENT);
    }

    @Test
    void aTicketOpensTheContactsPortalOnceForTheRealActor() {
        String ticket = issue(STAFF, ALICE);

        Optional<ViewAsGrant> first = redeem(ticket, NOW.plusSeconds(5));
        Optional<ViewAsGrant> second = redeem(ticket, NOW.plusSeconds(6));

        assertThat(first).get().satisfies(grant -> {
            assertThat(grant.actorId()).isEqualTo(STAFF);
            assertThat(grant.contactId()).isEqualTo(ALICE);
            assertThat(grant.customerId()).isEqualTo(ALPHA);
        });
        assertThat(second).as("the same ticket again").isEmpty();
        assertThat(installation.count("select count(*) from view_as_ticket where token_hash = '" + ticket + "'"))
                .as("the ticket itself is not stored").isZero();
    }

    @Test
    void aTicketExpiresAfterAMinute() {
        assertThat(redeem(issue(ADMIN, ALICE), NOW.plus(ViewAsTickets.LIFETIME))).isEmpty();
        assertThat(redeem("a made-up ticket", NOW)).isEmpty();
    }

    @Test
    void staffNeedWriteOnTheContactsCustomerAndPartnersNeverViewAs() {
        assertThatThrownBy(() -> issue(STAFF, TEACHER)).as("READ on Almond's group").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("WRITE");
        assertThatThrownBy(() -> issue(PARTNER_USER, ALICE)).as("a partner with WRITE on Alpha").isInstanceOf(InvalidInputException.class);
        assertThat(issue(ADMIN, TEACHER)).isNotBlank();
    }

    @Test
    void nobodyViewsAsAContactWhoSeesMoreThanThey() {
        assertThatThrownBy(() -> issue(DISTRICT_STAFF, SUPERINTENDENT))
                .as("the superintendent's breadth includes the schools, which are in a group the actor is not in")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sees customers that you do not");
        assertThat(installation.count("select count(*) from view_as_ticket")).isZero();
        assertThat(issue(ADMIN, SUPERINTENDENT)).isNotBlank();
    }

    @Test
    void aViewAsSessionEndsFifteenMinutesAfterTheTicketWasRedeemed() {
        ViewAsGrant grant = redeem(issue(STAFF, ALICE), NOW).orElseThrow();

        assertThat(stillAllowed(grant, NOW.plus(ViewAsTickets.SESSION_LIFETIME).minusSeconds(1))).isTrue();
        assertThat(stillAllowed(grant, NOW.plus(ViewAsTickets.SESSION_LIFETIME).plusSeconds(1))).isFalse();
    }

    @Test
    void aViewAsSessionEndsAtOnceWhenTheActorIsDeactivatedOrLosesWrite() {
        ViewAsGrant grant = redeem(issue(STAFF, ALICE), NOW).orElseThrow();
        assertThat(stillAllowed(grant, NOW.plusSeconds(10))).isTrue();

        installation.sql("update group_membership set level = 'READ' where id = ?", 1_000_030);
        assertThat(stillAllowed(grant, NOW.plusSeconds(20))).as("READ on Alpha's group now").isFalse();

        installation.sql("update group_membership set level = 'WRITE' where id = ?", 1_000_030);
        assertThat(stillAllowed(grant, NOW.plusSeconds(30))).as("WRITE again").isTrue();
        installation.sql("update user_account set active = false where id = ?", STAFF);
        assertThat(stillAllowed(grant, NOW.plusSeconds(40))).as("the actor deactivated").isFalse();
    }

    @Test
    void aViewAsSessionEndsWhenTheContactComesToSeeMoreThanTheActor() {
        installation.sql("update user_account set group_level = false where id = ?", SUPERINTENDENT);
        ViewAsGrant grant = redeem(issue(DISTRICT_STAFF, SUPERINTENDENT), NOW).orElseThrow();
        assertThat(stillAllowed(grant, NOW.plusSeconds(10))).isTrue();

        installation.sql("update user_account set group_level = true where id = ?", SUPERINTENDENT);
        assertThat(stillAllowed(grant, NOW.plusSeconds(20))).as("the superintendent now sees the schools").isFalse();
    }

    private static boolean stillAllowed(ViewAsGrant grant, Instant at) {
        return Installation.as(ADMIN, (em, scope) -> new ViewAsTickets(em).stillAllowed(grant, at));
    }

    private static String issue(long actor, long contact) {
        return Installation.as(actor, (em, scope) -> new ViewAsTickets(em).issue(scope, contact, NOW));
    }

    private static Optional<ViewAsGrant> redeem(String ticket, Instant at) {
        return Installation.as(ADMIN, (em, scope) -> new ViewAsTickets(em).redeem(ticket, at));
    }
}
