package org.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gatehouse.testing.Installation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The share of requested mails (reset links, new confirmation links, "address in use") per recipient, on the embedded PostgreSQL. */
class RequestedMailsTest {

    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    private final Installation installation = new Installation();

    @BeforeEach
    void empty() {
        installation.sql("truncate requested_mail");
    }

    @Test
    void anAddressGetsAFewMailsAnHourAndNoMore() {
        for (int i = 0; i < RequestedMails.PER_RECIPIENT; i++) {
            assertThat(allow(i % 2 == 0 ? "dora@delta.test" : " Dora@Delta.test ")).as("mail %d", i + 1).isTrue();
            now = now.plusSeconds(60);
        }

        assertThat(allow("dora@delta.test")).isFalse();
        assertThat(allow("DORA@delta.test")).as("in any letter case").isFalse();
        assertThat(allow("erin@epsilon.test")).as("another address has its own share").isTrue();
    }

    @Test
    void theShareComesBackWhenTheWindowHasPassed() {
        Instant first = now;
        for (int i = 0; i < RequestedMails.PER_RECIPIENT; i++) {
            allow("dora@delta.test");
            now = now.plusSeconds(60);
        }

        now = first.plus(RequestedMails.WINDOW).minusSeconds(1);
        assertThat(allow("dora@delta.test")).isFalse();
        now = first.plus(RequestedMails.WINDOW);
        assertThat(allow("dora@delta.test")).as("the first mail left the window").isTrue();
        assertThat(allow("dora@delta.test")).as("the others have not").isFalse();
        assertThat(installation.count("select count(*) from requested_mail")).as("the old mail is no longer kept").isEqualTo(RequestedMails.PER_RECIPIENT);
    }

    private boolean allow(String recipient) {
        return Installation.inTransaction(em -> new RequestedMails(em, Clock.fixed(now, ZoneOffset.UTC)).allow(recipient));
    }
}
