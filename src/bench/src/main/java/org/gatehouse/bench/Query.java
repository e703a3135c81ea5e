package org.gatehouse.bench;

import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetQueries;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseQueries;
import org.gatehouse.cases.CaseSort;
import org.gatehouse.cases.CaseView;
import org.gatehouse.designs.DesignFilter;
import org.gatehouse.designs.DesignQueries;
import org.gatehouse.designs.DesignRow;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.designs.LayerRow;
import org.gatehouse.documents.DocumentFilter;
import org.gatehouse.documents.DocumentQueries;
import org.gatehouse.persistence.LikePattern;
import org.gatehouse.planning.PlanningEntry;
import org.gatehouse.planning.PlanningQueries;
import org.gatehouse.planning.PlanningService;

/**
 * The measured screens: who looks, what the application asks in-process, and the best SQL a person would write
 * by hand for the same answer (with the subject's ids written in, as the application knows them from the scope).
 */
public enum Query {
    MY_CASES("portal: My cases", "my@bench.test", "portal/index.xhtml?view=MY", subject -> CaseFilter.ofView(CaseView.MY),
            subject -> "c.requester_id = " + subject.userId() + " and c.customer_id = " + subject.companyId()),
    OPEN_GROUP_CASES("portal: Open group cases (super customer)", "super@bench.test", "portal/index.xhtml?view=OPEN_GROUP",
            subject -> CaseFilter.ofView(CaseView.OPEN_GROUP),
            subject -> "c.customer_id in (" + subject.breadth() + ") and c.status <> 'CLOSED' and c.requester_id in"
                    + " (select m.contact_id from category_member m join category_read_access a on a.category_id = m.category_id"
                    + " where a.contact_id = " + subject.userId() + ")"),
    COMPANY_CASES("portal: Company cases (40 sites)", "sites@bench.test", "portal/index.xhtml?view=COMPANY",
            subject -> CaseFilter.ofView(CaseView.COMPANY), subject -> "c.customer_id in (" + subject.breadth() + ")"),
    STAFF_CASES("back office: staff in 5 groups", "staff@bench.test", "backoffice/index.xhtml",
            subject -> CaseFilter.ALL, subject -> "c.customer_id in (" + subject.customers() + ")"),
    PARTNER_CASES("back office: partner, 20 customers", "partner@bench.test", "backoffice/index.xhtml",
            subject -> CaseFilter.ALL, subject -> "c.customer_id in (" + subject.customers() + ")"),
    ADMIN_CASES("back office: admin", "admin@bench.test", "backoffice/index.xhtml", subject -> CaseFilter.ALL, subject -> "true"),
    /** "printer" is in about one title in thirty. */
    TITLE_SEARCH("back office: title search, staff", "staff@bench.test", "backoffice/index.xhtml?text=printer",
            subject -> new CaseFilter(null, null, null, "printer", null),
            subject -> "c.customer_id in (" + subject.customers() + ") and lower(c.title) like '%printer%'"),
    CASE_PAGE("case page with its comments, staff", "staff@bench.test", "backoffice/case.xhtml?id=", null, null) {
        @Override
        Object inProcess(EntityManager em, Subject subject) {
            CaseQueries queries = new CaseQueries(em);
            return List.of(queries.find(subject.busiestCase()).orElseThrow(), queries.comments(subject.busiestCase()),
                    queries.attachments(subject.busiestCase()));
        }

        @Override
        List<String> floor(Subject subject) {
            long id = subject.busiestCase();
            return List.of("""
                    select c.*, co.name, r.display_name, a.display_name from support_case c join company co on co.id = c.customer_id
                    left join user_account r on r.id = c.requester_id left join user_account a on a.id = c.assignee_id where c.id = %d"""
                    .formatted(id),
                    "select m.*, u.display_name from case_comment m join user_account u on u.id = m.author_id where m.case_id = %d order by m.created_at, m.id"
                            .formatted(id),
                    "select * from attachment where record_type = 'SupportCase' and record_id = %d order by created_at, id".formatted(id));
        }
    },
    /** The group-level contact at the top of the company with 40 sites: the versions shared with any of its 41 companies. */
    DOCUMENTATION("portal: Documentation (40 sites)", "sites@bench.test", "portal/documents.xhtml", null, null) {
        @Override
        Object inProcess(EntityManager em, Subject subject) {
            return documentList(em, new DocumentFilter(null, null));
        }

        @Override
        List<String> floor(Subject subject) {
            return documentList("customer_id in (" + subject.breadth() + ") and audience = 'CUSTOMER'");
        }
    },
    /** The customer page of the busiest customer (most versions) among the staff user's, which lists every version on its tab. */
    ALL_DOCUMENTATION("back office: All documentation tab, staff", "staff@bench.test", "backoffice/customers/customer.xhtml?id=", null, null) {
        @Override
        Object inProcess(EntityManager em, Subject subject) {
            return documentList(em, DocumentFilter.ofCustomer(subject.busiestDocumentCustomer()));
        }

        @Override
        List<String> floor(Subject subject) {
            return documentList("customer_id = " + subject.busiestDocumentCustomer());
        }
    },
    /**
     * The specification catalogue of the group-level contact at the top of the company with 40 sites: the active designs
     * of its 41 companies that it is shown, the count and the first page by name, then the latest revision of each layer
     * of those designs that it may view.
     */
    CATALOGUE("portal: Specification catalogue (40 sites)", "sites@bench.test", "portal/catalogue.xhtml", null, null),
    /** The same, one site chosen: the one with the most active designs the contact is shown. */
    CATALOGUE_SITE("portal: Specification catalogue, one site", "sites@bench.test", "portal/catalogue.xhtml?site=", null, null),
    /** The same, searching for a code prefix that one design in ten has ({@link Generator#DESIGN_CODE_SEARCH}). */
    CATALOGUE_SEARCH("portal: Specification catalogue, code search", "sites@bench.test",
            "portal/catalogue.xhtml?q=" + URLEncoder.encode(Generator.DESIGN_CODE_SEARCH, StandardCharsets.UTF_8), null, null),
    /**
     * The portal's assets of the group-level contact at the top of the company with 40 sites: the first page in tree
     * order of the assets made visible to them (a third of the sites of its 41 companies, with what is below them), the
     * count, and the open work orders they see under each asset of the page.
     */
    ASSETS("portal: Assets with open work orders (group-level contact)", "sites@bench.test", "portal/assets.xhtml", null, null),
    /** The same page for the contact with "assigned work orders only": the open counts hold only the work orders given to them. */
    ASSETS_ASSIGNED_ONLY("portal: Assets, assigned work orders only", Generator.ASSIGNED_ONLY, "portal/assets.xhtml", null, null),
    /** The back office's planning of a month for the staff user in 5 groups: every customer's entries, at most 501, by time. */
    PLANNING_MONTH("back office: Planning month, staff", "staff@bench.test", "backoffice/planning/index.xhtml", null, null),
    /** The same month, of one technician: the staff user's own visits (a technician of two of its groups). */
    PLANNING_TECHNICIAN("back office: Planning month, one technician", "staff@bench.test",
            "backoffice/planning/index.xhtml?technician=", null, null);

