package org.gatehouse.access;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gatehouse.files.Attachment;
import org.gatehouse.cases.CaseComment;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseQueries;
import org.gatehouse.cases.CaseRow;
import org.gatehouse.cases.CaseSort;
import org.gatehouse.cases.CaseView;
import org.gatehouse.company.Customer;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetSight;
import org.gatehouse.assets.WorkOrder;
import org.gatehouse.assets.WorkOrderNote;
import org.gatehouse.planning.AssignedSight;
import org.gatehouse.planning.PlanningEntry;
import org.gatehouse.planning.PlanningQueries;
import org.gatehouse.planning.Tour;
import org.gatehouse.planning.TourStopRow;
import org.gatehouse.designs.AnnotationRow;
import org.gatehouse.designs.Design;
import org.gatehouse.designs.DesignDecision;
import org.gatehouse.designs.DesignFilter;
import org.gatehouse.designs.DesignLayer;
import org.gatehouse.designs.DesignQueries;
import org.gatehouse.designs.DesignRow;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.designs.DesignVisibility;
import org.gatehouse.designs.LayerAnnotation;
import org.gatehouse.designs.LayerRevision;
import org.gatehouse.designs.LayerRow;
import org.gatehouse.documents.Document;
import org.gatehouse.documents.DocumentFilter;
import org.gatehouse.documents.DocumentQueries;
import org.gatehouse.documents.DocumentVersion;
import org.gatehouse.documents.VersionRow;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.Installation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-based: the application's answer (scope, filtered queries, explainer) against the
 * reference model, for every user of hundreds of random installations on the embedded PostgreSQL.
 * Each run draws new worlds; a failing one names its seed, and
 * {@code -Dgatehouse.worlds.seed=N -Dgatehouse.worlds=1} replays it.
 */
class AccessModelPropertyTest {

    private static final int PAGE_SIZE = 7;
    private static final long FIRST_SEED = Long.getLong("gatehouse.worlds.seed", new Random().nextLong() & 0xffff_ffffL);
    private static final int WORLDS = Integer.getInteger("gatehouse.worlds", 300);

    static Stream<Long> seeds() {
        return LongStream.range(FIRST_SEED, FIRST_SEED + WORLDS).boxed();
    }

    static Stream<Long> fewerSeeds() {
        return seeds().limit(Math.max(1, WORLDS / 5));
    }

