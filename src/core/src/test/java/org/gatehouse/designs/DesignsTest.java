package org.gatehouse.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Designs as each kind of user sees and changes them: a contact sees a design only in a status their customer
 * group shows, the moment a status or a setting changes; statuses move only along the allowed steps; only WRITE
 * changes designs and only an administrator what customers see.
 */
class DesignsTest {

    private static final long RETAIL = 1_000_010;
    private static final long PACKAGING = 1_000_011;
    private static final long ALPHA = 1_000_020;
    private static final long BOXCO = 1_000_021;
    private static final long ADMIN = 2_000_000;
    private static final long STAFF = 2_000_001;
    private static final long READER = 2_000_002;
    private static final long ALICE = 3_000_000;
    private static final long PAUL = 3_000_001;

    @BeforeEach
    void twoGroups() {
        new Installation().group(RETAIL, "Retail", "4821").group(PACKAGING, "Packaging", "5500")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(BOXCO, "BoxCo", PACKAGING, null)
                .staff(ADMIN, true).staff(STAFF, false).staff(READER, false)
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, PACKAGING, STAFF, "WRITE")
                .membership(1_000_032, RETAIL, READER, "READ")
                .contact(ALICE, ALPHA).contact(PAUL, BOXCO);
        defaultStatuses();
    }

    /** The installation's default (V21), also again for the tests that come after. */
    @AfterEach
    void defaultStatuses() {
        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showInstallationWide(EnumSet.of(DesignStatus.READY_FOR_REVIEW, DesignStatus.APPROVED, DesignStatus.ACTIVE));
            return null;
        });
    }

    @Test
    void aContactSeesADesignOnlyInAStatusTheirGroupShows() {
        long box = add(ALPHA, "Cereal box", "CB-1");
        assertThat(names(ALICE)).as("a draft").isEmpty();
        assertThat(names(STAFF)).containsExactly("Cereal box");
        assertThat(names(READER)).containsExactly("Cereal box");

        move(box, DesignStatus.IN_PROGRESS);
        move(box, DesignStatus.READY_FOR_REVIEW);
        assertThat(names(ALICE)).containsExactly("Cereal box");
        assertThat(names(PAUL)).as("another customer's").isEmpty();

        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showToGroup(RETAIL, EnumSet.of(DesignStatus.ACTIVE));
            return null;
        });
        assertThat(names(ALICE)).as("Retail shows active designs only").isEmpty();
        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showToGroup(RETAIL, null);
            return null;
        });
        assertThat(names(ALICE)).as("Retail follows the installation again").containsExactly("Cereal box");
        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showInstallationWide(Set.of());
            return null;
        });
        assertThat(names(ALICE)).as("the installation shows no status").isEmpty();
    }

    @Test
    void statusesMoveOnlyAlongTheAllowedStepsAndOnlyWithWrite() {
        long box = add(BOXCO, "Shoe box", "SB-1");

        assertThatThrownBy(() -> move(box, DesignStatus.APPROVED)).as("approved only from ready for review")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("draft cannot become approved");
        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> new DesignChanges(em, scope).add(ALPHA, "Tray", "T-1", "", Instant.now())))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new DesignChanges(em, scope).showInstallationWide(Set.of(DesignStatus.DRAFT));
            return null;
        })).as("only an administrator").isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> add(BOXCO, "Another", "SB-1")).isInstanceOf(InvalidInputException.class).hasMessageContaining("SB-1");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).add(BOXCO, "Long", "L-1", "x".repeat(4001), Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 4000");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope.readOnly()).move(box, DesignStatus.IN_PROGRESS, Instant.now())))
                .as("view as").isInstanceOf(WriteNotAllowedException.class);

        DesignStatus status = Installation.as(STAFF, (em, scope) -> em.find(Design.class, box).getStatus());
        assertThat(status).isEqualTo(DesignStatus.DRAFT);
    }

    private static long add(long customer, String name, String code) {
        return Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).add(customer, name, code, "", Instant.now()).getId());
    }

    private static void move(long design, DesignStatus status) {
        Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).move(design, status, Instant.now()));
    }

    private static List<String> names(long user) {
        return Installation.as(user, (em, scope) -> em.createQuery("select d.name from Design d order by d.name", String.class).getResultList());
    }
}