    static final int PAGE = 25;
    /** The catalogue's page: twelve designs. */
    static final int CATALOGUE_PAGE = 12;

    final String label;
    final String email;
    /** The page, from the server's root; the case page gets the subject's busiest case's id, the customer page its customer's. */
    private final String page;
    /** A case list's filter, made the subject's own by {@link CaseFilter#forViewer}. */
    private final Function<Subject, CaseFilter> filter;
    /** The hand-written condition for the same cases. */
    private final Function<Subject, String> floorCondition;

    Query(String label, String email, String page, Function<Subject, CaseFilter> filter, Function<Subject, String> floorCondition) {
        this.label = label;
        this.email = email;
        this.page = page;
        this.filter = filter;
        this.floorCondition = floorCondition;
    }

    /** The application the subject signs in to, from the server's root. */
    String application() {
        return page.substring(0, page.indexOf('/') + 1);
    }

    String page(Subject subject) {
        return switch (this) {
            case CASE_PAGE -> page + subject.busiestCase();
            case ALL_DOCUMENTATION -> page + subject.busiestDocumentCustomer();
            case CATALOGUE_SITE -> page + subject.catalogueSite();
            case PLANNING_TECHNICIAN -> page + subject.userId();
            default -> page;
        };
    }

    /** What the page shows when it answered with the screen, not with an error or the sign-in form. */
    String marker() {
        return switch (this) {
            case CASE_PAGE -> "id=\"case\"";
            case DOCUMENTATION -> "id=\"versions\"";
            // the tab's table, inside the customer page's tab view
            case ALL_DOCUMENTATION -> "id=\"tabs:versions\"";
            // catalogue.xhtml is not written yet: its list of designs is expected to have this id, as Documentation's has "versions"
            case CATALOGUE, CATALOGUE_SITE, CATALOGUE_SEARCH -> "id=\"designs\"";
            // the assets list's table (WEB-INF/includes/asset-list.xhtml)
            case ASSETS, ASSETS_ASSIGNED_ONLY -> "id=\"assets\"";
            // planning/index.xhtml is not written yet: its calendar is expected to have this id
            // the calendar's answer to its request for the month: the entries
            case PLANNING_MONTH, PLANNING_TECHNICIAN -> "\"events\"";
            default -> "id=\"cases\"";
        };
    }

