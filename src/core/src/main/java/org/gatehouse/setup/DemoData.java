package org.gatehouse.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CaseVisibility;
import org.gatehouse.access.UserKind;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseComment;
import org.gatehouse.cases.CaseStatus;
import org.gatehouse.cases.CaseType;
import org.gatehouse.category.Category;
import org.gatehouse.category.CategoryReadAccess;
import org.gatehouse.company.Company;
import org.gatehouse.documents.Document;
import org.gatehouse.documents.DocumentVersion;
import org.gatehouse.partner.CompanyAccessGrant;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.customergroup.GroupMembership;
import org.gatehouse.identity.PasswordHashing;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.partner.UserGroup;

/**
 * The demo installation, loaded once on an empty database when {@code gatehouse.demo-data} is true
 * (the run command sets it). It plays the seed scenarios: partner Bogus Inc with customers Alpha
 * and Beta (001), the Almond school and the Shoe String district categories (003), a manufacturer
 * with sites (004) and customer groups with their codes (000). The README lists the sign-ins.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String PASSWORD = "gatehouse-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    @ConfigProperty(name = "gatehouse.demo-data", defaultValue = "false")
    boolean enabled;

    private String demoPasswordHash;
    private Instant now;
    private int caseAge;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        if (!enabled) {
            return;
        }
        // both WARs start this bean; the lock makes the second one wait and then find the data
        em.createNativeQuery("select pg_advisory_xact_lock(4711)").getSingleResult();
        if (!em.createQuery("select c.id from Company c where c.name = 'Bogus Inc'").getResultList().isEmpty()) {
            return;
        }
        // one hash for every demo account: they share the demo password, and start-up stays quick
        demoPasswordHash = passwordHashing.hash(PASSWORD.toCharArray());
        now = Instant.now();

        Company operator = persist(Company.operator("Gatehouse Services"));
        CustomerGroup retail = persist(new CustomerGroup("Retail", "4821"));
        CustomerGroup education = persist(new CustomerGroup("Education", "1207"));
        CustomerGroup manufacturing = persist(new CustomerGroup("Manufacturing", "3390"));

        UserAccount admin = user("admin@gatehouse.test", "Ada Admin", UserKind.INTERNAL, operator);
        admin.setAdmin(true);
        UserAccount staff = user("staff@gatehouse.test", "Sam Staff", UserKind.INTERNAL, operator);
        persist(new GroupMembership(retail, staff, AccessLevel.WRITE));
        persist(new GroupMembership(education, staff, AccessLevel.READ));

        // seed 001: Bogus Inc works for Alpha and Beta, and for no one else
        Company alpha = persist(Company.customer("Alpha Ltd", retail, null));
        Company beta = persist(Company.customer("Beta Ltd", retail, null));
        Company gamma = persist(Company.customer("Gamma Stores", retail, null));
        Company bogus = persist(Company.partner("Bogus Inc"));
        user("partner@bogus.test", "Pat Partner", UserKind.PARTNER, bogus);
        persist(CompanyAccessGrant.toCompany(bogus, alpha, AccessLevel.WRITE, false));
        persist(CompanyAccessGrant.toCompany(bogus, beta, AccessLevel.READ, false));

        // seed 003: a school district with two schools and two categories
        Company district = persist(Company.customer("Shoe String School District", education, null));
        Company almond = persist(Company.customer("Almond School", education, district));
        Company birch = persist(Company.customer("Birch School", education, district));
        Category almondStaff = persist(new Category("Almond School Staff"));
        Category districtStaff = persist(new Category("Shoe String School District"));

        // seed 004: a manufacturer with sites, served by a partner's field team
        Company northwind = persist(Company.customer("Northwind Manufacturing", manufacturing, null));
        Company plantNorth = persist(Company.customer("Northwind Plant North", manufacturing, northwind));
        Company plantSouth = persist(Company.customer("Northwind Plant South", manufacturing, northwind));
        Company fixit = persist(Company.partner("FixIt Field Services"));
        UserAccount technician = user("technician@fixit.test", "Terry Technician", UserKind.PARTNER, fixit);
        UserGroup fieldTeam = persist(new UserGroup("Field team", fixit));
        fieldTeam.getMembers().add(technician);
        persist(CompanyAccessGrant.toUserGroup(fieldTeam, northwind, AccessLevel.WRITE, true));

        UserAccount alice = user("alice@alpha.test", "Alice Archer", UserKind.CUSTOMER, alpha);
        UserAccount bob = user("bob@alpha.test", "Bob Brown", UserKind.CUSTOMER, alpha);
        bob.setCaseVisibility(CaseVisibility.COMPANY);
        bob.setCompanyAdministrator(true);
        UserAccount carol = user("carol@beta.test", "Carol Chen", UserKind.CUSTOMER, beta);
        UserAccount gina = user("gina@gamma.test", "Gina Gomez", UserKind.CUSTOMER, gamma);

        UserAccount teacher = user("teacher@almond.test", "Tina Teacher", UserKind.CUSTOMER, almond);
        UserAccount principal = user("principal@almond.test", "Paula Principal", UserKind.CUSTOMER, almond);
        UserAccount birchTeacher = user("teacher@birch.test", "Ben Birch", UserKind.CUSTOMER, birch);
        UserAccount superintendent = user("superintendent@shoestring.test", "Sid Superintendent", UserKind.CUSTOMER, district);
        superintendent.setGroupLevel(true);
        for (UserAccount member : new UserAccount[] {teacher, principal}) {
            almondStaff.getContacts().add(member);
        }
        for (UserAccount member : new UserAccount[] {teacher, principal, birchTeacher, superintendent}) {
            districtStaff.getContacts().add(member);
        }
        persist(new CategoryReadAccess(principal, almondStaff));
        persist(new CategoryReadAccess(superintendent, districtStaff));

        UserAccount nina = user("nina@northwind.test", "Nina Novak", UserKind.CUSTOMER, northwind);
        nina.setGroupLevel(true);
        nina.setCaseVisibility(CaseVisibility.COMPANY);
        UserAccount oscar = user("oscar@northwind.test", "Oscar Ortiz", UserKind.CUSTOMER, plantNorth);

        Case checkout = openCase(alpha, alice, CaseType.CASE, "Checkout terminal freezes at closing time", CaseStatus.OPEN);
        openCase(alpha, alice, CaseType.SERVICE_REQUEST, "Add two users to the loyalty system", CaseStatus.IN_PROGRESS);
        openCase(alpha, bob, CaseType.INCIDENT_REPORT, "Power cut in the Main Street store", CaseStatus.CLOSED);
        openCase(alpha, null, CaseType.VISIT_REQUEST, "Quarterly maintenance visit", CaseStatus.OPEN);
        openCase(beta, carol, CaseType.CASE, "Receipt printer prints blank pages", CaseStatus.WAITING);
        openCase(beta, carol, CaseType.SERVICE_REQUEST, "New price labels for the spring range", CaseStatus.OPEN);
        openCase(gamma, gina, CaseType.CASE, "Scanner does not read gift cards", CaseStatus.OPEN);
        openCase(almond, teacher, CaseType.CASE, "Projector in room 12 has no signal", CaseStatus.OPEN);
        openCase(almond, teacher, CaseType.SERVICE_REQUEST, "Install the maths software on the lab PCs", CaseStatus.CLOSED);
        openCase(almond, principal, CaseType.VISIT_REQUEST, "Network check before exam week", CaseStatus.IN_PROGRESS);
        openCase(birch, birchTeacher, CaseType.INCIDENT_REPORT, "Water damage in the library", CaseStatus.OPEN);
        openCase(district, superintendent, CaseType.SERVICE_REQUEST, "District-wide password policy", CaseStatus.OPEN);
        openCase(northwind, nina, CaseType.CASE, "Order portal shows wrong delivery dates", CaseStatus.OPEN);
        openCase(plantNorth, oscar, CaseType.INCIDENT_REPORT, "Conveyor 3 stopped with error E42", CaseStatus.IN_PROGRESS);
        openCase(plantSouth, null, CaseType.VISIT_REQUEST, "Annual safety inspection of the press line", CaseStatus.OPEN);
        workOn(checkout, alice, staff);

        // seed 000 step 3: documents, one version hidden from the customer until staff share it
        Document contract = persist(new Document(alpha.getId(), "Maintenance contract", now.minus(Duration.ofDays(30))));
        version(contract, 1, staff, "maintenance-contract-2026.txt", "Maintenance contract 2026 between Alpha Ltd and the operator.\n",
                "Signed copy", true, now.minus(Duration.ofDays(30)));
        version(contract, 2, staff, "maintenance-contract-2027-draft.txt", "DRAFT maintenance contract 2027: prices to be agreed.\n",
                "Draft for next year, not for the customer yet", false, now.minus(Duration.ofDays(2)));
        version(persist(new Document(northwind.getId(), "Conveyor line manual", now.minus(Duration.ofDays(10)))), 1, staff,
                "conveyor-manual.txt", "Conveyor line 1-4: start-up, stop and error codes (E42: belt tension).\n", "", true,
                now.minus(Duration.ofDays(10)));
        LOG.info("Demo data loaded: sign in with the demo accounts listed in the README (password " + PASSWORD + ")");
    }

    /** A version of the document with a small text file, shared with the customer or hidden from it. */
    private void version(Document document, int number, UserAccount author, String fileName, String text, String note, boolean shared, Instant at) {
        DocumentVersion version = persist(new DocumentVersion(document, number, DocumentVersion.Kind.UPLOAD, note, shared, author, at));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AttachmentStore.Stored stored = new AttachmentStore(em).write(fileName, new ByteArrayInputStream(bytes), bytes.length);
        persist(new Attachment(version, null, version.getAudience(), author, fileName, stored, at));
        document.sharedWhile(document.getAudience() == Audience.CUSTOMER || shared, at);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private UserAccount user(String email, String name, UserKind kind, Company company) {
        UserAccount user = persist(new UserAccount(email, name, kind, company));
        user.setPasswordHash(demoPasswordHash);
        return user;
    }

    /**
     * A case being worked on: comments both ways, an internal note, an assignee and a small file. No case events:
     * the demo's history is not news to mail about.
     */
    private void workOn(Case checkout, UserAccount contact, UserAccount staff) {
        Instant at = checkout.getCreatedAt();
        CaseComment report = persist(new CaseComment(checkout, contact, false,
                "It happened again yesterday at 21:58, right after the last receipt of the day. The log is attached.", at.plus(Duration.ofHours(1))));
        byte[] log = ("21:57:41 receipt 4711 printed\n21:58:02 nightly update: downloading\n21:58:03 display: no response\n")
                .getBytes(StandardCharsets.UTF_8);
        AttachmentStore.Stored stored = new AttachmentStore(em).write("terminal-log.txt", new ByteArrayInputStream(log), log.length);
        persist(new Attachment(checkout, report.getId(), report.getAudience(), contact, "terminal-log.txt", stored, at.plus(Duration.ofHours(1))));
        persist(new CaseComment(checkout, staff, false,
                "Thank you, Alice. We are looking at the terminal; could you tell us its number (on the sticker at the back)?", at.plus(Duration.ofHours(2))));
        persist(new CaseComment(checkout, staff, true,
                "The freeze starts with the nightly update. Check with the vendor before we tell the customer.", at.plus(Duration.ofHours(3))));
        checkout.setAssignee(staff, at.plus(Duration.ofHours(3)));
    }

    private Case openCase(Company customer, UserAccount requester, CaseType type, String title, CaseStatus status) {
        Instant opened = now.minus(Duration.ofHours(7L * ++caseAge));
        Case demoCase = persist(new Case(customer.getId(), requester == null ? null : requester.getId(), type, title,
                "Demo case: " + title.toLowerCase() + ".", opened));
        demoCase.setStatus(status, opened);
        return demoCase;
    }
}
