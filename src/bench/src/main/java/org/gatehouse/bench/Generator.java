package org.gatehouse.bench;

import java.io.PrintStream;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A synthetic installation of a given size, the same for the same seed: customer companies in trees across
 * customer groups, operator staff in groups, partners with grants at every level, contacts in categories,
 * cases with comments and attachments, documents with versions and their files. Everything is replaced in one
 * transaction and loaded with COPY. The benchmark's subjects have fixed e-mail addresses (see {@link #SUBJECTS}); their password is
 * {@link #PASSWORD}, every other generated user has none.
 */
public final class Generator {

    public static final String PASSWORD = "gatehouse-bench";
    /** The users the benchmark signs in as. */
    public static final List<String> SUBJECTS = List.of("admin@bench.test", "staff@bench.test", "partner@bench.test",
            "my@bench.test", "super@bench.test", "sites@bench.test");

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
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
        try (CopyWriter rows = new CopyWriter(copy, "customer_group", "id, name, suffix", new Progress(out, "customer groups", size.groups))) {
            for (int i = 0; i < size.groups; i++) {
                long id = nextId++;
                groupIds.add(id);
                rows.value(id).value("Group " + (i + 1)).value(String.format("%04d", 1000 + i)).endRow();
            }
        }
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

    /** The application draws ids from the sequences, 50 at a time: they must start above everything generated. */
    private void advanceSequences(Statement statement) throws SQLException {
        for (String table : List.of("customer_group", "company", "user_account", "group_membership", "user_group", "company_access_grant",
                "category", "category_read_access", "support_case", "case_comment", "attachment", "document", "document_version")) {
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