    /**
     * What the service does for the screen, with the subject's scope bound to the persistence context: for a case
     * list the first page by last update and the count.
     */
    Object inProcess(EntityManager em, Subject subject) {
        if (isCatalogue()) {
            return catalogue(em, catalogueFilter(subject));
        }
        if (isAssets()) {
            AssetQueries queries = new AssetQueries(em);
            long count = queries.count(null, null);
            List<Asset> page = queries.page(null, null, 0, PAGE);
            return List.of(count, page, queries.openWorkOrders(page.stream().map(Asset::getId).toList()));
        }
        if (isPlanning()) {
            return new PlanningQueries(em).entries(null, this == PLANNING_TECHNICIAN ? subject.userId() : null, Generator.PLANNING_MONTH,
                    Generator.PLANNING_NEXT_MONTH, PlanningService.MAX_ENTRIES + 1);
        }
        CaseFilter own = filter.apply(subject).forViewer(subject.userId());
        CaseQueries queries = new CaseQueries(em);
        return List.of(queries.page(own, 0, PAGE, CaseSort.UPDATED, false), queries.count(own));
    }

    /** The hand-written statements for the same answer. */
    List<String> floor(Subject subject) {
        return caseList(floorCondition.apply(subject));
    }

    /**
     * The hand-written statements, for a screen that asks in steps: the catalogue asks for the layers of the designs its
     * page shows, as the application does, so the page is read here once to write their ids in.
     */
    List<String> floor(Connection connection, Subject subject) throws SQLException {
        if (isAssets()) {
            return assetsFloor(connection, subject);
        }
        if (isPlanning()) {
            return List.of("""
                    select id, customer_id, asset_id, work_order_id, title, starts_at, minutes, technician_id from planning_entry
                    where customer_id = any('{%s}'::bigint[]) and starts_at >= '%s' and starts_at < '%s'%s
                    order by starts_at, id limit %d""".formatted(subject.customers(), Generator.PLANNING_MONTH, Generator.PLANNING_NEXT_MONTH,
                    this == PLANNING_TECHNICIAN ? " and technician_id = " + subject.userId() : "", PlanningService.MAX_ENTRIES + 1));
        }
        if (!isCatalogue()) {
            return floor(subject);
        }
        String condition = catalogueCondition(subject);
        String page = """
                select d.id, d.name, d.code, d.description, d.status, c.id, c.name, d.updated_at, d.version, d.audience
                from (select id from design where %s order by name, id limit %d) shown
                join design d on d.id = shown.id join company c on c.id = d.customer_id
                order by d.name, d.id""".formatted(condition, CATALOGUE_PAGE);
        StringBuilder ids = new StringBuilder();
        for (Object[] row : Floor.rows(connection, List.of(page)).get(0)) {
            ids.append(ids.isEmpty() ? "" : ",").append(row[0]);
        }
        // the latest revision of each layer in sight: a layer's revisions and their files have its audience
        String layers = """
                select l.design_id, l.id, t.name, r.id, r.number, r.note, f.id, f.file_name, f.size_bytes, r.preview_id, u.display_name,
                       r.created_at, r.audience
                from design_layer l
                join lateral (select * from layer_revision r where r.layer_id = l.id order by r.number desc limit 1) r on true
                join layer_type t on t.id = l.layer_type_id join user_account u on u.id = r.author_id join attachment f on f.id = r.file_id
                where l.design_id = any('{%s}'::bigint[]) and l.audience = 'CUSTOMER'
                order by t.name, l.id""".formatted(ids);
        return List.of("select count(*) from design where " + condition, page, layers);
    }

