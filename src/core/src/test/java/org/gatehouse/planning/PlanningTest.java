package org.gatehouse.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.assets.AssetChanges;
import org.gatehouse.assets.AssetDetails;
import org.gatehouse.assets.AssetQueries;
import org.gatehouse.assets.Priority;
import org.gatehouse.assets.WorkOrder;
import org.gatehouse.assets.WorkOrderChanges;
import org.gatehouse.assets.WorkOrderNote;
import org.gatehouse.assets.WorkOrderStatus;
import org.gatehouse.assets.WorkOrderType;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.NewFile;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The work on assets (seed 004): work orders' notes and files, planning entries and tours, each seen by exactly the
 * contacts the operator chose: notes and files with their work order or asset, entries and tours when assigned.
 */
class PlanningTest {

    private static final long GROUP = 1_000_010;
    private static final long NORTHWIND = 1_000_020;
    private static final long OTHER = 1_000_021;
    private static final long STAFF = 2_000_001;
    private static final long READER = 2_000_002;
    private static final long OUTSIDER = 2_000_003;
    private static final long NINA = 3_000_000;
    private static final long OSCAR = 3_000_001;
    private static final long STRANGER = 3_000_002;
    private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");

    private final Installation installation = new Installation();
    private long plant;
    private long hall;
    private long press;
    private long office;

    @BeforeEach
    void oneCustomerWithTwoContactsAndATree() {
        installation.group(GROUP, "Manufacturing", "3390")
                .customer(NORTHWIND, "Northwind", GROUP, null).customer(OTHER, "Other", GROUP, null)
                .staff(STAFF, false).staff(READER, false).staff(OUTSIDER, false)
                .membership(1_000_030, GROUP, STAFF, "WRITE").membership(1_000_031, GROUP, READER, "READ")
                .contact(NINA, NORTHWIND).contact(OSCAR, NORTHWIND).contact(STRANGER, OTHER);
        plant = add(null, "PLANT", "Plant North");
        hall = add(plant, "HALL-A", "Hall A");
        press = add(hall, "PRESS-1", "Press 1");
        office = add(plant, "OFFICE", "Office building");
        Installation.as(STAFF, (em, scope) -> {
            new AssetChanges(em, scope).grant(hall, OSCAR, true);
            return null;
        });
    }