    @ParameterizedTest(name = "world of seed {0}")
    @MethodSource("seeds")
    void everyUserSeesExactlyTheCasesCommentsFilesDocumentsCustomersAndContactsTheModelAllows(long seed) throws SQLException {
        World world = World.generate(new Random(seed));
        world.writeTo(EmbeddedDatabase.dataSource());
        // the world's designs carry audiences at random: what customers see of them is the application's to decide
        Installation.inTransaction(em -> {
            DesignVisibility.ofAll(em);
            AssetSight.ofAll(em);
            AssignedSight.ofAll(em);
            return null;
        });
        ReferenceAccessModel model = new ReferenceAccessModel(world);
        for (World.User user : world.users()) {
            Set<Long> expected = world.cases().stream().filter(c -> model.maySee(user, c)).map(World.Case::id).collect(Collectors.toSet());
            EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
            try {
                AccessScope scope = AccessScope.compute(em, user.id());
                scope.bindTo(em);
                CaseQueries queries = new CaseQueries(em);

                assertThat(listAll(queries)).as("cases listed for %s in %s", user, scope).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(queries.count(CaseFilter.ALL)).as("cases counted for %s", user).isEqualTo(expected.size());
                for (World.Case record : world.cases()) {
                    assertThat(queries.find(record.id()).isPresent()).as("case %s opened by id by %s", record, user)
                            .isEqualTo(expected.contains(record.id()));
                    assertThat(scope.canUpdateCase(record.customer(), record.requester())).as("%s may change the status of %s", user, record)
                            .isEqualTo(model.mayUpdate(user, record));
                    if (expected.contains(record.id())) {
                        // the services find the case through the scope first; canComment is asked only of a case in sight
                        assertThat(scope.canComment(record.customer())).as("%s may comment on %s", user, record)
                                .isEqualTo(model.mayComment(user, record));
                    }
                }
                assertCaseRecords(em, user, CaseComment.class, world.comments().stream()
                        .collect(Collectors.toMap(World.Comment::id, c -> model.maySee(user, c.onCase(), c.internal()))));
                Map<Long, Boolean> files = new HashMap<>();
                world.attachments().forEach(a -> files.put(a.id(), model.maySee(user, a.onCase(), a.internal())));
                world.versions().forEach(v -> files.put(v.fileId(), model.maySee(user, v)));
                world.revisions().forEach(r -> {
                    files.put(r.fileId(), model.maySee(user, r.layer()));
                    if (r.previewId() != null) {
                        files.put(r.previewId(), model.maySee(user, r.layer()));
                    }
                });
                world.ownedFiles().forEach(f -> files.put(f.id(), model.maySee(user, f)));
                assertCaseRecords(em, user, Attachment.class, files);
                assertCaseRecords(em, user, DocumentVersion.class, world.versions().stream()
                        .collect(Collectors.toMap(World.Version::id, v -> model.maySee(user, v))));
                assertCaseRecords(em, user, Document.class, world.documents().stream()
                        .collect(Collectors.toMap(World.Document::id, d -> model.maySee(user, d))));
                assertCaseRecords(em, user, Design.class, world.designs().stream()
                        .collect(Collectors.toMap(World.Design::id, d -> model.maySee(user, d))));
                assertCaseRecords(em, user, DesignLayer.class, world.layers().stream()
                        .collect(Collectors.toMap(World.Layer::id, l -> model.maySee(user, l))));
                assertCaseRecords(em, user, LayerRevision.class, world.revisions().stream()
                        .collect(Collectors.toMap(World.Revision::id, r -> model.maySee(user, r.layer()))));
                assertCaseRecords(em, user, LayerAnnotation.class, world.notes().stream()
                        .collect(Collectors.toMap(World.Note::id, n -> model.maySee(user, n))));
                assertCaseRecords(em, user, DesignDecision.class, world.decisions().stream()
                        .collect(Collectors.toMap(World.Decision::id, x -> model.maySee(user, x))));
                assertDesignPages(em, user, world, model);
                assertCaseRecords(em, user, Asset.class, world.assets().stream()
                        .collect(Collectors.toMap(World.Asset::id, a -> model.maySee(user, a))));
                assertCaseRecords(em, user, WorkOrder.class, world.workOrders().stream()
                        .collect(Collectors.toMap(World.WorkOrder::id, w -> model.maySee(user, w))));
                assertCaseRecords(em, user, WorkOrderNote.class, world.orderNotes().stream()
                        .collect(Collectors.toMap(World.OrderNote::id, n -> model.maySee(user, n))));
                assertCaseRecords(em, user, PlanningEntry.class, world.planningEntries().stream()
                        .collect(Collectors.toMap(World.PlanningEntry::id, p -> model.maySee(user, p))));
                assertCaseRecords(em, user, Tour.class, world.tours().stream()
                        .collect(Collectors.toMap(World.Tour::id, t -> model.maySee(user, t))));
                assertPlanning(em, user, world, model);
                List<Long> versions = world.versions().stream().filter(v -> model.maySee(user, v)).map(World.Version::id).toList();
                assertThat(listAllVersions(new DocumentQueries(em))).as("versions listed for %s", user).containsExactlyInAnyOrderElementsOf(versions);
                assertThat(new DocumentQueries(em).count(new DocumentFilter(null, null))).as("versions counted for %s", user).isEqualTo(versions.size());
                for (World.Version version : world.versions()) {
                    assertThat(CustomerRecords.visible(em, "DocumentVersion", version.id())).as("%s finds %s by its type and id", user, version)
                            .isEqualTo(model.maySee(user, version));
                }
                if (user.kind() == UserKind.CUSTOMER) {
                    Map<CaseView, Set<Long>> views = model.views(user);
                    assertThat(queries.viewsOf(user.id())).as("views offered to %s", user).containsExactlyElementsOf(views.keySet());
                    views.forEach((view, cases) -> assertThat(listAll(queries, CaseFilter.ofView(view).forViewer(user.id())))
                            .as("%s of %s", view, user).containsExactlyInAnyOrderElementsOf(cases));
                }
                for (World.Company company : world.companies()) {
                    boolean customer = company.kind().equals("CUSTOMER");
                    assertThat(em.find(Customer.class, company.id()) != null).as("%s sees customer %s", user, company)
                            .isEqualTo(customer && model.maySeeCustomer(user, company.id()));
                    if (customer) {
                        assertThat(scope.canWrite(company.id())).as("%s may change customer %s", user, company.id())
                                .isEqualTo(model.mayChange(user, company.id()));
                    }
                }
                assertThat(em.createQuery("select c.id from Customer c", Long.class).getResultList())
                        .as("customers listed for %s", user).containsExactlyInAnyOrderElementsOf(world.companies().stream()
                                .filter(c -> c.kind().equals("CUSTOMER") && model.maySeeCustomer(user, c.id())).map(World.Company::id).toList());
                assertThat(em.createQuery("select c.id from Contact c", Long.class).getResultList())
                        .as("contacts listed for %s", user).containsExactlyInAnyOrderElementsOf(world.users().stream()
                                .filter(u -> u.kind() == UserKind.CUSTOMER && model.maySeeContact(user, u)).map(World.User::id).toList());
            } finally {
                em.close();
            }
        }
    }