    /** Whether the run compares (b)'s answer with (c)'s, by id ({@link #answerIds}, {@link #floorIds}). */
    boolean comparesAnswers() {
        return isCatalogue() || isAssets() || isPlanning();
    }

    /**
     * The ids (b) answered, by part of the answer and in order, to compare with (c)'s: for the catalogue the count, the
     * page's designs, and each latest revision as its design, layer, revision, file and preview. Null for a screen whose
     * answers are not compared.
     */
    Map<String, ?> answerIds(Object answer) {
        if (isAssets()) {
            List<?> parts = (List<?>) answer;
            Map<?, ?> open = (Map<?, ?>) parts.get(2);
            return assetIds(parts.get(0), ((List<?>) parts.get(1)).stream().map(a -> ((Asset) a).getId()).toList(),
                    open.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
        }
        if (isPlanning()) {
            return Map.of("entries", ((List<?>) answer).stream().map(e -> ((PlanningEntry) e).getId()).toList());
        }
        if (!isCatalogue()) {
            return null;
        }
        List<?> parts = (List<?>) answer;
        List<?> designs = (List<?>) parts.get(1);
        List<?> layers = (List<?>) parts.get(2);
        return catalogueIds(parts.get(0), designs.stream().map(d -> ((DesignRow) d).id()).toList(), layers.stream().map(LayerRow.class::cast)
                .map(l -> Arrays.asList(l.designId(), l.layerId(), l.revisionId(), l.fileId(), l.previewId())).toList());
    }

    /** The same ids from the rows of {@link #floor(Connection, Subject)}'s statements. */
    Map<String, ?> floorIds(List<List<Object[]>> rows) {
        if (isAssets()) {
            return assetIds(rows.get(0).get(0)[0], rows.get(1).stream().map(row -> row[0]).toList(),
                    rows.get(2).stream().map(row -> List.of(row[0], row[1])).toList());
        }
        if (isPlanning()) {
            return Map.of("entries", rows.get(0).stream().map(row -> row[0]).toList());
        }
        if (!isCatalogue()) {
            return null;
        }
        return catalogueIds(rows.get(0).get(0)[0], rows.get(1).stream().map(row -> row[0]).toList(),
                rows.get(2).stream().map(row -> Arrays.asList(row[0], row[1], row[3], row[6], row[9])).toList());
    }

    private static Map<String, ?> catalogueIds(Object count, List<?> designs, List<? extends List<?>> layers) {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("count", count);
        ids.put("designs", designs);
        ids.put("latest layer revisions", layers);
        return ids;
    }

    /** The count, the page's assets in order, and [asset, open work orders] by asset id (an asset without any has none). */
    private static Map<String, ?> assetIds(Object count, List<?> assets, List<? extends List<?>> open) {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("count", count);
        ids.put("assets", assets);
        ids.put("assets with open work orders", open.stream().sorted(Comparator.comparing(pair -> (Long) pair.get(0))).toList());
        return ids;
    }

    /**
     * The assets page by hand: the count and the first page in tree order of the contact's companies' assets whose sight
     * lists them, then the open work orders they see under those 25 (read here once to write their ids in).
     */
    private static List<String> assetsFloor(Connection connection, Subject subject) throws SQLException {
        String seen = "customer_id = any('{%s}'::bigint[]) and audience = 'CONTACTS' and sight like '%%,%d,%%'".formatted(subject.breadth(),
                subject.userId());
        String page = """
                select id, customer_id, parent_id, path, name, code, type, status, location from asset where %s
                order by customer_id, path limit %d""".formatted(seen, PAGE);
        StringBuilder ids = new StringBuilder();
        for (Object[] row : Floor.rows(connection, List.of(page)).get(0)) {
            ids.append(ids.isEmpty() ? "" : ",").append(row[0]);
        }
        String open = """
                select asset_id, count(*) from work_order where asset_id = any('{%s}'::bigint[]) and status not in ('DONE', 'CANCELLED') and %s
                group by asset_id""".formatted(ids, seen);
        return List.of("select count(*) from asset where " + seen, page, open);
    }

    private boolean isAssets() {
        return this == ASSETS || this == ASSETS_ASSIGNED_ONLY;
    }

    /**
     * For a calendar, the request its page sends for the month's entries, after the page (PrimeFaces' schedule reads
     * its period in an ajax request of its own): the form's fields without the view state; null for other screens.
     */
    Map<String, String> calendarRequest() {
        if (!isPlanning()) {
            return null;
        }
        return Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "planning", "jakarta.faces.partial.execute", "planning",
                "jakarta.faces.partial.render", "planning", "planningForm", "planningForm", "planning_event", "true",
                "planning_start", Generator.PLANNING_MONTH.toString(), "planning_end", Generator.PLANNING_NEXT_MONTH.toString());
    }