    @Test
    void publicNotesAndFilesFollowTheWorkOrderAndInternalOnesStayInTheBackOffice() {
        long order = Installation.as(STAFF, (em, scope) -> new WorkOrderChanges(em, scope)
                .add(press, "Replace the seal", "", WorkOrderType.CORRECTIVE, Priority.HIGH, Instant.now()).getId());
        Installation.as(STAFF, (em, scope) -> {
            WorkOrderChanges changes = new WorkOrderChanges(em, scope);
            changes.note(order, "Seal ordered, arrives Tuesday.", false, Instant.now());
            changes.note(order, "Customer was rude on the phone.", true, Instant.now());
            WorkOrder workOrder = em.find(WorkOrder.class, order);
            new AssetChanges(em, scope).attach(workOrder, List.of(file("report.txt")), false, 1_000_000, Instant.now());
            new AssetChanges(em, scope).attach(workOrder, List.of(file("costs.txt")), true, 1_000_000, Instant.now());
            return null;
        });
        assertThat(notes(OSCAR, order)).containsExactly("Seal ordered, arrives Tuesday.");
        assertThat(notes(STAFF, order)).hasSize(2);
        assertThat(files(OSCAR, order)).containsExactly("report.txt");
        assertThat(notes(NINA, order)).as("a colleague the hall was not made visible to").isEmpty();

        Installation.as(STAFF, (em, scope) -> {
            new AssetChanges(em, scope).grant(plant, NINA, false);
            return null;
        });
        assertThat(notes(NINA, order)).as("the note follows its work order when its asset is made visible").containsExactly("Seal ordered, arrives Tuesday.");
        assertThat(files(NINA, order)).containsExactly("report.txt");
        Installation.as(STAFF, (em, scope) -> new AssetChanges(em, scope).move(press, office, Instant.now()));
        assertThat(notes(OSCAR, order)).as("the press left Oscar's hall").isEmpty();
        assertThat(files(OSCAR, order)).isEmpty();

        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> new WorkOrderChanges(em, scope).note(order, "Sneaky", false, Instant.now())))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new WorkOrderChanges(em, scope).note(order, "  ", false, Instant.now())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aWorkOrdersPlanIsItsEntryInTheCalendarAndMovesWithIt() {
        long order = Installation.as(STAFF, (em, scope) -> new WorkOrderChanges(em, scope)
                .add(press, "Yearly service", "", WorkOrderType.PREVENTIVE, Priority.NORMAL, Instant.now()).getId());
        long entry = Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope).planWorkOrder(order, MONDAY, 90, STAFF, Instant.now()).getId());
        WorkOrder planned = workOrder(order);
        assertThat(planned.getPlannedAt()).isEqualTo(MONDAY);
        assertThat(planned.getPlannedMinutes()).isEqualTo(90);
        assertThat(planned.getAssigneeId()).isEqualTo(STAFF);
        assertThat(planned.getStatus()).isEqualTo(WorkOrderStatus.SCHEDULED);

        Instant tuesday = MONDAY.plus(1, ChronoUnit.DAYS);
        Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope).move(entry, tuesday, 60, Instant.now()));
        assertThat(workOrder(order).getPlannedAt()).as("dragged in the calendar").isEqualTo(tuesday);
        long again = Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope).planWorkOrder(order, MONDAY, 30, STAFF, Instant.now()).getId());
        assertThat(again).as("planned again: the same entry, moved").isEqualTo(entry);

        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> new PlanningChanges(em, scope).move(entry, MONDAY, 60, Instant.now())))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope).planWorkOrder(order, MONDAY, 60, OUTSIDER, Instant.now())))
                .as("a technician who may not change the customer's records").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope).move(entry, MONDAY, 0, Instant.now())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(workOrder(order).getPlannedMinutes()).as("a refused change changed nothing").isEqualTo(30);

        Installation.as(STAFF, (em, scope) -> {
            new PlanningChanges(em, scope).remove(entry, Instant.now());
            return null;
        });
        assertThat(workOrder(order).getPlannedAt()).isNull();
        assertThat(workOrder(order).getStatus()).isEqualTo(WorkOrderStatus.OPEN);
    }

    @Test
    void aContactsCalendarAndToursHoldOnlyWhatIsAssignedToThem() {
        long forOscar = Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope)
                .add(press, "Check the press", MONDAY, 60, STAFF, Set.of(OSCAR), Instant.now()).getId());
        long forNobody = Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope)
                .add(office, "Fire alarm test", MONDAY, 60, STAFF, Set.of(), Instant.now()).getId());
        assertThat(calendar(OSCAR)).containsExactly(forOscar);
        assertThat(calendar(NINA)).isEmpty();
        assertThat(calendar(STAFF)).containsExactlyInAnyOrder(forOscar, forNobody);
        Installation.as(STAFF, (em, scope) -> {
            new PlanningChanges(em, scope).assign(forNobody, Set.of(NINA));
            return null;
        });
        assertThat(calendar(NINA)).containsExactly(forNobody);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new PlanningChanges(em, scope).assign(forOscar, Set.of(STRANGER));
            return null;
        })).as("a contact of another customer").isInstanceOf(InvalidInputException.class);

        LocalDate day = LocalDate.of(2026, 11, 30);
        long tour = Installation.as(STAFF, (em, scope) -> new PlanningChanges(em, scope)
                .addTour(NORTHWIND, day, "Monday round", STAFF, List.of(office, press, hall), Set.of(OSCAR), Instant.now()).getId());
        assertThat(stops(STAFF, tour)).containsExactly("OFFICE", "PRESS-1", "HALL-A");
        assertThat(stops(OSCAR, tour)).as("only the stops at assets he sees, in order").containsExactly("PRESS-1", "HALL-A");
        long seenByNina = Installation.as(NINA, (em, scope) -> new PlanningQueries(em).countTours(null, day, day));
        assertThat(seenByNina).as("not assigned to Nina").isZero();
        long seenByOscar = Installation.as(OSCAR, (em, scope) -> new PlanningQueries(em).countTours(null, day, day));
        assertThat(seenByOscar).isEqualTo(1);

        long elsewhere = Installation.as(STAFF, (em, scope) -> new AssetChanges(em, scope).add(OTHER, null, "X", AssetDetails.named("X"), Instant.now()).getId());
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new PlanningChanges(em, scope).stops(tour, List.of(press, elsewhere), Instant.now());
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("own customer");
        assertThat(stops(STAFF, tour)).as("a refused change of stops changed nothing").containsExactly("OFFICE", "PRESS-1", "HALL-A");
    }

    private static long add(Long parent, String code, String name) {
        return Installation.as(STAFF, (em, scope) -> new AssetChanges(em, scope).add(NORTHWIND, parent, code, AssetDetails.named(name), Instant.now()).getId());
    }

    private static NewFile file(String name) {
        return new NewFile(name, () -> new ByteArrayInputStream("some text".getBytes(StandardCharsets.UTF_8)));
    }

    private static WorkOrder workOrder(long id) {
        return Installation.as(STAFF, (em, scope) -> em.find(WorkOrder.class, id));
    }

    private static List<String> notes(long user, long order) {
        return Installation.as(user, (em, scope) -> new AssetQueries(em).notes(order).stream().map(WorkOrderNote::getBody).toList());
    }

    private static List<String> files(long user, long order) {
        return Installation.as(user, (em, scope) -> em.createQuery("select f from Attachment f where f.recordType = 'WorkOrder' and f.recordId = :id",
                Attachment.class).setParameter("id", order).getResultList().stream().map(Attachment::getFileName).toList());
    }

    private static List<Long> calendar(long user) {
        return Installation.as(user, (em, scope) -> new PlanningQueries(em).entries(null, null, MONDAY.minus(1, ChronoUnit.DAYS),
                MONDAY.plus(1, ChronoUnit.DAYS), 100).stream().map(PlanningEntry::getId).toList());
    }

    private static List<String> stops(long user, long tour) {
        return Installation.as(user, (em, scope) -> new PlanningQueries(em).stops(tour).stream().map(TourStopRow::code).toList());
    }
}
