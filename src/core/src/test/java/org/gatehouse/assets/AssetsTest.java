package org.gatehouse.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Assets as each kind of user sees and changes them (seed 004): a contact sees an asset made visible or assigned to
 * them and everything below it, assets added later included, and nothing else, not even of their own company.
 */
class AssetsTest {

    private static final long GROUP = 1_000_010;
    private static final long NORTHWIND = 1_000_020;
    private static final long OTHER = 1_000_021;
    private static final long STAFF = 2_000_001;
    private static final long READER = 2_000_002;
    private static final long NINA = 3_000_000;
    private static final long OSCAR = 3_000_001;
    private static final long STRANGER = 3_000_002;

    private final Installation installation = new Installation();

    @BeforeEach
    void oneCustomerWithTwoContacts() {
        installation.group(GROUP, "Manufacturing", "3390")
                .customer(NORTHWIND, "Northwind", GROUP, null).customer(OTHER, "Other", GROUP, null)
                .staff(STAFF, false).staff(READER, false)
                .membership(1_000_030, GROUP, STAFF, "WRITE").membership(1_000_031, GROUP, READER, "READ")
                .contact(NINA, NORTHWIND).contact(OSCAR, NORTHWIND).contact(STRANGER, OTHER);
    }

    @Test
    void aContactSeesWhatWasMadeVisibleToThemWithEverythingBelowItAddedLaterToo() {
        long plant = add(null, "PLANT", "Plant North");
        long hall = add(plant, "HALL-1", "Hall 1");
        long press = add(hall, "PRESS-1", "Press 1");
        assertThat(codes(NINA)).as("nothing made visible yet").isEmpty();
        assertThat(codes(STAFF)).containsExactlyInAnyOrder("PLANT", "HALL-1", "PRESS-1");

        Installation.as(STAFF, (em, scope) -> {
            new AssetChanges(em, scope).grant(hall, NINA, false);
            return null;
        });
        assertThat(codes(NINA)).containsExactlyInAnyOrder("HALL-1", "PRESS-1");
        assertThat(codes(OSCAR)).as("a colleague without visibility").isEmpty();
        add(press, "MOTOR-1", "Motor of press 1");
        assertThat(codes(NINA)).as("added below later").containsExactlyInAnyOrder("HALL-1", "PRESS-1", "MOTOR-1");

        assertThat(Installation.as(NINA, (em, scope) -> new AssetQueries(em).page(null, "press-", 0, 10)).stream().map(Asset::getCode))
                .as("searched").containsExactly("PRESS-1");
        assertThat(Installation.as(STAFF, (em, scope) -> new AssetQueries(em).page(NORTHWIND, null, 1, 2)).stream().map(Asset::getCode))
                .as("the second page, in tree order").containsExactly("HALL-1", "PRESS-1");
        long counted = Installation.as(NINA, (em, scope) -> new AssetQueries(em).count(NORTHWIND, null));
        assertThat(counted).isEqualTo(3);
        Installation.as(STAFF, (em, scope) -> new AssetChanges(em, scope).move(press, plant, Instant.now()));
        assertThat(codes(NINA)).as("the press moved out of the hall, with its motor").containsExactly("HALL-1");
        assertThat(codes(STAFF)).hasSize(4);

        Installation.as(STAFF, (em, scope) -> {
            new AssetChanges(em, scope).revoke(hall, NINA);
            return null;
        });
        assertThat(codes(NINA)).isEmpty();
    }

    @Test
    void aContactWithAssignedWorkOrdersOnlySeesJustThoseAssignedOrMadeVisibleToThem() {
        long hall = add(null, "HALL-1", "Hall 1");
        long press = add(hall, "PRESS-1", "Press 1");
        Installation.as(STAFF, (em, scope) -> {
            new AssetChanges(em, scope).grant(hall, NINA, false);
            return null;
        });
        long service = order(press, "Yearly service");
        long repair = order(press, "Replace the seal");
        assertThat(orders(NINA)).containsExactlyInAnyOrder("Yearly service", "Replace the seal");
        assertThat(orders(OSCAR)).isEmpty();

        installation.sql("update user_account set assigned_work_orders_only = true where id = ?", NINA);
        // what the observer of ContactOptionsChanged does in the container
        Installation.inTransaction(em -> {
            WorkOrderSight.ofContact(em, NINA);
            return null;
        });
        assertThat(orders(NINA)).isEmpty();
        Installation.as(STAFF, (em, scope) -> {
            new WorkOrderChanges(em, scope).grant(repair, NINA, true);
            return null;
        });
        assertThat(orders(NINA)).containsExactly("Replace the seal");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new WorkOrderChanges(em, scope).grant(service, STRANGER, false);
            return null;
        })).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> new WorkOrderChanges(em, scope)
                .add(press, "Sneaky", "", WorkOrderType.CORRECTIVE, Priority.NORMAL, Instant.now()))).isInstanceOf(WriteNotAllowedException.class);
    }

    @Test
    void onlyWriteChangesAssetsAndOnlyTheCustomersContactsAreGiven() {
        long plant = add(null, "PLANT", "Plant North");
        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> new AssetChanges(em, scope)
                .add(NORTHWIND, null, "X", AssetDetails.named("X"), Instant.now()))).isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> add(null, "PLANT", "Again")).isInstanceOf(InvalidInputException.class).hasMessageContaining("PLANT");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new AssetChanges(em, scope).grant(plant, STRANGER, true);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("contact of Northwind");
        long hall = add(plant, "HALL-1", "Hall 1");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new AssetChanges(em, scope).move(plant, hall, Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("below");
    }

    private static long add(Long parent, String code, String name) {
        return Installation.as(STAFF, (em, scope) -> new AssetChanges(em, scope).add(NORTHWIND, parent, code, AssetDetails.named(name), Instant.now()).getId());
    }

    private static long order(long asset, String title) {
        return Installation.as(STAFF, (em, scope) -> new WorkOrderChanges(em, scope)
                .add(asset, title, "", WorkOrderType.PREVENTIVE, Priority.NORMAL, Instant.now()).getId());
    }

    private static List<String> orders(long user) {
        return Installation.as(user, (em, scope) -> em.createQuery("select w.title from WorkOrder w", String.class).getResultList());
    }

    private static List<String> codes(long user) {
        return Installation.as(user, (em, scope) -> em.createQuery("select a.code from Asset a", String.class).getResultList());
    }
}