    private boolean isPlanning() {
        return this == PLANNING_MONTH || this == PLANNING_TECHNICIAN;
    }

    private boolean isCatalogue() {
        return this == CATALOGUE || this == CATALOGUE_SITE || this == CATALOGUE_SEARCH;
    }

    /** What the catalogue page asks for: the active designs in sight, of the chosen site, found by the typed text. */
    private DesignFilter catalogueFilter(Subject subject) {
        return new DesignFilter(this == CATALOGUE_SITE ? subject.catalogueSite() : null, DesignStatus.ACTIVE,
                this == CATALOGUE_SEARCH ? Generator.DESIGN_CODE_SEARCH : null);
    }

    /** The same designs by hand: of the contact's companies (their ids as an array), active, shown to contacts. */
    private String catalogueCondition(Subject subject) {
        DesignFilter filter = catalogueFilter(subject);
        String text = filter.text() == null ? null : LikePattern.containing(filter.text()).replace("'", "''");
        return "customer_id = any('{" + subject.breadth() + "}'::bigint[]) and status = 'ACTIVE' and audience = 'CUSTOMER'"
                + (filter.customerId() == null ? "" : " and customer_id = " + filter.customerId())
                + (text == null ? "" : " and (lower(name) like '" + text + "' or lower(code) like '" + text + "')");
    }

    /**
     * The catalogue's page as the portal asks for it: how many active designs, the first twelve by name, and the latest
     * revision of each of their layers in sight.
     */
    private static Object catalogue(EntityManager em, DesignFilter filter) {
        DesignQueries queries = new DesignQueries(em);
        long count = queries.count(filter);
        List<DesignRow> page = queries.page(filter, 0, CATALOGUE_PAGE);
        return List.of(count, page, queries.latestLayers(page.stream().map(DesignRow::id).toList()));
    }

    /** First page by last update plus the total (up to the lists' limit), as the lists show them. */
    private static List<String> caseList(String condition) {
        return List.of("""
                select c.id, c.title, c.type, c.status, co.name, r.display_name, c.updated_at
                from support_case c join company co on co.id = c.customer_id left join user_account r on r.id = c.requester_id
                where %s order by c.updated_at desc, c.id desc limit %d""".formatted(condition, PAGE),
                // the lists count up to the limit and say "more than" beyond it: the same answer
                "select count(*) from (select 1 from support_case c where " + condition + " limit " + (CaseQueries.COUNT_LIMIT + 1) + ") counted");
    }

