package org.gatehouse.bench;

import java.io.PrintStream;
import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.imageio.ImageIO;
import org.gatehouse.designs.DesignStatus;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A synthetic installation of a given size, the same for the same seed: customer companies in trees across
 * customer groups, operator staff in groups, partners with grants at every level, contacts in categories,
 * cases with comments and attachments, documents with versions and their files, packaging designs with layers,
 * revisions and their files. Everything is replaced in one
 * transaction and loaded with COPY. The benchmark's subjects have fixed e-mail addresses (see {@link #SUBJECTS}); their password is
 * {@link #PASSWORD}, every other generated user has none.
 */
public final class Generator {

    public static final String PASSWORD = "gatehouse-bench";
    /** The users the benchmark signs in as. */
    public static final List<String> SUBJECTS = List.of("admin@bench.test", "staff@bench.test", "partner@bench.test",
            "my@bench.test", "super@bench.test", "sites@bench.test", "assigned@bench.test");
    /** The contact with "assigned work orders only", group-level at the top of the company with 40 sites (see {@link #loadAssets}). */
    static final String ASSIGNED_ONLY = "assigned@bench.test";

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    /** The planning month the back office's screens read: the month that starts at {@link #NOW}. */
    static final Instant PLANNING_MONTH = NOW;
    static final Instant PLANNING_NEXT_MONTH = Instant.parse("2026-12-01T00:00:00Z");
    private static final long DAY = 86_400;
    private static final long THREE_YEARS = Duration.ofDays(3 * 365).toSeconds();
    private static final String[] THINGS = {"Printer", "Scanner", "Laptop", "Router", "Conveyor", "Press", "Pump", "Projector",
            "Terminal", "Server", "Badge reader", "Camera", "Boiler", "Elevator", "Forklift", "Label printer", "Switch",
            "Phone", "Tablet", "Monitor", "Compressor", "Generator", "Sensor", "Door", "Alarm panel", "Weighing scale",
            "Dishwasher", "Freezer", "Oven", "Air conditioner"};
    private static final String[] PROBLEMS = {"does not start", "shows error E%d", "is making noise", "needs maintenance",
            "lost its network connection", "is slow", "stopped after update %d", "needs a new part", "leaks", "overheats",
            "gives wrong readings", "needs to be moved", "must be replaced", "needs an inspection", "has a broken display"};
    private static final String[] PLACES = {"building %d", "room %d", "plant %d", "store %d", "warehouse %d", "line %d",
            "floor %d", "office %d", "site %d", "lab %d"};
    private static final String[] TYPES = {"CASE", "SERVICE_REQUEST", "INCIDENT_REPORT", "VISIT_REQUEST"};
    private static final String[] DOCUMENTS = {"Operating manual", "Service contract", "Maintenance plan", "Safety data sheet",
            "Floor plan", "Network diagram", "Inspection report", "Warranty", "Price list", "Training handout"};
    /** The statuses contacts see unless their group has its own (V21's setting, which the generator restores). */
    private static final EnumSet<DesignStatus> INSTALLATION_DESIGN_STATUSES =
            EnumSet.of(DesignStatus.READY_FOR_REVIEW, DesignStatus.APPROVED, DesignStatus.ACTIVE);
    /** A design's status is drawn from these twenty: two in five are active, the catalogue's. */
    private static final DesignStatus[] DESIGN_STATUS_DRAWS = {DesignStatus.DRAFT, DesignStatus.DRAFT, DesignStatus.IN_PROGRESS,
            DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW, DesignStatus.READY_FOR_REVIEW, DesignStatus.APPROVED,
            DesignStatus.APPROVED, DesignStatus.ACTIVE, DesignStatus.ACTIVE, DesignStatus.ACTIVE, DesignStatus.ACTIVE, DesignStatus.ACTIVE,
            DesignStatus.ACTIVE, DesignStatus.ACTIVE, DesignStatus.ACTIVE, DesignStatus.UNDER_MODIFICATION, DesignStatus.RETIRED,
            DesignStatus.RETIRED, DesignStatus.RETIRED};
    private static final String[] PACKAGINGS = {"Folding carton", "Label", "Shrink sleeve", "Pouch", "Shipping box", "Blister card",
            "Tray", "Lid", "Bag", "Display"};
    /** A design's code is its packaging's prefix and a number: {@code LB-100042}. */
    private static final String[] PACKAGING_CODES = {"FC", "LB", "SS", "PO", "SB", "BC", "TR", "LD", "BG", "DS"};
    /** What the catalogue's search screen types: the labels' code prefix, in one design code in ten and in no name. */
    static final String DESIGN_CODE_SEARCH = "LB-";
    private static final String[] PRODUCTS = {"Oat drink", "Tomato soup", "Dog food", "Shampoo", "Green tea", "Muesli", "Coffee beans",
            "Pasta", "Detergent", "Chocolate", "Rice", "Olive oil", "Yoghurt", "Crisps", "Toothpaste", "Cat litter", "Orange juice",
            "Hand soap", "Cereal bars", "Frozen peas"};
    private static final String[] AMOUNTS = {"100 g", "250 g", "500 g", "1 kg", "250 ml", "330 ml", "500 ml", "1 l", "6 pack", "12 pack"};
    private static final String[] REVISION_NOTES = {"", "", "", "Barcode corrected", "New dieline from the printer",
            "Colours matched to the proof", "Text changes from the customer", "Allergens in bold"};
    /** A work order's status: half done or cancelled. */
    private static final String[] WORK_ORDER_STATUS_DRAWS = {"DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "CANCELLED",
            "CANCELLED", "OPEN", "OPEN", "OPEN", "SCHEDULED", "SCHEDULED", "SCHEDULED", "IN_PROGRESS", "IN_PROGRESS", "ON_HOLD", "ON_HOLD"};
    private static final String[] WORK_ORDER_TYPES = {"PREVENTIVE", "CORRECTIVE", "INSPECTION", "INSTALLATION"};
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"};
    /** Every layer file with a preview is this small PNG, and so is its preview (each a large object of its own). */
    private static final byte[] ARTWORK_PNG = png();

    /** The columns of a staged file (see {@link #stageFiles}). */
    private static final String FILE_COLUMNS = "id, record_type, record_id, comment_id, customer_id, requester_id, audience, file_name,"
            + " content_type, size_bytes, uploaded_by, created_at, bytes";

    private static final int LARGE_OBJECTS_PER_TRANSACTION = 2_000;

    private final Size size;
    private final Random random;
    private final PrintStream out;
    private long nextId = 1_000;

    // what later tables refer to; arrays, not objects: a million cases must fit in little memory
    private final List<long[]> customers = new ArrayList<>(); // id, parent (0 = none), group id, tree index, is top
    private final List<Long> groupIds = new ArrayList<>();
    private final List<Long> staffIds = new ArrayList<>();
    /** By customer group: the staff with WRITE there, who may be the technician of its customers' work (V25). */
    private final Map<Long, List<Long>> techniciansOfGroup = new HashMap<>();
    private long[] contactIds;
    private int[] contactCustomer; // index into customers
    private long[] categoryIds;
    private long[] caseIds;
    private int[] caseCustomer;
    private int[] caseRequester; // index into contacts, -1 for none
    private long[] caseCreated;
    private long[] caseUpdated;
    private long[] caseFirstComment;
    private byte[] caseComments;
    private long firstComment;
    private final BitSet internalComments = new BitSet();

    public Generator(Size size, long seed, PrintStream out) {
        this.size = size;
        this.random = new Random(seed);
        this.out = out;
    }

    /**
     * Replaces everything in the database with the generated installation; all or nothing. The files of the
     * installation replaced leave their large objects behind, removed once the new one is committed.
     */
    public void load(Connection connection) throws SQLException {
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long[] oldFiles;
        try (Statement statement = connection.createStatement()) {
            out.println("Generating size " + size + " (seed-determined) ...");
            try (ResultSet oids = statement.executeQuery("select oid from pg_largeobject_metadata")) {
                LongStream.Builder ids = LongStream.builder();
                while (oids.next()) {
                    ids.add(oids.getLong(1));
                }
                oldFiles = ids.build().toArray();
            }
            statement.execute("truncate company, customer_group, user_account, category, audit_entry, mail_outbox cascade");
            fastForeignKeys(connection);
            String passwordHash = passwordHash();
            loadGroups(copy);
            loadCompanies(copy);
            loadInternalAndPartnerUsers(copy, passwordHash);
            loadContacts(copy, passwordHash);
            loadCases(copy);
            loadComments(copy);
            stageFiles(statement);
            loadAttachments(copy, statement);
            loadDocuments(copy, statement);
            loadDesigns(copy, statement);
            loadAssets(copy, passwordHash);
            advanceSequences(statement);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        removeLargeObjects(connection, oldFiles);
        try (Statement statement = connection.createStatement()) {
            Progress progress = new Progress(out, "vacuum analyze", 1);
            statement.execute("vacuum analyze");
            progress.done(1);
        }
        out.printf("Loaded size %s in %.1f s.%n", size, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Removes large objects a few thousand per transaction: each removal locks its object until the transaction
     * ends, and PostgreSQL's lock table holds some thousands of locks, not the 400,000 files of size L.
     */
    private void removeLargeObjects(Connection connection, long[] oids) throws SQLException {
        Progress progress = new Progress(out, "old files removed", oids.length);
        try (PreparedStatement unlink = connection.prepareStatement("select lo_unlink(o::oid) from unnest(?::bigint[]) o")) {
            for (int from = 0; from < oids.length; from += LARGE_OBJECTS_PER_TRANSACTION) {
                Long[] batch = Arrays.stream(oids, from, Math.min(oids.length, from + LARGE_OBJECTS_PER_TRANSACTION)).boxed().toArray(Long[]::new);
                unlink.setArray(1, connection.createArrayOf("bigint", batch));
                unlink.execute();
                progress.at(from + batch.length);
            }
        }
        progress.done(oids.length);
    }

    /** Foreign keys are checked by triggers; the generator's rows are consistent by construction, so skip them when allowed. */
    private void fastForeignKeys(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint replica");
            statement.execute("set local session_replication_role = replica");
        } catch (SQLException notSuperuser) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("rollback to savepoint replica");
                out.println("  (foreign keys checked row by row: the database user may not switch them off)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void loadGroups(CopyManager copy) throws SQLException {
        try (CopyWriter rows = new CopyWriter(copy, "customer_group", "id, name, suffix, own_design_statuses",
                new Progress(out, "customer groups", size.groups))) {
            for (int i = 0; i < size.groups; i++) {
                long id = nextId++;
                groupIds.add(id);
                rows.value(id).value("Group " + (i + 1)).value(String.format("%04d", 1000 + i)).value(ownDesignStatuses(i) != null).endRow();
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "customer_group_design_status", "customer_group_id, status",
                new Progress(out, "groups' own design statuses", 0))) {
            for (int i = 0; i < size.groups; i++) {
                for (DesignStatus status : ownDesignStatuses(i) == null ? EnumSet.noneOf(DesignStatus.class) : ownDesignStatuses(i)) {
                    rows.value(groupIds.get(i)).value(status.name()).endRow();
                }
            }
        }
    }

    /**
     * The design statuses a group shows its contacts when it has its own list (null: it follows the installation's,
     * {@link #INSTALLATION_DESIGN_STATUSES}): one group in ten shows active designs only, one in ten also those being
     * reviewed or modified, one in twenty none. The first group, the 40-sites contact's, follows the installation.
     */
    private static EnumSet<DesignStatus> ownDesignStatuses(int group) {
        if (group % 20 == 19) {
            return EnumSet.noneOf(DesignStatus.class);
        }
        return switch (group % 10) {
            case 5 -> EnumSet.of(DesignStatus.ACTIVE);
            case 8 -> EnumSet.of(DesignStatus.READY_FOR_REVIEW, DesignStatus.APPROVED, DesignStatus.ACTIVE, DesignStatus.UNDER_MODIFICATION);
            default -> null;
        };
    }

    /**
     * The operator, the partners and the customers. Customers come in trees of one to three levels, each tree in
     * one group; the first tree is the company with 40 sites.
     */
    private void loadCompanies(CopyManager copy) throws SQLException {
        try (CopyWriter rows = new CopyWriter(copy, "company", "id, name, kind, parent_id, customer_group_id",
                new Progress(out, "companies", 1 + size.partners + size.customers))) {
            rows.value(1).value("Bench Operator").value("OPERATOR").value(null).value(null).endRow();
            for (int i = 0; i < size.partners; i++) {
                rows.value(2 + i).value("Partner " + (i + 1)).value("PARTNER").value(null).value(null).endRow();
            }
            int tree = 0;
            while (customers.size() < size.customers) {
                long group = groupIds.get(tree % groupIds.size());
                long top = addCustomer(rows, "Customer " + (tree + 1), 0, group, tree, true);
                if (tree == 0) {
                    for (int site = 1; site <= 40; site++) {
                        addCustomer(rows, "Customer 1 site " + site, top, group, tree, false);
                    }
                } else {
                    for (int child = 1, children = random.nextInt(4); child <= children && customers.size() < size.customers; child++) {
                        long middle = addCustomer(rows, "Customer " + (tree + 1) + "." + child, top, group, tree, false);
                        for (int leaf = 1, leaves = random.nextInt(3); leaf <= leaves && customers.size() < size.customers; leaf++) {
                            addCustomer(rows, "Customer " + (tree + 1) + "." + child + "." + leaf, middle, group, tree, false);
                        }
                    }
                }
                tree++;
            }
        }
    }

    private long addCustomer(CopyWriter rows, String name, long parent, long group, int tree, boolean top) throws SQLException {
        long id = nextId++;
        customers.add(new long[] {id, parent, group, tree, top ? 1 : 0});
        rows.value(id).value(name).value("CUSTOMER").value(parent == 0 ? null : parent).value(group).endRow();
        return id;
    }

    private void loadInternalAndPartnerUsers(CopyManager copy, String passwordHash) throws SQLException {
        int partnerUsers = size.partners * size.partnerUsersEach;
        List<long[]> memberships = new ArrayList<>(); // group, user, write
        List<long[]> userGroups = new ArrayList<>(); // id, partner company, first member, member count
        try (CopyWriter rows = new CopyWriter(copy, "user_account", "id, email, display_name, kind, company_id, password_hash, admin, case_mail",
                new Progress(out, "staff and partner users", size.staff + partnerUsers))) {
            for (int i = 0; i < size.staff; i++) {
                long id = nextId++;
                staffIds.add(id);
                String email = i == 0 ? "admin@bench.test" : i == 1 ? "staff@bench.test" : "staff" + i + "@operator.bench.test";
                rows.value(id).value(email).value("Staff " + i).value("INTERNAL").value(1)
                        .value(i <= 1 ? passwordHash : null).value(i == 0 || i % 100 == 99).value(true).endRow();
                if (i == 1) {
                    for (int g = 0; g < 5; g++) {
                        memberships.add(new long[] {groupIds.get(g * groupIds.size() / 5), id, g < 2 ? 1 : 0});
                    }
                } else if (i > 1) {
                    for (int g : distinct(1 + random.nextInt(4), groupIds.size())) {
                        memberships.add(new long[] {groupIds.get(g), id, random.nextInt(2)});
                    }
                }
            }
            for (int p = 0; p < size.partners; p++) {
                long firstUser = nextId;
                for (int u = 0; u < size.partnerUsersEach; u++) {
                    long id = nextId++;
                    String email = p == 0 && u == 0 ? "partner@bench.test" : "user" + u + "@partner" + (p + 1) + ".bench.test";
                    rows.value(id).value(email).value("Partner " + (p + 1) + " user " + u).value("PARTNER").value(2 + p)
                            .value(p == 0 && u == 0 ? passwordHash : null).value(false).value(random.nextInt(3) == 0).endRow();
                }
                userGroups.add(new long[] {nextId++, 2 + p, firstUser, 1 + random.nextInt(size.partnerUsersEach)});
            }
        }
        for (long[] m : memberships) {
            if (m[2] == 1) {
                techniciansOfGroup.computeIfAbsent(m[0], g -> new ArrayList<>()).add(m[1]);
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "group_membership", "id, customer_group_id, user_id, level",
                new Progress(out, "group memberships", memberships.size()))) {
            for (long[] m : memberships) {
                rows.value(nextId++).value(m[0]).value(m[1]).value(m[2] == 1 ? "WRITE" : "READ").endRow();
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "user_group", "id, name, company_id", new Progress(out, "user groups", userGroups.size()))) {
            for (long[] g : userGroups) {
                rows.value(g[0]).value("Field team").value(g[1]).endRow();
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "user_group_member", "user_group_id, user_id", new Progress(out, "user group members", 0))) {
            for (long[] g : userGroups) {
                for (long member = g[2]; member < g[2] + g[3]; member++) {
                    rows.value(g[0]).value(member).endRow();
                }
            }
        }
        // every partner holds 20 customers: 8 granted to the company, 6 to its user group, 6 to its first user
        try (CopyWriter rows = new CopyWriter(copy, "company_access_grant",
                "id, customer_id, grantee_company_id, grantee_user_group_id, grantee_user_id, level, include_subtree",
                new Progress(out, "company access grants", 20L * size.partners))) {
            for (int p = 0; p < size.partners; p++) {
                long[] userGroup = userGroups.get(p);
                int[] granted = distinct(20, customers.size());
                for (int i = 0; i < 20; i++) {
                    rows.value(nextId++).value(customers.get(granted[i])[0])
                            .value(i < 8 ? 2 + p : null).value(i >= 8 && i < 14 ? userGroup[0] : null).value(i >= 14 ? userGroup[2] : null)
                            .value(random.nextBoolean() ? "WRITE" : "READ").value(false).endRow();
                }
            }
        }
    }

    /**
     * Contacts spread over the customers, each in their tree's category and some in a second one; some hold a
     * category read access. The named subjects: a plain contact, a super customer at the top of a tree with the
     * tree's category, and a group-level contact with company visibility at the top of the company with 40 sites.
     */
    private void loadContacts(CopyManager copy, String passwordHash) throws SQLException {
        categoryIds = new long[size.categories];
        try (CopyWriter rows = new CopyWriter(copy, "category", "id, name", new Progress(out, "categories", size.categories))) {
            for (int i = 0; i < size.categories; i++) {
                categoryIds[i] = nextId++;
                rows.value(categoryIds[i]).value("Category " + (i + 1)).endRow();
            }
        }
        int count = size.contacts;
        contactIds = new long[count];
        contactCustomer = new int[count];
        int superTree = 1;
        int superTop = indexOfTop(superTree);
        try (CopyWriter rows = new CopyWriter(copy, "user_account",
                "id, email, display_name, kind, company_id, password_hash, case_visibility, group_level, company_administrator",
                new Progress(out, "contacts", count))) {
            for (int i = 0; i < count; i++) {
                int customer = i == 1 ? superTop : i == 2 ? 0 : random.nextInt(customers.size());
                contactIds[i] = nextId++;
                contactCustomer[i] = customer;
                String email = i == 0 ? "my@bench.test" : i == 1 ? "super@bench.test" : i == 2 ? "sites@bench.test"
                        : "contact" + i + "@customer.bench.test";
                boolean companyVisibility = i == 2 || (i > 2 && random.nextInt(10) == 0);
                rows.value(contactIds[i]).value(email).value("Contact " + i).value("CUSTOMER").value(customers.get(customer)[0])
                        .value(i <= 2 ? passwordHash : null).value(companyVisibility ? "COMPANY" : "OWN")
                        .value(i == 1 || i == 2 || (i > 2 && random.nextInt(50) == 0)).value(random.nextInt(20) == 0).endRow();
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "category_member", "category_id, contact_id", new Progress(out, "category members", count))) {
            for (int i = 0; i < count; i++) {
                int own = treeCategory(contactCustomer[i]);
                rows.value(categoryIds[own]).value(contactIds[i]).endRow();
                int other = random.nextInt(size.categories);
                if (random.nextInt(10) < 3 && other != own) {
                    rows.value(categoryIds[other]).value(contactIds[i]).endRow();
                }
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "category_read_access", "id, contact_id, category_id",
                new Progress(out, "category read access", size.readAccesses))) {
            int[] readers = distinct(size.readAccesses, count);
            boolean superIncluded = false;
            for (int reader : readers) {
                superIncluded |= reader == 1;
                rows.value(nextId++).value(contactIds[reader]).value(categoryIds[treeCategory(contactCustomer[reader])]).endRow();
            }
            if (!superIncluded) {
                rows.value(nextId++).value(contactIds[1]).value(categoryIds[treeCategory(superTop)]).endRow();
            }
        }
    }

    private int treeCategory(int customer) {
        return (int) (customers.get(customer)[3] % size.categories);
    }

    private int indexOfTop(int tree) {
        for (int i = 0; i < customers.size(); i++) {
            if (customers.get(i)[3] == tree && customers.get(i)[4] == 1) {
                return i;
            }
        }
        throw new IllegalStateException("no tree " + tree);
    }

    /** Cases of the contacts' companies (one in ten opened by staff without a requester), over three years. */
    private void loadCases(CopyManager copy) throws SQLException {
        int count = size.cases;
        caseIds = new long[count];
        caseCustomer = new int[count];
        caseRequester = new int[count];
        caseCreated = new long[count];
        caseUpdated = new long[count];
        try (CopyWriter rows = new CopyWriter(copy, "support_case",
                "id, customer_id, requester_id, assignee_id, title, description, type, status, created_at, updated_at",
                new Progress(out, "cases", count))) {
            for (int i = 0; i < count; i++) {
                int requester = contactIds.length > 0 && random.nextInt(10) > 0 ? random.nextInt(contactIds.length) : -1;
                int customer = requester >= 0 ? contactCustomer[requester] : random.nextInt(customers.size());
                long created = NOW.getEpochSecond() - (long) (random.nextDouble() * THREE_YEARS);
                long updated = Math.min(NOW.getEpochSecond(), created + random.nextInt(30 * 86_400));
                caseIds[i] = nextId++;
                caseCustomer[i] = customer;
                caseRequester[i] = requester;
                caseCreated[i] = created;
                caseUpdated[i] = updated;
                int state = random.nextInt(20);
                String status = state < 12 ? "CLOSED" : state < 15 ? "OPEN" : state < 18 ? "IN_PROGRESS" : "WAITING";
                String title = title();
                rows.value(caseIds[i]).value(customers.get(customer)[0]).value(requester >= 0 ? contactIds[requester] : null)
                        .value(random.nextInt(3) == 0 ? staffIds.get(random.nextInt(staffIds.size())) : null)
                        .value(title).value("Reported: " + title.toLowerCase() + ". Please have a look.")
                        .value(TYPES[random.nextInt(TYPES.length)]).value(status)
                        .value(Instant.ofEpochSecond(created)).value(Instant.ofEpochSecond(updated)).endRow();
            }
        }
    }

    private String title() {
        return THINGS[random.nextInt(THINGS.length)] + " " + String.format(PROBLEMS[random.nextInt(PROBLEMS.length)], 10 + random.nextInt(90))
                + " in " + String.format(PLACES[random.nextInt(PLACES.length)], 1 + random.nextInt(50));
    }

    /** Zero to six comments a case, three on average; one in ten an internal note by staff. */
    private void loadComments(CopyManager copy) throws SQLException {
        caseFirstComment = new long[caseIds.length];
        caseComments = new byte[caseIds.length];
        firstComment = nextId;
        try (CopyWriter rows = new CopyWriter(copy, "case_comment", "id, case_id, customer_id, requester_id, author_id, audience, body, created_at",
                new Progress(out, "comments", size.comments()))) {
            for (int i = 0; i < caseIds.length; i++) {
                int comments = random.nextInt(2 * size.commentsPerCase + 1);
                caseFirstComment[i] = nextId;
                caseComments[i] = (byte) comments;
                Long requester = caseRequester[i] >= 0 ? contactIds[caseRequester[i]] : null;
                for (int c = 0; c < comments; c++) {
                    boolean internal = random.nextInt(10) == 0;
                    internalComments.set((int) (nextId - firstComment), internal);
                    boolean byRequester = !internal && requester != null && random.nextBoolean();
                    long at = caseCreated[i] + (long) (random.nextDouble() * (caseUpdated[i] - caseCreated[i]));
                    rows.value(nextId++).value(caseIds[i]).value(customers.get(caseCustomer[i])[0]).value(requester)
                            .value(byRequester ? requester : staffIds.get(random.nextInt(staffIds.size()))).value(audience(internal))
                            .value((internal ? "Internal note " : "Comment ") + c + " on this case: " + title())
                            .value(Instant.ofEpochSecond(at)).endRow();
                }
            }
        }
    }

    /** The audience column of a case's comment or file: internal ones are the back office's. */
    private static String audience(boolean internal) {
        return internal ? "BACK_OFFICE" : "REQUESTER";
    }

    /**
     * Small text files; a third of them on a comment (internal when the comment is). The bytes go through a
     * staging table into large objects, as the application stores them.
     */
    private void loadAttachments(CopyManager copy, Statement statement) throws SQLException {
        HexFormat hex = HexFormat.of();
        try (CopyWriter rows = new CopyWriter(copy, "attachment_load", FILE_COLUMNS, new Progress(out, "attachment files", size.attachments))) {
            for (int a = 0; a < size.attachments; a++) {
                int i = random.nextInt(caseIds.length);
                Long comment = caseComments[i] > 0 && random.nextInt(3) == 0 ? caseFirstComment[i] + random.nextInt(caseComments[i]) : null;
                byte[] bytes = ("Attachment " + a + " of case " + caseIds[i] + "\n").repeat(5 + random.nextInt(60)).getBytes();
                Long requester = caseRequester[i] >= 0 ? contactIds[caseRequester[i]] : null;
                rows.value(nextId++).value("SupportCase").value(caseIds[i]).value(comment).value(customers.get(caseCustomer[i])[0]).value(requester)
                        .value(audience(comment != null && internalComments.get((int) (comment - firstComment)))).value("notes-" + a + ".txt").value("text/plain")
                        .value(bytes.length).value(requester != null ? requester : staffIds.get(0))
                        .value(Instant.ofEpochSecond(caseCreated[i])).value("\\\\x" + hex.formatHex(bytes)).endRow();
            }
        }
        storeFiles(statement, "attachment contents", size.attachments);
    }

    /** A staging table for files, their bytes beside the row: {@link #storeFiles} turns them into large objects. */
    private static void stageFiles(Statement statement) throws SQLException {
        statement.execute("create temporary table attachment_load (like attachment including defaults, bytes bytea) on commit drop");
        statement.execute("alter table attachment_load alter column content drop not null");
    }

    /** The staged files into {@code attachment}, each file's bytes into a large object of its own; the stage is emptied. */
    private void storeFiles(Statement statement, String label, int count) throws SQLException {
        Progress progress = new Progress(out, label, count);
        statement.execute("""
                insert into attachment (id, record_type, record_id, comment_id, customer_id, requester_id, audience, file_name, content_type,
                                        size_bytes, content, uploaded_by, created_at)
                select id, record_type, record_id, comment_id, customer_id, requester_id, audience, file_name, content_type,
                       size_bytes, lo_from_bytea(0, bytes), uploaded_by, created_at from attachment_load""");
        statement.execute("truncate attachment_load");
        progress.done(count);
    }

    /**
     * Documents of the customers, one to seven versions each (four on average), each version shared with the
     * customer or not at even odds, uploaded by staff over three years. One customer in ten is busy, with eight
     * times the documents of the others: the back office's All documentation tab opens the busiest one a subject
     * sees. Each version's file is a small text file, a large object like a case's files; a document is shared
     * while any of its versions is, and a file has its version's audience, as the application keeps them.
     */
    private void loadDocuments(CopyManager copy, Statement statement) throws SQLException {
        int[] cumulativeWeight = new int[customers.size()];
        for (int c = 0, total = 0; c < customers.size(); c++) {
            total += random.nextInt(10) == 0 ? 8 : 1;
            cumulativeWeight[c] = total;
        }
        int[] documentsOf = new int[customers.size()];
        int count = size.documentVersions;
        long[] versionIds = new long[count];
        long[] versionDocument = new long[count];
        int[] versionDocumentIndex = new int[count];
        int[] versionNumber = new int[count];
        long[] versionCreated = new long[count];
        BitSet versionShared = new BitSet(count);
        List<String> titles = new ArrayList<>();
        List<long[]> documents = new ArrayList<>(); // id, customer index, created, updated, shared (1) or not
        for (int v = 0; v < count; ) {
            int draw = random.nextInt(cumulativeWeight[cumulativeWeight.length - 1]);
            int customer = Arrays.binarySearch(cumulativeWeight, draw + 1);
            customer = customer >= 0 ? customer : -customer - 1;
            long documentId = nextId++;
            titles.add(DOCUMENTS[random.nextInt(DOCUMENTS.length)] + " " + THINGS[random.nextInt(THINGS.length)] + " " + ++documentsOf[customer]);
            long created = NOW.getEpochSecond() - (long) (random.nextDouble() * THREE_YEARS);
            long at = created;
            boolean anyShared = false;
            for (int number = 1, versions = Math.min(1 + random.nextInt(7), count - v); number <= versions; number++, v++) {
                at = number == 1 ? created : Math.min(NOW.getEpochSecond(), at + random.nextInt(90 * 86_400));
                boolean shared = random.nextBoolean();
                anyShared |= shared;
                versionIds[v] = nextId++;
                versionDocument[v] = documentId;
                versionDocumentIndex[v] = documents.size();
                versionNumber[v] = number;
                versionCreated[v] = at;
                versionShared.set(v, shared);
            }
            documents.add(new long[] {documentId, customer, created, at, anyShared ? 1 : 0});
        }
        try (CopyWriter rows = new CopyWriter(copy, "document", "id, customer_id, audience, title, created_at, updated_at",
                new Progress(out, "documents", documents.size()))) {
            for (int d = 0; d < documents.size(); d++) {
                long[] document = documents.get(d);
                rows.value(document[0]).value(customers.get((int) document[1])[0]).value(document[4] == 1 ? "CUSTOMER" : "BACK_OFFICE")
                        .value(titles.get(d)).value(Instant.ofEpochSecond(document[2])).value(Instant.ofEpochSecond(document[3])).endRow();
            }
        }
        long[] versionAuthor = new long[count];
        try (CopyWriter rows = new CopyWriter(copy, "document_version",
                "id, document_id, customer_id, audience, number, kind, note, author_id, created_at", new Progress(out, "document versions", count))) {
            for (int v = 0; v < count; v++) {
                versionAuthor[v] = staffIds.get(random.nextInt(staffIds.size()));
                String note = random.nextInt(3) == 0 ? "Revised after case: " + title().toLowerCase() : "";
                rows.value(versionIds[v]).value(versionDocument[v]).value(customers.get((int) documents.get(versionDocumentIndex[v])[1])[0])
                        .value(versionShared.get(v) ? "CUSTOMER" : "BACK_OFFICE").value(versionNumber[v]).value("UPLOAD").value(note)
                        .value(versionAuthor[v]).value(Instant.ofEpochSecond(versionCreated[v])).endRow();
            }
        }
        HexFormat hex = HexFormat.of();
        try (CopyWriter rows = new CopyWriter(copy, "attachment_load", FILE_COLUMNS, new Progress(out, "document files", count))) {
            for (int v = 0; v < count; v++) {
                String title = titles.get(versionDocumentIndex[v]);
                byte[] bytes = (title + ", version " + versionNumber[v] + "\n").repeat(5 + random.nextInt(60)).getBytes();
                rows.value(nextId++).value("DocumentVersion").value(versionIds[v]).value(null)
                        .value(customers.get((int) documents.get(versionDocumentIndex[v])[1])[0]).value(null)
                        .value(versionShared.get(v) ? "CUSTOMER" : "BACK_OFFICE")
                        .value(title.toLowerCase(Locale.ROOT).replace(' ', '-') + "-v" + versionNumber[v] + ".txt").value("text/plain")
                        .value(bytes.length).value(versionAuthor[v]).value(Instant.ofEpochSecond(versionCreated[v]))
                        .value("\\\\x" + hex.formatHex(bytes)).endRow();
            }
        }
        storeFiles(statement, "document file contents", count);
    }

    /**
     * Packaging designs of the customers and their sites, spread evenly, two in five active; each has one to five
     * layers of distinct types (three on average, exactly {@link Size#designLayers} in all), each layer one to three
     * revisions, each revision its file and, four in five, a preview, both attachments of the revision with large
     * objects of their own, like a document version's file. Three tops in four allow their contacts one to four layer
     * types (the 40-sites company two or three), one site or middle company in five one more. Every audience is written
     * as {@link org.gatehouse.designs.DesignVisibility} derives it, so the installation needs no pass over it: a design
     * is shown while its group shows its status, a layer while its design is and its type is allowed for the design's
     * customer or a company above it; revisions and their files follow their layer.
     */
    private void loadDesigns(CopyManager copy, Statement statement) throws SQLException {
        statement.execute("delete from design_visible_status");
        for (DesignStatus status : INSTALLATION_DESIGN_STATUSES) {
            statement.execute("insert into design_visible_status (status) values ('" + status.name() + "')");
        }
        List<Long> typeIds = new ArrayList<>();
        List<String> typeNames = new ArrayList<>();
        try (ResultSet types = statement.executeQuery("select id, name from layer_type order by id")) {
            while (types.next()) {
                typeIds.add(types.getLong(1));
                typeNames.add(types.getString(2));
            }
        }
        int types = typeIds.size();
        // what each customer's contacts see: statuses (by ordinal) from its group, layer types from it and the companies above it
        Map<Long, Integer> customerIndex = new HashMap<>();
        for (int c = 0; c < customers.size(); c++) {
            customerIndex.put(customers.get(c)[0], c);
        }
        int[] shownStatuses = new int[customers.size()];
        int[] ownTypes = new int[customers.size()];
        for (int c = 0; c < customers.size(); c++) {
            EnumSet<DesignStatus> own = ownDesignStatuses(groupIds.indexOf(customers.get(c)[2]));
            for (DesignStatus status : own == null ? INSTALLATION_DESIGN_STATUSES : own) {
                shownStatuses[c] |= 1 << status.ordinal();
            }
            boolean top = customers.get(c)[4] == 1;
            boolean first = customers.get(c)[3] == 0;
            int allowed = !top ? (random.nextInt(5) == 0 ? 1 : 0) : first ? 2 + random.nextInt(2) : random.nextInt(4) > 0 ? 1 + random.nextInt(4) : 0;
            for (int t : distinct(allowed, types)) {
                ownTypes[c] |= 1 << t;
            }
        }
        int[] allowedTypes = new int[customers.size()];
        for (int c = 0; c < customers.size(); c++) {
            for (int above = c; ; above = customerIndex.get(customers.get(above)[1])) {
                allowedTypes[c] |= ownTypes[above];
                if (customers.get(above)[1] == 0) {
                    break;
                }
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "customer_layer_type", "customer_id, layer_type_id",
                new Progress(out, "customers' layer types", 0))) {
            for (int c = 0; c < customers.size(); c++) {
                for (int t = 0; t < types; t++) {
                    if ((ownTypes[c] & 1 << t) != 0) {
                        rows.value(customers.get(c)[0]).value(typeIds.get(t)).endRow();
                    }
                }
            }
        }

        int designs = size.designs;
        long[] designIds = new long[designs];
        int[] designCustomer = new int[designs];
        byte[] designPackaging = new byte[designs];
        long[] designCreated = new long[designs];
        BitSet designShown = new BitSet(designs);
        try (CopyWriter rows = new CopyWriter(copy, "design",
                "id, customer_id, requester_id, audience, name, code, description, status, owner_id, version, created_at, updated_at",
                new Progress(out, "designs", designs))) {
            for (int d = 0; d < designs; d++) {
                int customer = random.nextInt(customers.size());
                int packaging = random.nextInt(PACKAGINGS.length);
                String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                DesignStatus status = DESIGN_STATUS_DRAWS[random.nextInt(DESIGN_STATUS_DRAWS.length)];
                long created = NOW.getEpochSecond() - (long) (random.nextDouble() * THREE_YEARS);
                long updated = Math.min(NOW.getEpochSecond(), created + random.nextInt(60 * 86_400));
                designIds[d] = nextId++;
                designCustomer[d] = customer;
                designPackaging[d] = (byte) packaging;
                designCreated[d] = created;
                designShown.set(d, (shownStatuses[customer] & 1 << status.ordinal()) != 0);
                rows.value(designIds[d]).value(customers.get(customer)[0]).value(null).value(designShown.get(d) ? "CUSTOMER" : "BACK_OFFICE")
                        .value(PACKAGINGS[packaging] + " " + product + " " + AMOUNTS[random.nextInt(AMOUNTS.length)]).value(designCode(d, packaging))
                        .value(PACKAGINGS[packaging] + " for " + product.toLowerCase(Locale.ROOT)).value(status.name())
                        .value(staffIds.get(random.nextInt(staffIds.size()))).value(0)
                        .value(Instant.ofEpochSecond(created)).value(Instant.ofEpochSecond(updated)).endRow();
            }
        }

        int layers = size.designLayers;
        long[] layerIds = new long[layers];
        int[] layerDesign = new int[layers];
        byte[] layerType = new byte[layers];
        long[] layerCreated = new long[layers];
        BitSet layerShown = new BitSet(layers);
        try (CopyWriter rows = new CopyWriter(copy, "design_layer", "id, design_id, customer_id, requester_id, audience, layer_type_id, created_at",
                new Progress(out, "design layers", layers))) {
            for (int d = 0, l = 0; d < designs; d++) {
                // one to five, three on average, but exactly the size's layers in all
                int left = layers - l;
                int designsAfter = designs - d - 1;
                int count = Math.max(0, Math.min(types, Math.min(left - designsAfter, Math.max(1 + random.nextInt(5), left - types * designsAfter))));
                for (int t : distinct(count, types)) {
                    layerIds[l] = nextId++;
                    layerDesign[l] = d;
                    layerType[l] = (byte) t;
                    layerCreated[l] = Math.min(NOW.getEpochSecond(), designCreated[d] + random.nextInt(30 * 86_400));
                    layerShown.set(l, designShown.get(d) && (allowedTypes[designCustomer[d]] & 1 << t) != 0);
                    rows.value(layerIds[l]).value(designIds[d]).value(customers.get(designCustomer[d])[0]).value(null)
                            .value(layerShown.get(l) ? "CUSTOMER" : "BACK_OFFICE").value(typeIds.get(t))
                            .value(Instant.ofEpochSecond(layerCreated[l])).endRow();
                    l++;
                }
            }
        }

        byte[] revisionsOf = new byte[layers];
        int revisions = 0;
        for (int l = 0; l < layers; l++) {
            revisionsOf[l] = (byte) (1 + random.nextInt(3));
            revisions += revisionsOf[l];
        }
        long[] revisionIds = new long[revisions];
        int[] revisionLayer = new int[revisions];
        byte[] revisionNumber = new byte[revisions];
        long[] revisionCreated = new long[revisions];
        long[] revisionAuthor = new long[revisions];
        long[] revisionFile = new long[revisions];
        long[] revisionPreview = new long[revisions];
        int files = 0;
        for (int l = 0, r = 0; l < layers; l++) {
            for (int number = 1; number <= revisionsOf[l]; number++, r++) {
                revisionIds[r] = nextId++;
                revisionLayer[r] = l;
                revisionNumber[r] = (byte) number;
                revisionCreated[r] = number == 1 ? layerCreated[l] : Math.min(NOW.getEpochSecond(), revisionCreated[r - 1] + random.nextInt(60 * 86_400));
                revisionAuthor[r] = staffIds.get(random.nextInt(staffIds.size()));
                revisionFile[r] = nextId++;
                revisionPreview[r] = random.nextInt(5) > 0 ? nextId++ : 0;
                files += revisionPreview[r] == 0 ? 1 : 2;
            }
        }
        HexFormat hex = HexFormat.of();
        String png = "\\\\x" + hex.formatHex(ARTWORK_PNG);
        try (CopyWriter rows = new CopyWriter(copy, "attachment_load", FILE_COLUMNS, new Progress(out, "design layer files", files))) {
            for (int r = 0; r < revisions; r++) {
                int l = revisionLayer[r];
                int d = layerDesign[l];
                String name = designCode(d, designPackaging[d]).toLowerCase(Locale.ROOT) + "-"
                        + typeNames.get(layerType[l]).toLowerCase(Locale.ROOT).replace(' ', '-') + "-r" + revisionNumber[r];
                String audience = layerShown.get(l) ? "CUSTOMER" : "BACK_OFFICE";
                Instant at = Instant.ofEpochSecond(revisionCreated[r]);
                // a file without a preview is of a kind the application cannot draw: here a text file
                byte[] text = (typeNames.get(layerType[l]) + " of " + designCode(d, designPackaging[d]) + ", revision " + revisionNumber[r] + "\n")
                        .getBytes();
                boolean previewed = revisionPreview[r] != 0;
                rows.value(revisionFile[r]).value("LayerRevision").value(revisionIds[r]).value(null).value(customers.get(designCustomer[d])[0])
                        .value(null).value(audience).value(name + (previewed ? ".png" : ".txt")).value(previewed ? "image/png" : "text/plain")
                        .value(previewed ? ARTWORK_PNG.length : text.length).value(revisionAuthor[r]).value(at)
                        .value(previewed ? png : "\\\\x" + hex.formatHex(text)).endRow();
                if (previewed) {
                    rows.value(revisionPreview[r]).value("LayerRevision").value(revisionIds[r]).value(null).value(customers.get(designCustomer[d])[0])
                            .value(null).value(audience).value(name + " (preview).png").value("image/png")
                            .value(ARTWORK_PNG.length).value(revisionAuthor[r]).value(at).value(png).endRow();
                }
            }
        }
        storeFiles(statement, "design layer file contents", files);
        try (CopyWriter rows = new CopyWriter(copy, "layer_revision",
                "id, layer_id, customer_id, requester_id, audience, number, note, file_id, preview_id, author_id, created_at",
                new Progress(out, "layer revisions", revisions))) {
            for (int r = 0; r < revisions; r++) {
                int l = revisionLayer[r];
                rows.value(revisionIds[r]).value(layerIds[l]).value(customers.get(designCustomer[layerDesign[l]])[0]).value(null)
                        .value(layerShown.get(l) ? "CUSTOMER" : "BACK_OFFICE").value(revisionNumber[r])
                        .value(REVISION_NOTES[random.nextInt(REVISION_NOTES.length)]).value(revisionFile[r])
                        .value(revisionPreview[r] == 0 ? null : revisionPreview[r]).value(revisionAuthor[r])
                        .value(Instant.ofEpochSecond(revisionCreated[r])).endRow();
            }
        }
    }

    /**
     * Assets, work orders and the planning (V23, V25). Each customer has a tree of about {@link Size#assets} / customers
     * assets (half to one and a half times that): sites (one per 64 assets), three buildings each, the rest equipment in
     * the buildings. The operator made one site in two visible to a contact of its customer, and one building in four;
     * in the company with 40 sites, one site in three to {@code sites@bench.test} and another one in three to
     * {@link #ASSIGNED_ONLY}, who has "assigned work orders only" and is given one in three of the work orders under
     * them. Work orders ({@link Size#workOrders}) are on equipment nine in ten, half of them done or cancelled and
     * planned in the half year before {@link #NOW}, the others planned from two months before it to six after (one open
     * in three unplanned); one in four has a planning entry at its planned time by a technician with WRITE in the
     * customer's group (one entry in ten a visit of its own, without the work order), half of those with a contact who
     * sees the asset assigned. The sight columns are written as {@code AssetSight}, {@code WorkOrderSight} and
     * {@code AssignedSight} derive them (the run checks that with their {@code ofAll}, see {@link SightCheck}).
     */
    private void loadAssets(CopyManager copy, String passwordHash) throws SQLException {
        long assignedOnly = nextId++;
        try (CopyWriter rows = new CopyWriter(copy, "user_account",
                "id, email, display_name, kind, company_id, password_hash, case_visibility, group_level, company_administrator,"
                        + " assigned_work_orders_only", new Progress(out, "assigned-only contact", 1))) {
            rows.value(assignedOnly).value(ASSIGNED_ONLY).value("Contact assigned only").value("CUSTOMER").value(customers.get(0)[0])
                    .value(passwordHash).value("OWN").value(true).value(false).value(true).endRow();
        }
        int customerCount = customers.size();
        int[][] contactsOf = new int[customerCount][];
        int[] contactCount = new int[customerCount];
        for (int customer : contactCustomer) {
            contactCount[customer]++;
        }
        for (int c = 0; c < customerCount; c++) {
            contactsOf[c] = new int[contactCount[c]];
            contactCount[c] = 0;
        }
        for (int i = 0; i < contactCustomer.length; i++) {
            contactsOf[contactCustomer[i]][contactCount[contactCustomer[i]]++] = i;
        }

        // the trees: ids in the order sites, buildings, equipment, so a parent comes before what is below it
        int count = size.assets;
        double[] weight = new double[customerCount];
        double totalWeight = 0;
        for (int c = 0; c < customerCount; c++) {
            weight[c] = 0.5 + random.nextDouble();
            totalWeight += weight[c];
        }
        int[] assetsOf = new int[customerCount];
        int given = 0;
        for (int c = 0; c < customerCount; c++) {
            assetsOf[c] = (int) (count * weight[c] / totalWeight);
            given += assetsOf[c];
        }
        for (int c = 0; given < count; c = (c + 1) % customerCount, given++) {
            assetsOf[c]++;
        }
        long[] assetIds = new long[count];
        int[] assetCustomer = new int[count];
        int[] assetParent = new int[count];
        byte[] assetDepth = new byte[count];
        long[][] sightIds = new long[count][];
        int[] equipment = new int[count];
        int equipmentCount = 0;
        List<long[]> grants = new ArrayList<>(); // asset index, contact id, assigned (1) or not
        int firstTreeSites = 0;
        for (int c = 0, a = 0; c < customerCount; c++) {
            int n = assetsOf[c];
            if (n == 0) {
                continue;
            }
            int sites = Math.max(1, Math.round(n / 64f));
            int buildings = Math.min(n - sites, 3 * sites);
            int firstSite = a;
            int firstBuilding = a + sites;
            for (int i = 0; i < n; i++, a++) {
                assetIds[a] = nextId++;
                assetCustomer[a] = c;
                if (i < sites) {
                    assetParent[a] = -1;
                    assetDepth[a] = 0;
                } else if (i < sites + buildings) {
                    assetParent[a] = firstSite + (i - sites) % sites;
                    assetDepth[a] = 1;
                } else {
                    assetParent[a] = buildings > 0 ? firstBuilding + random.nextInt(buildings) : firstSite + random.nextInt(sites);
                    assetDepth[a] = 2;
                    equipment[equipmentCount++] = a;
                }
                List<Long> granted = new ArrayList<>();
                if (assetDepth[a] == 0 && customers.get(c)[3] == 0) {
                    int k = firstTreeSites++;
                    if (k % 3 < 2) {
                        granted.add(k % 3 == 0 ? contactIds[2] : assignedOnly);
                    }
                }
                if (assetDepth[a] < 2 && contactsOf[c].length > 0 && random.nextInt(assetDepth[a] == 0 ? 2 : 4) == 0) {
                    long contact = contactIds[contactsOf[c][random.nextInt(contactsOf[c].length)]];
                    if (!granted.contains(contact)) {
                        granted.add(contact);
                    }
                }
                long[] sight = assetParent[a] < 0 ? new long[0] : sightIds[assetParent[a]];
                for (long contact : granted) {
                    grants.add(new long[] {a, contact, random.nextBoolean() ? 1 : 0});
                    if (Arrays.stream(sight).noneMatch(id -> id == contact)) {
                        sight = LongStream.concat(Arrays.stream(sight), LongStream.of(contact)).sorted().toArray();
                    }
                }
                sightIds[a] = sight;
            }
        }
        equipment = Arrays.copyOf(equipment, equipmentCount);
        try (CopyWriter rows = new CopyWriter(copy, "asset", "id, customer_id, requester_id, audience, sight, parent_id, path, name, code, type,"
                + " make, model, serial_number, location, status, created_at, updated_at", new Progress(out, "assets", count))) {
            String[] paths = new String[count];
            for (int a = 0; a < count; a++) {
                paths[a] = (assetParent[a] < 0 ? "/" : paths[assetParent[a]]) + assetIds[a] + "/";
                int thing = random.nextInt(THINGS.length);
                String name = switch (assetDepth[a]) {
                    case 0 -> "Site " + (a + 1);
                    case 1 -> "Building " + (a + 1);
                    default -> THINGS[thing] + " " + (a + 1);
                };
                int state = random.nextInt(30);
                long created = NOW.getEpochSecond() - (long) (random.nextDouble() * THREE_YEARS);
                rows.value(assetIds[a]).value(customers.get(assetCustomer[a])[0]).value(null).value("CONTACTS").value(assetSight(sightIds[a]))
                        .value(assetParent[a] < 0 ? null : assetIds[assetParent[a]]).value(paths[a]).value(name)
                        .value((assetDepth[a] == 0 ? "SITE-" : assetDepth[a] == 1 ? "BLD-" : "EQ-") + assetIds[a])
                        .value(assetDepth[a] == 0 ? "Site" : assetDepth[a] == 1 ? "Building" : THINGS[thing])
                        .value(assetDepth[a] == 2 ? "Make " + (1 + random.nextInt(40)) : "").value(assetDepth[a] == 2 ? "M" + random.nextInt(1000) : "")
                        .value(assetDepth[a] == 2 ? "SN" + (10_000_000 + random.nextInt(90_000_000)) : "")
                        .value(String.format(PLACES[random.nextInt(PLACES.length)], 1 + random.nextInt(50)))
                        .value(state < 27 ? "IN_SERVICE" : state < 29 ? "OUT_OF_SERVICE" : "RETIRED")
                        .value(Instant.ofEpochSecond(created)).value(Instant.ofEpochSecond(created + random.nextInt(365 * 86_400))).endRow();
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "asset_grant", "asset_id, contact_id, assigned", new Progress(out, "asset grants", grants.size()))) {
            for (long[] g : grants) {
                rows.value(assetIds[(int) g[0]]).value(g[1]).value(g[2] == 1).endRow();
            }
        }

        int orders = size.workOrders;
        int entries = (orders + 3) / 4;
        long[] entryOrder = new long[entries];
        int[] entryAsset = new int[entries];
        long[] entryStart = new long[entries];
        short[] entryMinutes = new short[entries];
        long[] entryTechnician = new long[entries];
        String[] entryTitle = new String[entries];
        List<long[]> orderGrants = new ArrayList<>(); // work order id, contact id, assigned (1) or not
        try (CopyWriter rows = new CopyWriter(copy, "work_order", "id, asset_id, customer_id, requester_id, audience, sight, title, description,"
                + " type, priority, status, planned_at, planned_minutes, assignee_id, minutes_spent, created_at, updated_at",
                new Progress(out, "work orders", orders))) {
            for (int w = 0; w < orders; w++) {
                int a = equipmentCount > 0 && random.nextInt(10) > 0 ? equipment[random.nextInt(equipmentCount)] : random.nextInt(count);
                int customer = assetCustomer[a];
                String status = WORK_ORDER_STATUS_DRAWS[random.nextInt(WORK_ORDER_STATUS_DRAWS.length)];
                boolean ended = status.equals("DONE") || status.equals("CANCELLED");
                boolean entry = w % 4 == 0;
                boolean planned = entry || !status.equals("OPEN") || random.nextInt(3) > 0;
                long plannedAt = ended ? NOW.getEpochSecond() - (long) (random.nextDouble() * 182 * DAY)
                        : NOW.getEpochSecond() + (long) ((random.nextDouble() * 242 - 60) * DAY);
                plannedAt -= plannedAt % 900;
                int minutes = 30 + 15 * random.nextInt(31);
                long technician = technicianOf(customer);
                Long assignee = entry || random.nextBoolean() ? technician : null;
                long id = nextId++;
                String title = title();
                long created = Math.min(NOW.getEpochSecond(), plannedAt) - random.nextInt(60) * DAY;
                boolean granted = false;
                if (Arrays.stream(sightIds[a]).anyMatch(contact -> contact == assignedOnly) && random.nextInt(3) == 0) {
                    orderGrants.add(new long[] {id, assignedOnly, random.nextBoolean() ? 1 : 0});
                    granted = true;
                }
                StringBuilder sight = new StringBuilder();
                for (long contact : sightIds[a]) {
                    if (contact != assignedOnly || granted) {
                        sight.append(sight.isEmpty() ? "," : "").append(contact).append(',');
                    }
                }
                rows.value(id).value(assetIds[a]).value(customers.get(customer)[0]).value(null).value("CONTACTS").value(sight)
                        .value(title).value("Reported: " + title.toLowerCase(Locale.ROOT) + ".")
                        .value(WORK_ORDER_TYPES[random.nextInt(WORK_ORDER_TYPES.length)]).value(PRIORITIES[random.nextInt(PRIORITIES.length)])
                        .value(status).value(planned ? Instant.ofEpochSecond(plannedAt) : null).value(planned ? minutes : null)
                        .value(assignee).value(status.equals("DONE") ? minutes - 15 + 15 * random.nextInt(3) : 0)
                        .value(Instant.ofEpochSecond(created)).value(Instant.ofEpochSecond(created + random.nextInt(10) * DAY)).endRow();
                if (entry) {
                    int e = w / 4;
                    // one entry in ten is a visit of its own, at the same asset and time
                    entryOrder[e] = e % 10 == 9 ? 0 : id;
                    entryAsset[e] = a;
                    entryStart[e] = plannedAt;
                    entryMinutes[e] = (short) minutes;
                    entryTechnician[e] = technician;
                    entryTitle[e] = e % 10 == 9 ? "Visit: " + THINGS[random.nextInt(THINGS.length)].toLowerCase(Locale.ROOT) + " check" : title;
                }
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "work_order_grant", "work_order_id, contact_id, assigned",
                new Progress(out, "work order grants", orderGrants.size()))) {
            for (long[] g : orderGrants) {
                rows.value(g[0]).value(g[1]).value(g[2] == 1).endRow();
            }
        }
        long[] entryIds = new long[entries];
        long[] entryContact = new long[entries];
        try (CopyWriter rows = new CopyWriter(copy, "planning_entry", "id, customer_id, requester_id, audience, sight, asset_id, work_order_id,"
                + " title, starts_at, minutes, technician_id, created_at, updated_at", new Progress(out, "planning entries", entries))) {
            for (int e = 0; e < entries; e++) {
                int a = entryAsset[e];
                long[] seeing = sightIds[a];
                entryIds[e] = nextId++;
                entryContact[e] = seeing.length > 0 && random.nextBoolean() ? seeing[random.nextInt(seeing.length)] : 0;
                long created = Math.min(NOW.getEpochSecond(), entryStart[e]) - random.nextInt(30) * DAY;
                rows.value(entryIds[e]).value(customers.get(assetCustomer[a])[0]).value(null).value("CONTACTS")
                        .value(entryContact[e] == 0 ? "" : "," + entryContact[e] + ",").value(assetIds[a])
                        .value(entryOrder[e] == 0 ? null : entryOrder[e]).value(entryTitle[e]).value(Instant.ofEpochSecond(entryStart[e]))
                        .value(entryMinutes[e]).value(entryTechnician[e]).value(Instant.ofEpochSecond(created)).value(Instant.ofEpochSecond(created))
                        .endRow();
            }
        }
        try (CopyWriter rows = new CopyWriter(copy, "planning_entry_contact", "planning_entry_id, contact_id",
                new Progress(out, "planning entry contacts", 0))) {
            for (int e = 0; e < entries; e++) {
                if (entryContact[e] != 0) {
                    rows.value(entryIds[e]).value(entryContact[e]).endRow();
                }
            }
        }
    }

    /** An asset's sight as AssetSight writes it: the ids as text, distinct and in text order ({@code string_agg(distinct ...)}). */
    private static String assetSight(long[] contacts) {
        if (contacts.length == 0) {
            return "";
        }
        return "," + String.join(",", Arrays.stream(contacts).mapToObj(Long::toString).sorted().toList()) + ",";
    }

    /** A technician for a customer's work: one of the staff with WRITE in its group, or the admin when it has none. */
    private long technicianOf(int customer) {
        List<Long> technicians = techniciansOfGroup.get(customers.get(customer)[2]);
        return technicians == null ? staffIds.get(0) : technicians.get(random.nextInt(technicians.size()));
    }

    private static String designCode(int design, int packaging) {
        return PACKAGING_CODES[packaging] + "-" + (100_000 + design);
    }

    /** A small PNG, the same bytes every time. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, x < 8 == y < 8 ? 0x2e6da4 : 0xf2f2f2);
            }
        }
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The application draws ids from the sequences, 50 at a time: they must start above everything generated. */
    private void advanceSequences(Statement statement) throws SQLException {
        for (String table : List.of("customer_group", "company", "user_account", "group_membership", "user_group", "company_access_grant",
                "category", "category_read_access", "support_case", "case_comment", "attachment", "document", "document_version", "design",
                "design_layer", "layer_revision", "asset", "work_order", "planning_entry")) {
            statement.execute("select setval('" + table + "_seq', " + (nextId + 50) + ")");
        }
    }

    /** {@code count} distinct numbers below {@code bound} (all of them when there are fewer). */
    private int[] distinct(int count, int bound) {
        List<Integer> all = new ArrayList<>(bound);
        for (int i = 0; i < bound; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        return all.stream().limit(count).mapToInt(Integer::intValue).toArray();
    }

    /** The subjects' password in the format of Jakarta Security's PBKDF2 hash (what the application verifies). */
    private static String passwordHash() {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            // the hash names its own count; sign-in is not what is measured, and 32 clients sign in per screen
            int iterations = 10_000;
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, iterations, 256)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
