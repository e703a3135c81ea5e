package org.gatehouse.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gatehouse.designs.DesignStatus;

/**
 * A random installation: companies in trees, customer groups, memberships, partners with user
 * groups and grants, contacts with their options, categories and cases. Written straight to the
 * tables, so the application reads what a real installation would hold.
 */
record World(List<Group> groups, List<Company> companies, List<User> users, List<Membership> memberships,
             List<UserGroup> userGroups, List<Grant> grants, List<Category> categories, List<Case> cases,
             List<Comment> comments, List<Attachment> attachments, List<Document> documents, List<Version> versions,
             List<Design> designs, Set<DesignStatus> shown, Map<Long, Set<DesignStatus>> groupShown,
             Map<Long, Set<Long>> allowedTypes, List<Layer> layers, List<Revision> revisions, List<Note> notes, List<Decision> decisions,
             List<Asset> assets, List<AssetGrant> assetGrants, Set<Long> assignedOnly, List<WorkOrder> workOrders,
             List<OrderNote> orderNotes, List<OwnedFile> ownedFiles, List<PlanningEntry> planningEntries, List<Tour> tours) {

    record Group(long id) { }

    record Company(long id, String kind, Long parent, Long group) { }

    record User(long id, UserKind kind, long company, boolean active, boolean admin, CaseVisibility visibility,
                boolean groupLevel, Long readAccess, boolean companyAdministrator) { }

    record Membership(long id, long group, long user, AccessLevel level) { }

    record UserGroup(long id, long company, Set<Long> members) { }

    record Grant(long id, long customer, Long granteeCompany, Long granteeUserGroup, Long granteeUser,
                 AccessLevel level, boolean subtree) { }

    record Category(long id, Set<Long> members) { }

    record Case(long id, long customer, Long requester, boolean closed) { }

    record Comment(long id, Case onCase, long author, boolean internal) { }

    /** On the case, or on one of its comments; internal exactly when that comment is. */
    record Attachment(long id, Case onCase, Comment comment, long uploader) {
        boolean internal() {
            return comment != null && comment.internal();
        }
    }

    record Document(long id, long customer) { }

    /** A document's version, shared with the customer's contacts or hidden from them, with its file. */
    record Version(long id, Document document, boolean shared, long fileId) { }

    /** A design in a status; its audience, and those of everything below, are written at random, for the application to put right. */
    record Design(long id, long customer, DesignStatus status) { }

    /** A design's layer of one of the installation's layer types (1 to 6). */
    record Layer(long id, Design design, long type) { }

    /** A layer's revision with its file and, for some, a preview. */
    record Revision(long id, Layer layer, int number, long fileId, Long previewId) { }

    /** An annotation on a revision, internal (staff only) or not. */
    record Note(long id, Revision revision, boolean internal, long author) { }

    /** A contact's decision on a design, covering some of its revisions. */
    record Decision(long id, Design design, long contact, List<Revision> covered) { }

    /** An asset of a customer, below another of the same customer's or at the top. */
    record Asset(long id, long customer, Asset parent) {
        String path() {
            return (parent == null ? "/" : parent.path()) + id + "/";
        }
    }

    /** An asset made visible, or assigned, to a contact (of its customer or not: the breadth still decides). */
    record AssetGrant(Asset asset, long contact, boolean assigned) { }

    /** A work order on an asset, assigned or made visible to some contacts. */
    record WorkOrder(long id, Asset asset, Set<Long> grantedTo) { }

    /** A note on a work order, public or internal. */
    record OrderNote(long id, WorkOrder order, boolean internal) { }

    /** A file of an asset (order null) or of a work order, internal (the back office's) or not. */
    record OwnedFile(long id, Asset asset, WorkOrder order, boolean internal) {
        long customer() {
            return asset.customer();
        }
    }

    /** A visit to an asset, assigned to some contacts (of its customer or not: the breadth still decides). */
    record PlanningEntry(long id, Asset asset, Set<Long> assignedTo) { }

    /** A tour of one customer: stops at its assets, in order, assigned to some contacts. */
    record Tour(long id, long customer, List<Asset> stops, Set<Long> assignedTo) { }

    static World generate(Random random) {
        long[] nextId = {1};
        List<Group> groups = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            groups.add(new Group(nextId[0]++));
        }
        List<Company> companies = new ArrayList<>();
        Company operator = new Company(nextId[0]++, "OPERATOR", null, null);
        companies.add(operator);
        List<Company> partners = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            partners.add(new Company(nextId[0]++, "PARTNER", null, null));
        }
        companies.addAll(partners);
        List<Company> customers = new ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(7); i < n; i++) {
            // a parent among the earlier customers keeps the trees acyclic; trees may span groups
            Long parent = !customers.isEmpty() && random.nextInt(3) > 0 ? pick(random, customers).id() : null;
            customers.add(new Company(nextId[0]++, "CUSTOMER", parent, pick(random, groups).id()));
        }
        companies.addAll(customers);

        List<User> users = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            User staff = new User(nextId[0]++, UserKind.INTERNAL, operator.id(), random.nextInt(10) > 0,
                    random.nextInt(6) == 0, CaseVisibility.OWN, false, null, false);
            users.add(staff);
            for (Group group : groups) {
                if (random.nextBoolean()) {
                    memberships.add(new Membership(nextId[0]++, group.id(), staff.id(), pick(random, AccessLevel.values())));
                }
            }
        }
        List<User> partnerUsers = new ArrayList<>();
        for (Company partner : partners) {
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                partnerUsers.add(new User(nextId[0]++, UserKind.PARTNER, partner.id(), random.nextInt(10) > 0, false,
                        CaseVisibility.OWN, false, null, false));
            }
        }
        users.addAll(partnerUsers);
        List<UserGroup> userGroups = new ArrayList<>();
        for (Company partner : partners) {
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                Set<Long> members = new HashSet<>();
                partnerUsers.stream().filter(u -> u.company() == partner.id() && random.nextBoolean()).forEach(u -> members.add(u.id()));
                userGroups.add(new UserGroup(nextId[0]++, partner.id(), members));
            }
        }
        List<Grant> grants = new ArrayList<>();
        for (int i = 0, n = random.nextInt(7); i < n; i++) {
            long customer = pick(random, customers).id();
            AccessLevel level = pick(random, AccessLevel.values());
            boolean subtree = random.nextBoolean();
            int grantee = random.nextInt(3);
            if (grantee == 0 || (grantee == 1 && userGroups.isEmpty())) {
                grants.add(new Grant(nextId[0]++, customer, pick(random, partners).id(), null, null, level, subtree));
            } else if (grantee == 1) {
                grants.add(new Grant(nextId[0]++, customer, null, pick(random, userGroups).id(), null, level, subtree));
            } else {
                grants.add(new Grant(nextId[0]++, customer, null, null, pick(random, partnerUsers).id(), level, subtree));
            }
        }

        List<Category> categories = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            categories.add(new Category(nextId[0]++, new HashSet<>()));
        }
        List<User> contacts = new ArrayList<>();
        for (Company customer : customers) {
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                long id = nextId[0]++;
                Long readAccess = !categories.isEmpty() && random.nextInt(3) == 0 ? pick(random, categories).id() : null;
                contacts.add(new User(id, UserKind.CUSTOMER, customer.id(), random.nextInt(10) > 0, false,
                        pick(random, CaseVisibility.values()), random.nextInt(3) == 0, readAccess, random.nextInt(4) == 0));
                for (Category category : categories) {
                    if (random.nextInt(3) == 0) {
                        category.members().add(id);
                    }
                }
            }
        }
        users.addAll(contacts);

        List<Case> cases = new ArrayList<>();
        for (int i = 0, n = random.nextInt(31); i < n; i++) {
            Company customer = pick(random, customers);
            List<User> ownContacts = contacts.stream().filter(c -> c.company() == customer.id()).toList();
            Long requester;
            if (!ownContacts.isEmpty() && random.nextInt(5) > 0) {
                requester = pick(random, ownContacts).id();
            } else if (!contacts.isEmpty() && random.nextInt(3) == 0) {
                // a requester of another company (say, a contact who moved): breadth still decides
                requester = pick(random, contacts).id();
            } else {
                requester = null;
            }
            cases.add(new Case(nextId[0]++, customer.id(), requester, random.nextInt(3) == 0));
        }
        List<Comment> comments = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        for (Case onCase : cases) {
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                comments.add(new Comment(nextId[0]++, onCase, pick(random, users).id(), random.nextBoolean()));
            }
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                List<Comment> onThisCase = comments.stream().filter(c -> c.onCase() == onCase).toList();
                Comment comment = !onThisCase.isEmpty() && random.nextBoolean() ? pick(random, onThisCase) : null;
                attachments.add(new Attachment(nextId[0]++, onCase, comment, comment == null ? pick(random, users).id() : comment.author()));
            }
        }
        List<Document> documents = new ArrayList<>();
        List<Version> versions = new ArrayList<>();
        for (int i = 0, n = random.nextInt(8); i < n; i++) {
            Document document = new Document(nextId[0]++, pick(random, customers).id());
            documents.add(document);
            for (int v = 0, versionCount = 1 + random.nextInt(3); v < versionCount; v++) {
                versions.add(new Version(nextId[0]++, document, random.nextBoolean(), nextId[0]++));
            }
        }
        List<Design> designs = new ArrayList<>();
        for (int i = 0, n = random.nextInt(12); i < n; i++) {
            designs.add(new Design(nextId[0]++, pick(random, customers).id(), pick(random, DesignStatus.values())));
        }
        Set<DesignStatus> shown = someStatuses(random);
        Map<Long, Set<DesignStatus>> groupShown = new HashMap<>();
        for (Group group : groups) {
            if (random.nextInt(3) == 0) {
                groupShown.put(group.id(), someStatuses(random));
            }
        }
        Map<Long, Set<Long>> allowedTypes = new HashMap<>();
        for (Company customer : customers) {
            if (random.nextBoolean()) {
                Set<Long> types = new HashSet<>();
                for (long type = 1; type <= 6; type++) {
                    if (random.nextInt(3) == 0) {
                        types.add(type);
                    }
                }
                allowedTypes.put(customer.id(), types);
            }
        }
        List<Layer> layers = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (Design design : designs) {
            List<Long> types = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L, 6L));
            Collections.shuffle(types, random);
            List<Revision> ofDesign = new ArrayList<>();
            for (long type : types.subList(0, random.nextInt(4))) {
                Layer layer = new Layer(nextId[0]++, design, type);
                layers.add(layer);
                for (int number = 1, n = 1 + random.nextInt(3); number <= n; number++) {
                    Revision revision = new Revision(nextId[0]++, layer, number, nextId[0]++, random.nextBoolean() ? nextId[0]++ : null);
                    revisions.add(revision);
                    ofDesign.add(revision);
                    for (int i = 0, m = random.nextInt(3); i < m; i++) {
                        notes.add(new Note(nextId[0]++, revision, random.nextBoolean(), pick(random, users).id()));
                    }
                }
            }
            List<User> ownContacts = contacts.stream().filter(c -> c.company() == design.customer()).toList();
            if (!ownContacts.isEmpty() && !ofDesign.isEmpty() && random.nextBoolean()) {
                decisions.add(new Decision(nextId[0]++, design, pick(random, ownContacts).id(), ofDesign.subList(0, 1 + random.nextInt(ofDesign.size()))));
            }
        }
        List<Asset> assets = new ArrayList<>();
        for (int i = 0, n = random.nextInt(25); i < n; i++) {
            long customer = pick(random, customers).id();
            List<Asset> ofCustomer = assets.stream().filter(a -> a.customer() == customer).toList();
            assets.add(new Asset(nextId[0]++, customer, ofCustomer.isEmpty() || random.nextInt(4) == 0 ? null : pick(random, ofCustomer)));
        }
        List<AssetGrant> assetGrants = new ArrayList<>();
        for (Asset asset : assets) {
            if (!contacts.isEmpty() && random.nextInt(3) == 0) {
                List<User> ownContacts = contacts.stream().filter(c -> c.company() == asset.customer()).toList();
                User contact = !ownContacts.isEmpty() && random.nextInt(4) > 0 ? pick(random, ownContacts) : pick(random, contacts);
                assetGrants.add(new AssetGrant(asset, contact.id(), random.nextBoolean()));
            }
        }
        Set<Long> assignedOnly = new HashSet<>();
        contacts.stream().filter(c -> random.nextInt(3) == 0).forEach(c -> assignedOnly.add(c.id()));
        List<WorkOrder> workOrders = new ArrayList<>();
        for (Asset asset : assets) {
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                Set<Long> grantedTo = new HashSet<>();
                if (!contacts.isEmpty() && random.nextBoolean()) {
                    grantedTo.add(pick(random, contacts).id());
                }
                workOrders.add(new WorkOrder(nextId[0]++, asset, grantedTo));
            }
        }
        List<OrderNote> orderNotes = new ArrayList<>();
        List<OwnedFile> ownedFiles = new ArrayList<>();
        for (WorkOrder order : workOrders) {
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                orderNotes.add(new OrderNote(nextId[0]++, order, random.nextBoolean()));
            }
            if (random.nextInt(3) == 0) {
                ownedFiles.add(new OwnedFile(nextId[0]++, order.asset(), order, random.nextBoolean()));
            }
        }
        for (Asset asset : assets) {
            if (random.nextInt(3) == 0) {
                ownedFiles.add(new OwnedFile(nextId[0]++, asset, null, random.nextBoolean()));
            }
        }
        List<PlanningEntry> planningEntries = new ArrayList<>();
        for (Asset asset : assets) {
            if (random.nextBoolean()) {
                planningEntries.add(new PlanningEntry(nextId[0]++, asset, someContacts(random, contacts)));
            }
        }
        List<Tour> tours = new ArrayList<>();
        for (long customer : assets.stream().map(Asset::customer).distinct().toList()) {
            List<Asset> ofCustomer = new ArrayList<>(assets.stream().filter(a -> a.customer() == customer).toList());
            if (random.nextBoolean()) {
                Collections.shuffle(ofCustomer, random);
                tours.add(new Tour(nextId[0]++, customer, ofCustomer.subList(0, 1 + random.nextInt(ofCustomer.size())), someContacts(random, contacts)));
            }
        }
        return new World(groups, companies, users, memberships, userGroups, grants, categories, cases, comments, attachments, documents, versions,
                designs, shown, groupShown, allowedTypes, layers, revisions, notes, decisions, assets, assetGrants, assignedOnly, workOrders,
                orderNotes, ownedFiles, planningEntries, tours);
    }

    private static Set<Long> someContacts(Random random, List<User> contacts) {
        Set<Long> some = new HashSet<>();
        for (User contact : contacts) {
            if (random.nextInt(3) == 0) {
                some.add(contact.id());
            }
        }
        return some;
    }

    private static Set<DesignStatus> someStatuses(Random random) {
        Set<DesignStatus> statuses = EnumSet.noneOf(DesignStatus.class);
        for (DesignStatus status : DesignStatus.values()) {
            if (random.nextInt(3) == 0) {
                statuses.add(status);
            }
        }
        return statuses;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> T pick(Random random, T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Replaces whatever the tables hold with this world. */
    void writeTo(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // the attachments' large objects go with them: a world holds a few dozen
                statement.execute("select lo_unlink(content) from attachment");
                statement.execute("truncate tour_contact, tour_stop, tour, planning_entry_contact, planning_entry, work_order_note, work_order_grant, work_order, asset_grant, asset, record_event, customer_layer_type, layer_annotation, design_decision_revision, design_decision, layer_revision, design_layer, design, customer_group_design_status, design_visible_status, attachment, case_comment, support_case, document_version, document, category_read_access, category_member, category, company_access_grant,"
                        + " user_group_member, user_group, group_membership, user_account, company, customer_group cascade");
            }
            batch(connection, "insert into customer_group (id, name, suffix) values (?, ?, ?)", groups, (s, g) -> {
                s.setLong(1, g.id());
                s.setString(2, "Group " + g.id());
                s.setString(3, String.format("%04d", g.id()));
            });
            batch(connection, "insert into company (id, name, kind, parent_id, customer_group_id) values (?, ?, ?, ?, ?)", companies, (s, c) -> {
                s.setLong(1, c.id());
                s.setString(2, "Company " + c.id());
                s.setString(3, c.kind());
                s.setObject(4, c.parent());
                s.setObject(5, c.group());
            });
            batch(connection, "insert into user_account (id, email, display_name, kind, company_id, active, admin, case_visibility, group_level,"
                    + " company_administrator) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", users, (s, u) -> {
                s.setLong(1, u.id());
                s.setString(2, "user" + u.id() + "@example.test");
                s.setString(3, "User " + u.id());
                s.setString(4, u.kind().name());
                s.setLong(5, u.company());
                s.setBoolean(6, u.active());
                s.setBoolean(7, u.admin());
                s.setString(8, u.visibility().name());
                s.setBoolean(9, u.groupLevel());
                s.setBoolean(10, u.companyAdministrator());
            });
            batch(connection, "insert into group_membership (id, customer_group_id, user_id, level) values (?, ?, ?, ?)", memberships, (s, m) -> {
                s.setLong(1, m.id());
                s.setLong(2, m.group());
                s.setLong(3, m.user());
                s.setString(4, m.level().name());
            });
            batch(connection, "insert into user_group (id, name, company_id) values (?, ?, ?)", userGroups, (s, g) -> {
                s.setLong(1, g.id());
                s.setString(2, "User group " + g.id());
                s.setLong(3, g.company());
            });
            List<long[]> groupMembers = new ArrayList<>();
            userGroups.forEach(g -> g.members().forEach(m -> groupMembers.add(new long[] {g.id(), m})));
            batch(connection, "insert into user_group_member (user_group_id, user_id) values (?, ?)", groupMembers, (s, m) -> {
                s.setLong(1, m[0]);
                s.setLong(2, m[1]);
            });
            batch(connection, "insert into company_access_grant (id, customer_id, grantee_company_id, grantee_user_group_id, grantee_user_id,"
                    + " level, include_subtree) values (?, ?, ?, ?, ?, ?, ?)", grants, (s, g) -> {
                s.setLong(1, g.id());
                s.setLong(2, g.customer());
                s.setObject(3, g.granteeCompany());
                s.setObject(4, g.granteeUserGroup());
                s.setObject(5, g.granteeUser());
                s.setString(6, g.level().name());
                s.setBoolean(7, g.subtree());
            });
            batch(connection, "insert into category (id, name) values (?, ?)", categories, (s, c) -> {
                s.setLong(1, c.id());
                s.setString(2, "Category " + c.id());
            });
            List<long[]> categoryMembers = new ArrayList<>();
            categories.forEach(c -> c.members().forEach(m -> categoryMembers.add(new long[] {c.id(), m})));
            batch(connection, "insert into category_member (category_id, contact_id) values (?, ?)", categoryMembers, (s, m) -> {
                s.setLong(1, m[0]);
                s.setLong(2, m[1]);
            });
            List<User> readers = users.stream().filter(u -> u.readAccess() != null).toList();
            batch(connection, "insert into category_read_access (id, contact_id, category_id) values (?, ?, ?)", readers, (s, u) -> {
                s.setLong(1, u.id());
                s.setLong(2, u.id());
                s.setLong(3, u.readAccess());
            });
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            batch(connection, "insert into support_case (id, customer_id, requester_id, title, type, status, created_at, updated_at)"
                    + " values (?, ?, ?, ?, 'CASE', ?, ?, ?)", cases, (s, c) -> {
                s.setLong(1, c.id());
                s.setLong(2, c.customer());
                s.setObject(3, c.requester());
                s.setString(4, "Case " + c.id());
                s.setString(5, c.closed() ? "CLOSED" : "OPEN");
                // some cases share a time, so that paging must break ties on the id
                Timestamp updated = Timestamp.from(start.plusSeconds(c.id() % 7));
                s.setTimestamp(6, updated);
                s.setTimestamp(7, updated);
            });
            batch(connection, "insert into case_comment (id, case_id, customer_id, requester_id, author_id, audience, body, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, now())", comments, (s, c) -> {
                s.setLong(1, c.id());
                s.setLong(2, c.onCase().id());
                s.setLong(3, c.onCase().customer());
                s.setObject(4, c.onCase().requester());
                s.setLong(5, c.author());
                s.setString(6, c.internal() ? "BACK_OFFICE" : "REQUESTER");
                s.setString(7, "Comment " + c.id());
            });
            batch(connection, "insert into attachment (id, record_type, record_id, comment_id, customer_id, requester_id, audience, file_name, content_type,"
                    + " size_bytes, content, uploaded_by, created_at) values (?, 'SupportCase', ?, ?, ?, ?, ?, ?, 'text/plain', 4, lo_from_bytea(0, 'file'::bytea),"
                    + " ?, now())", attachments, (s, a) -> {
                s.setLong(1, a.id());
                s.setLong(2, a.onCase().id());
                s.setObject(3, a.comment() == null ? null : a.comment().id());
                s.setLong(4, a.onCase().customer());
                s.setObject(5, a.onCase().requester());
                s.setString(6, a.internal() ? "BACK_OFFICE" : "REQUESTER");
                s.setString(7, "file-" + a.id() + ".txt");
                s.setLong(8, a.uploader());
            });
            batch(connection, "insert into design (id, customer_id, audience, name, code, status, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, now(), now())", designs, (s, d) -> {
                s.setLong(1, d.id());
                s.setLong(2, d.customer());
                // at random: the application's DesignVisibility must put every one right
                s.setString(3, d.id() % 2 == 0 ? "CUSTOMER" : "BACK_OFFICE");
                s.setString(4, "Design " + d.id());
                s.setString(5, "D" + d.id());
                s.setString(6, d.status().name());
            });
            List<long[]> allowed = new ArrayList<>();
            allowedTypes.forEach((customer, types) -> types.forEach(type -> allowed.add(new long[] {customer, type})));
            batch(connection, "insert into customer_layer_type (customer_id, layer_type_id) values (?, ?)", allowed, (s, row) -> {
                s.setLong(1, row[0]);
                s.setLong(2, row[1]);
            });
            batch(connection, "insert into design_layer (id, design_id, customer_id, audience, layer_type_id, created_at) values (?, ?, ?, ?, ?, now())",
                    layers, (s, l) -> {
                s.setLong(1, l.id());
                s.setLong(2, l.design().id());
                s.setLong(3, l.design().customer());
                s.setString(4, l.id() % 3 == 0 ? "CUSTOMER" : "BACK_OFFICE");
                s.setLong(5, l.type());
            });
            List<Object[]> revisionFiles = new ArrayList<>();
            revisions.forEach(r -> {
                revisionFiles.add(new Object[] {r.fileId(), r});
                if (r.previewId() != null) {
                    revisionFiles.add(new Object[] {r.previewId(), r});
                }
            });
            batch(connection, "insert into attachment (id, record_type, record_id, customer_id, audience, file_name, content_type,"
                    + " size_bytes, content, uploaded_by, created_at) values (?, 'LayerRevision', ?, ?, ?, ?, 'image/png', 4,"
                    + " lo_from_bytea(0, 'file'::bytea), ?, now())", revisionFiles, (s, f) -> {
                Revision r = (Revision) f[1];
                s.setLong(1, (Long) f[0]);
                s.setLong(2, r.id());
                s.setLong(3, r.layer().design().customer());
                s.setString(4, (Long) f[0] % 2 == 0 ? "CUSTOMER" : "BACK_OFFICE");
                s.setString(5, "layer-" + f[0] + ".png");
                s.setLong(6, users.get(0).id());
            });
            batch(connection, "insert into layer_revision (id, layer_id, customer_id, audience, number, file_id, preview_id, author_id, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, now())", revisions, (s, r) -> {
                s.setLong(1, r.id());
                s.setLong(2, r.layer().id());
                s.setLong(3, r.layer().design().customer());
                s.setString(4, r.id() % 2 == 0 ? "CUSTOMER" : "BACK_OFFICE");
                s.setInt(5, r.number());
                s.setLong(6, r.fileId());
                s.setObject(7, r.previewId());
                s.setLong(8, users.get(0).id());
            });
            batch(connection, "insert into layer_annotation (id, revision_id, customer_id, audience, number, body, comment, internal, author_id, created_at)"
                    + " values (?, ?, ?, ?, ?, '{}', ?, ?, ?, now())", notes, (s, n) -> {
                s.setLong(1, n.id());
                s.setLong(2, n.revision().id());
                s.setLong(3, n.revision().layer().design().customer());
                s.setString(4, n.id() % 2 == 0 ? "CUSTOMER" : "BACK_OFFICE");
                s.setLong(5, n.id());
                s.setString(6, "Note " + n.id());
                s.setBoolean(7, n.internal());
                s.setLong(8, n.author());
            });
            batch(connection, "insert into design_decision (id, design_id, customer_id, requester_id, audience, decision, decided_by, decided_at)"
                    + " values (?, ?, ?, ?, ?, 'APPROVED', ?, now())", decisions, (s, x) -> {
                s.setLong(1, x.id());
                s.setLong(2, x.design().id());
                s.setLong(3, x.design().customer());
                s.setLong(4, x.contact());
                s.setString(5, x.id() % 2 == 0 ? "CUSTOMER" : "BACK_OFFICE");
                s.setLong(6, x.contact());
            });
            List<long[]> covered = new ArrayList<>();
            decisions.forEach(x -> x.covered().forEach(r -> covered.add(new long[] {x.id(), r.id()})));
            batch(connection, "insert into design_decision_revision (decision_id, revision_id) values (?, ?)", covered, (s, row) -> {
                s.setLong(1, row[0]);
                s.setLong(2, row[1]);
            });
            batch(connection, "insert into asset (id, customer_id, audience, sight, parent_id, path, name, code, status, created_at, updated_at)"
                    + " values (?, ?, 'CONTACTS', ?, ?, ?, ?, ?, 'IN_SERVICE', now(), now())", assets, (s, a) -> {
                s.setLong(1, a.id());
                s.setLong(2, a.customer());
                // at random: the application's AssetSight must put every one right
                s.setString(3, users.stream().filter(u -> u.kind() == UserKind.CUSTOMER && (a.id() + u.id()) % 5 == 0)
                        .map(u -> "," + u.id()).collect(Collectors.joining()) + ",");
                s.setObject(4, a.parent() == null ? null : a.parent().id());
                s.setString(5, a.path());
                s.setString(6, "Asset " + a.id());
                s.setString(7, "A" + a.id());
            });
            batch(connection, "insert into asset_grant (asset_id, contact_id, assigned) values (?, ?, ?)", assetGrants, (s, g) -> {
                s.setLong(1, g.asset().id());
                s.setLong(2, g.contact());
                s.setBoolean(3, g.assigned());
            });
            batch(connection, "update user_account set assigned_work_orders_only = true where id = ?", List.copyOf(assignedOnly),
                    (s, contact) -> s.setLong(1, contact));
            batch(connection, "insert into work_order (id, asset_id, customer_id, audience, sight, title, type, priority, status, created_at,"
                    + " updated_at) values (?, ?, ?, 'CONTACTS', ?, ?, 'CORRECTIVE', 'NORMAL', 'OPEN', now(), now())", workOrders, (s, w) -> {
                s.setLong(1, w.id());
                s.setLong(2, w.asset().id());
                s.setLong(3, w.asset().customer());
                // at random: the application's WorkOrderSight must put every one right
                s.setString(4, w.id() % 2 == 0 ? "," + users.get(users.size() - 1).id() + "," : "");
                s.setString(5, "Work order " + w.id());
            });
            List<long[]> orderGrants = new ArrayList<>();
            workOrders.forEach(w -> w.grantedTo().forEach(c -> orderGrants.add(new long[] {w.id(), c})));
            batch(connection, "insert into work_order_grant (work_order_id, contact_id, assigned) values (?, ?, true)", orderGrants, (s, row) -> {
                s.setLong(1, row[0]);
                s.setLong(2, row[1]);
            });
            // every sight below is written wrong: the application's AssetSight and AssignedSight must put each one right
            String wrongSight = "," + users.get(users.size() - 1).id() + ",";
            batch(connection, "insert into work_order_note (id, work_order_id, customer_id, audience, sight, author_id, body, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, 'note', now())", orderNotes, (s, n) -> {
                s.setLong(1, n.id());
                s.setLong(2, n.order().id());
                s.setLong(3, n.order().asset().customer());
                s.setString(4, n.internal() ? "BACK_OFFICE" : "CONTACTS");
                s.setString(5, n.id() % 2 == 0 ? wrongSight : "");
                s.setLong(6, users.get(0).id());
            });
            batch(connection, "insert into attachment (id, record_type, record_id, customer_id, audience, sight, file_name, content_type,"
                    + " size_bytes, content, uploaded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, 'text/plain', 4, lo_from_bytea(0, 'file'::bytea),"
                    + " ?, now())", ownedFiles, (s, f) -> {
                s.setLong(1, f.id());
                s.setString(2, f.order() == null ? "Asset" : "WorkOrder");
                s.setLong(3, f.order() == null ? f.asset().id() : f.order().id());
                s.setLong(4, f.customer());
                s.setString(5, f.internal() ? "BACK_OFFICE" : "CONTACTS");
                s.setString(6, f.id() % 2 == 0 ? wrongSight : "");
                s.setString(7, "file-" + f.id() + ".txt");
                s.setLong(8, users.get(0).id());
            });
            batch(connection, "insert into planning_entry (id, customer_id, audience, sight, asset_id, title, starts_at, minutes, technician_id,"
                    + " created_at, updated_at) values (?, ?, 'CONTACTS', ?, ?, ?, now(), 60, ?, now(), now())", planningEntries, (s, p) -> {
                s.setLong(1, p.id());
                s.setLong(2, p.asset().customer());
                s.setString(3, p.id() % 2 == 0 ? wrongSight : "");
                s.setLong(4, p.asset().id());
                s.setString(5, "Visit " + p.id());
                s.setLong(6, users.get(0).id());
            });
            List<long[]> entryContacts = new ArrayList<>();
            planningEntries.forEach(p -> p.assignedTo().forEach(c -> entryContacts.add(new long[] {p.id(), c})));
            batch(connection, "insert into planning_entry_contact (planning_entry_id, contact_id) values (?, ?)", entryContacts, (s, row) -> {
                s.setLong(1, row[0]);
                s.setLong(2, row[1]);
            });
            batch(connection, "insert into tour (id, customer_id, audience, sight, day, name, technician_id, created_at, updated_at)"
                    + " values (?, ?, 'CONTACTS', ?, current_date, ?, ?, now(), now())", tours, (s, t) -> {
                s.setLong(1, t.id());
                s.setLong(2, t.customer());
                s.setString(3, t.id() % 2 == 0 ? wrongSight : "");
                s.setString(4, "Tour " + t.id());
                s.setLong(5, users.get(0).id());
            });
            List<long[]> stops = new ArrayList<>();
            tours.forEach(t -> t.stops().forEach(a -> stops.add(new long[] {t.id(), t.stops().indexOf(a), a.id()})));
            batch(connection, "insert into tour_stop (tour_id, position, asset_id) values (?, ?, ?)", stops, (s, row) -> {
                s.setLong(1, row[0]);
                s.setLong(2, row[1]);
                s.setLong(3, row[2]);
            });
            List<long[]> tourContacts = new ArrayList<>();
            tours.forEach(t -> t.assignedTo().forEach(c -> tourContacts.add(new long[] {t.id(), c})));
            batch(connection, "insert into tour_contact (tour_id, contact_id) values (?, ?)", tourContacts, (s, row) -> {
                s.setLong(1, row[0]);
                s.setLong(2, row[1]);
            });
            batch(connection, "insert into design_visible_status (status) values (?)", List.copyOf(shown), (s, status) -> s.setString(1, status.name()));
            batch(connection, "update customer_group set own_design_statuses = true where id = ?", List.copyOf(groupShown.keySet()),
                    (s, group) -> s.setLong(1, group));
            List<long[]> own = new ArrayList<>();
            groupShown.forEach((group, statuses) -> statuses.forEach(status -> own.add(new long[] {group, status.ordinal()})));
            batch(connection, "insert into customer_group_design_status (customer_group_id, status) values (?, ?)", own, (s, row) -> {
                s.setLong(1, row[0]);
                s.setString(2, DesignStatus.values()[(int) row[1]].name());
            });
            batch(connection, "insert into document (id, customer_id, audience, title, created_at, updated_at) values (?, ?, ?, ?, now(), now())",
                    documents, (s, d) -> {
                s.setLong(1, d.id());
                s.setLong(2, d.customer());
                s.setString(3, versions.stream().anyMatch(v -> v.document() == d && v.shared()) ? "CUSTOMER" : "BACK_OFFICE");
                s.setString(4, "Document " + d.id());
            });
            batch(connection, "insert into document_version (id, document_id, customer_id, audience, number, kind, author_id, created_at)"
                    + " values (?, ?, ?, ?, ?, 'UPLOAD', ?, now())", versions, (s, v) -> {
                s.setLong(1, v.id());
                s.setLong(2, v.document().id());
                s.setLong(3, v.document().customer());
                s.setString(4, v.shared() ? "CUSTOMER" : "BACK_OFFICE");
                s.setLong(5, v.id());
                s.setLong(6, users.get(0).id());
            });
            batch(connection, "insert into attachment (id, record_type, record_id, customer_id, audience, file_name, content_type,"
                    + " size_bytes, content, uploaded_by, created_at) values (?, 'DocumentVersion', ?, ?, ?, ?, 'text/plain', 4,"
                    + " lo_from_bytea(0, 'file'::bytea), ?, now())", versions, (s, v) -> {
                s.setLong(1, v.fileId());
                s.setLong(2, v.id());
                s.setLong(3, v.document().customer());
                s.setString(4, v.shared() ? "CUSTOMER" : "BACK_OFFICE");
                s.setString(5, "version-" + v.id() + ".txt");
                s.setLong(6, users.get(0).id());
            });
            connection.commit();
        }
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private static <T> void batch(Connection connection, String sql, List<T> items, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