    /**
     * A document list as the pages show it: the first page of versions, newest first, and the count, read by the
     * application's own queries under the bound scope.
     */
    private static Object documentList(EntityManager em, DocumentFilter filter) {
        DocumentQueries queries = new DocumentQueries(em);
        return List.of(queries.page(filter, 0, PAGE), queries.count(filter));
    }

    /**
     * The same by hand: the page's version ids from the index alone, then those versions with their document,
     * customer, author and file; the count from the index alone. The application keeps what makes this the same
     * answer as its scoped joins: every version has one file, with the version's audience, and a document is
     * shared while one of its versions is.
     */
    private static List<String> documentList(String condition) {
        return List.of("""
                select v.id, d.id, d.title, c.id, c.name, v.number, v.kind, v.note, u.display_name, v.created_at, v.audience,
                       f.id, f.file_name, f.size_bytes
                from (select id from document_version where %s order by created_at desc, id desc limit %d) newest
                join document_version v on v.id = newest.id
                join document d on d.id = v.document_id join company c on c.id = v.customer_id join user_account u on u.id = v.author_id
                join attachment f on f.record_type = 'DocumentVersion' and f.record_id = v.id
                order by v.created_at desc, v.id desc""".formatted(condition, PAGE),
                "select count(*) from document_version where " + condition);
    }

    /** The facts about a subject that the hand-written SQL needs. */
    record Subject(long userId, long companyId, String breadth, String customers, long busiestCase, long busiestDocumentCustomer,
                   long catalogueSite) {

        static Subject of(Connection connection, String email) throws SQLException {
            long userId = single(connection, "select id from user_account where email = '" + email + "'");
            long companyId = single(connection, "select company_id from user_account where id = " + userId);
            // a contact's breadth: their company, and its subtree for a group-level contact
            String breadth = list(connection, """
                    with recursive below(id) as (select %d::bigint union select c.id from company c join below b on c.parent_id = b.id
                        where (select group_level from user_account where id = %d))
                    select id from below""".formatted(companyId, userId));
            String customers = list(connection, """
                    select c.id from group_membership m join company c on c.customer_group_id = m.customer_group_id where m.user_id = %d
                    union select g.customer_id from company_access_grant g where g.grantee_user_id = %d
                       or g.grantee_company_id = (select company_id from user_account where id = %d)
                       or g.grantee_user_group_id in (select user_group_id from user_group_member where user_id = %d)"""
                    .formatted(userId, userId, userId, userId));
            long busiest = single(connection, """
                    select coalesce((select k.case_id from case_comment k where k.customer_id in (%s)
                    group by k.case_id order by count(*) desc, k.case_id limit 1), 0)""".formatted(customers));
            long busiestDocumentCustomer = single(connection, """
                    select coalesce((select v.customer_id from document_version v where v.customer_id in (%s)
                    group by v.customer_id order by count(*) desc, v.customer_id limit 1), 0)""".formatted(customers));
            // the site of the subject's (below its own company) with the most active designs it is shown
            long catalogueSite = single(connection, """
                    select coalesce((select customer_id from design where customer_id in (%s) and customer_id <> %d and status = 'ACTIVE'
                    and audience = 'CUSTOMER' group by customer_id order by count(*) desc, customer_id limit 1), %d)""".formatted(breadth,
                    companyId, companyId));
            return new Subject(userId, companyId, breadth, customers, busiest, busiestDocumentCustomer, catalogueSite);
        }

        static long single(Connection connection, String sql) throws SQLException {
            try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
                if (!result.next()) {
                    throw new IllegalStateException("Not in the generated installation: " + sql);
                }
                return result.getLong(1);
            }
        }

        private static String list(Connection connection, String sql) throws SQLException {
            StringBuilder ids = new StringBuilder();
            try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
                while (result.next()) {
                    ids.append(ids.isEmpty() ? "" : ",").append(result.getLong(1));
                }
            }
            return ids.isEmpty() ? "-1" : ids.toString();
        }
    }
}