    @ParameterizedTest(name = "world of seed {0}")
    @MethodSource("fewerSeeds")
    void theExplainerGivesReasonsExactlyForWhatEachUserMaySee(long seed) throws SQLException {
        World world = World.generate(new Random(seed));
        world.writeTo(EmbeddedDatabase.dataSource());
        Installation.inTransaction(em -> {
            DesignVisibility.ofAll(em);
            AssetSight.ofAll(em);
            AssignedSight.ofAll(em);
            return null;
        });
        ReferenceAccessModel model = new ReferenceAccessModel(world);
        EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
        try {
            AccessExplainer explainer = new AccessExplainer(em);
            for (World.User user : world.users()) {
                for (World.Case record : world.cases()) {
                    List<AccessReason> reasons = explainer.explainCase(user.id(), record.id());
                    assertThat(!reasons.isEmpty()).as("%s may see %s; reasons given: %s", user, record, reasons)
                            .isEqualTo(model.maySee(user, record));
                }
                for (World.Version version : world.versions()) {
                    List<AccessReason> reasons = explainer.explainRecord(user.id(), "DocumentVersion", version.id());
                    assertThat(!reasons.isEmpty()).as("%s may see %s; reasons given: %s", user, version, reasons)
                            .isEqualTo(model.maySee(user, version));
                }
                for (World.Company customer : world.companies()) {
                    if (customer.kind().equals("CUSTOMER")) {
                        List<AccessReason> reasons = explainer.explainCustomer(user.id(), customer.id());
                        assertThat(!reasons.isEmpty()).as("%s may see %s; reasons given: %s", user, customer, reasons)
                                .isEqualTo(model.maySeeCustomer(user, customer.id()));
                    }
                }
            }
            for (World.Revision revision : world.revisions()) {
                assertThat(explainer.whoCanSeeRecord("LayerRevision", revision.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", revision).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, revision.layer())).map(World.User::id).toList());
            }
            for (World.Asset asset : world.assets()) {
                assertThat(explainer.whoCanSeeRecord("Asset", asset.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", asset).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, asset)).map(World.User::id).toList());
            }
            for (World.WorkOrder order : world.workOrders()) {
                assertThat(explainer.whoCanSeeRecord("WorkOrder", order.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", order).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, order)).map(World.User::id).toList());
            }
            for (World.OrderNote note : world.orderNotes()) {
                assertThat(explainer.whoCanSeeRecord("WorkOrderNote", note.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", note).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, note)).map(World.User::id).toList());
            }
            for (World.PlanningEntry entry : world.planningEntries()) {
                assertThat(explainer.whoCanSeeRecord("PlanningEntry", entry.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", entry).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, entry)).map(World.User::id).toList());
            }
            for (World.Tour tour : world.tours()) {
                assertThat(explainer.whoCanSeeRecord("Tour", tour.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", tour).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, tour)).map(World.User::id).toList());
            }
            for (World.Note note : world.notes()) {
                assertThat(explainer.whoCanSeeRecord("LayerAnnotation", note.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", note).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, note)).map(World.User::id).toList());
            }
            for (World.Version version : world.versions()) {
                assertThat(explainer.whoCanSeeRecord("DocumentVersion", version.id()).users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", version).containsExactlyInAnyOrderElementsOf(
                                world.users().stream().filter(u -> model.maySee(u, version)).map(World.User::id).toList());
            }
            List<World.User> staff = world.users().stream().filter(u -> u.kind() == UserKind.INTERNAL && u.active()).toList();
            for (World.Case record : world.cases()) {
                List<World.User> seeing = world.users().stream().filter(u -> model.maySee(u, record)).toList();
                WhoCanSee answer = explainer.whoCanSeeCase(record.id());
                assertThat(answer.users().stream().map(UserAccess::userId).toList())
                        .as("who can see %s", record).containsExactlyInAnyOrderElementsOf(seeing.stream().map(World.User::id).toList());
                assertThat(answer.othersNotShown()).isZero();
                for (World.User viewer : staff) {
                    // a staff member is told of the contacts they may open, and of the operator's staff and partners
                    WhoCanSee told = new AccessExplainer(em, AccessScope.compute(em, viewer.id())).whoCanSeeCase(record.id());
                    List<Long> shown = seeing.stream().filter(u -> u.kind() != UserKind.CUSTOMER || model.maySeeContact(viewer, u))
                            .map(World.User::id).toList();
                    assertThat(told.users().stream().map(UserAccess::userId).toList()).as("who can see %s, told to %s", record, viewer)
                            .containsExactlyInAnyOrderElementsOf(shown);
                    assertThat(told.othersNotShown()).as("others who can see %s, for %s", record, viewer).isEqualTo(seeing.size() - shown.size());
                }
            }
        } finally {
            em.close();
        }
    }

    /** Comments, files, documents or versions: listed, and opened by id, exactly when the model says the user may see them. */
    /** The calendar of a day around the entries, and each tour's stops: those at assets the reader sees, in order. */
    private static void assertPlanning(EntityManager em, World.User user, World world, ReferenceAccessModel model) {
        PlanningQueries queries = new PlanningQueries(em);
        Instant now = Instant.now();
        assertThat(queries.entries(null, null, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), 1000).stream().map(PlanningEntry::getId).toList())
                .as("calendar of %s", user).containsExactlyInAnyOrderElementsOf(
                        world.planningEntries().stream().filter(p -> model.maySee(user, p)).map(World.PlanningEntry::id).toList());
        for (World.Tour tour : world.tours()) {
            if (model.maySee(user, tour)) {
                assertThat(queries.stops(tour.id()).stream().map(TourStopRow::assetId).toList()).as("stops of %s for %s", tour, user)
                        .containsExactlyElementsOf(tour.stops().stream().filter(a -> model.maySee(user, a)).map(World.Asset::id).toList());
            }
        }
    }

    private static void assertCaseRecords(EntityManager em, World.User user, Class<?> type, Map<Long, Boolean> visible) {
        // the entity name is the class's simple name
        String entity = type.getSimpleName();
        assertThat(em.createQuery("select r.id from " + entity + " r", Long.class).getResultList()).as("%s listed for %s", entity, user)
                .containsExactlyInAnyOrderElementsOf(visible.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
        visible.forEach((id, expected) -> assertThat(em.find(type, id) != null).as("%s %s opened by id by %s", entity, id, user).isEqualTo(expected));
    }

    /**
     * The designs' pages: every design listed once over all pages (and those of one status, as the catalogue lists
     * them), each with the latest revision of exactly the layers the model shows, and exactly the annotations it shows.
     */
    private static void assertDesignPages(EntityManager em, World.User user, World world, ReferenceAccessModel model) {
        DesignQueries queries = new DesignQueries(em);
        for (DesignStatus status : new DesignStatus[] {null, DesignStatus.ACTIVE}) {
            List<Long> expected = world.designs().stream().filter(d -> (status == null || d.status() == status) && model.maySee(user, d))
                    .map(World.Design::id).toList();
            List<Long> listed = new ArrayList<>();
            DesignFilter filter = new DesignFilter(null, status, null);
            for (int first = 0; ; first += PAGE_SIZE) {
                List<DesignRow> page = queries.page(filter, first, PAGE_SIZE);
                page.forEach(row -> {
                    assertThat(listed).as("design %s listed twice", row.id()).doesNotContain(row.id());
                    listed.add(row.id());
                });
                if (page.size() < PAGE_SIZE) {
                    break;
                }
            }
            assertThat(listed).as("designs (%s) listed for %s", status, user).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(queries.count(filter)).as("designs (%s) counted for %s", status, user).isEqualTo(expected.size());
        }
        List<Long> designs = world.designs().stream().map(World.Design::id).toList();
        List<Long> latest = world.revisions().stream().filter(r -> model.maySee(user, r.layer())
                        && world.revisions().stream().noneMatch(o -> o.layer() == r.layer() && o.number() > r.number()))
                .map(World.Revision::id).toList();
        assertThat(queries.latestLayers(designs).stream().map(LayerRow::revisionId).toList()).as("latest revisions shown to %s", user)
                .containsExactlyInAnyOrderElementsOf(latest);
        assertThat(queries.annotations(world.revisions().stream().map(World.Revision::id).toList()).stream().map(AnnotationRow::getId).toList())
                .as("annotations shown to %s", user)
                .containsExactlyInAnyOrderElementsOf(world.notes().stream().filter(n -> model.maySee(user, n)).map(World.Note::id).toList());
    }

    /** Walks every page of the document versions, checking that none shows up twice. */
    private static List<Long> listAllVersions(DocumentQueries queries) {
        List<Long> ids = new ArrayList<>();
        for (int first = 0; ; first += PAGE_SIZE) {
            List<VersionRow> page = queries.page(new DocumentFilter(null, null), first, PAGE_SIZE);
            page.forEach(row -> {
                assertThat(ids).as("version %s listed twice", row.id()).doesNotContain(row.id());
                ids.add(row.id());
            });
            if (page.size() < PAGE_SIZE) {
                return ids;
            }
        }
    }

    private static List<Long> listAll(CaseQueries queries) {
        return listAll(queries, CaseFilter.ALL);
    }

    /** Walks every page, in the order the lists use, and checks that no case shows up twice. */
    private static List<Long> listAll(CaseQueries queries, CaseFilter filter) {
        List<Long> ids = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int first = 0; ; first += PAGE_SIZE) {
            List<CaseRow> page = queries.page(filter, first, PAGE_SIZE, CaseSort.UPDATED, false);
            for (CaseRow row : page) {
                assertThat(seen.add(row.getId())).as("case %s listed twice", row.getId()).isTrue();
                ids.add(row.getId());
            }
            if (page.size() < PAGE_SIZE) {
                return ids;
            }
        }
    }
}
