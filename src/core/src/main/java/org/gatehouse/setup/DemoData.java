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
import java.awt.Color;
import java.awt.Rectangle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.access.AccessScope;
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
import org.gatehouse.assets.Asset;
import org.gatehouse.assets.AssetChanges;
import org.gatehouse.assets.AssetDetails;
import org.gatehouse.assets.AssetStatus;
import org.gatehouse.assets.Priority;
import org.gatehouse.assets.WorkOrder;
import org.gatehouse.assets.WorkOrderChanges;
import org.gatehouse.assets.WorkOrderType;
import org.gatehouse.company.Company;
import org.gatehouse.documents.Document;
import org.gatehouse.designs.DesignChanges;
import org.gatehouse.designs.DesignDecision;
import org.gatehouse.designs.DesignQueries;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.designs.LayerType;
import org.gatehouse.documents.DocumentVersion;
import org.gatehouse.files.AttachmentSettings;
import org.gatehouse.partner.CompanyAccessGrant;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.customergroup.GroupMembership;
import org.gatehouse.identity.PasswordHashing;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.partner.UserGroup;
import org.gatehouse.planning.PlanningChanges;

/**
 * The demo installation, loaded once on an empty database when {@code gatehouse.demo-data} is true
 * (the run command sets it). It plays the seed scenarios: partner Bogus Inc with customers Alpha
 * and Beta (001), the Almond school and the Shoe String district categories (003), a manufacturer
 * with sites (004), customer groups with their codes (000) and a snack maker's packaging designs at its two sites
 * (002). The README lists the sign-ins.
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
    AttachmentSettings attachmentSettings;

    @Inject
    @ConfigProperty(name = "gatehouse.demo-data", defaultValue = "false")
    boolean enabled;

    private String demoPasswordHash;
    private Instant now;
    private int caseAge;
    /** The administrator's scope: the operator's packaging studio, which adds the designs and works on them. */
    private AccessScope studio;
    /** When the design being made had its last step. */
    private Instant designTime;

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
        CustomerGroup packaging = persist(new CustomerGroup("Packaging", "5500"));

        UserAccount admin = user("admin@gatehouse.test", "Ada Admin", UserKind.INTERNAL, operator);
        admin.setAdmin(true);
        UserAccount staff = user("staff@gatehouse.test", "Sam Staff", UserKind.INTERNAL, operator);
        persist(new GroupMembership(retail, staff, AccessLevel.WRITE));
        persist(new GroupMembership(education, staff, AccessLevel.READ));
        // WRITE: Sam works on the packaging customers' designs and is mailed when their contacts decide on one
        persist(new GroupMembership(packaging, staff, AccessLevel.WRITE));

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

        // seed 002: a snack maker with two sites; the operator's studio draws their packaging, the customer approves it
        Company crisp = persist(Company.customer("Crisp Snacks Co.", packaging, null));
        Company leeds = persist(Company.customer("Crisp Snacks Leeds", packaging, crisp));
        Company lyon = persist(Company.customer("Crisp Snacks Lyon", packaging, crisp));
        UserAccount pia = user("pia@crisp.test", "Pia Patel", UserKind.CUSTOMER, crisp);
        pia.setGroupLevel(true);
        pia.setApprovesDesigns(true);
        UserAccount leo = user("leo@crisp.test", "Leo Lambert", UserKind.CUSTOMER, leeds);
        leo.setApprovesDesigns(true);
        // Lyon's contact sees Lyon's designs but approves none: Pia approves for Lyon
        user("lea@crisp.test", "Léa Laurent", UserKind.CUSTOMER, lyon);

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
        designs(admin, staff, pia, leo, crisp, leeds, lyon);
        assets(nina, oscar, technician, plantNorth, plantSouth);
        LOG.info("Demo data loaded: sign in with the demo accounts listed in the README (password " + PASSWORD + ")");
    }

    /**
     * Seed 002's designs, made the way the product makes them: through {@link DesignChanges}, each step by a user whose
     * scope is bound to the persistence context, so that the audiences, previews, decisions and events (a design's
     * history) are the product's own. The administrator's studio adds the designs, uploads their layers and moves them
     * along their statuses; the contacts who may approve decide; Pia and Sam annotate the design under review.
     */
    private void designs(UserAccount admin, UserAccount staff, UserAccount pia, UserAccount leo, Company crisp, Company leeds, Company lyon) {
        // the scopes are read from the database: everyone above is written first
        em.flush();
        studio = AccessScope.compute(em, admin.getId());
        AccessScope sam = AccessScope.compute(em, staff.getId());
        AccessScope piaPatel = AccessScope.compute(em, pia.getId());
        AccessScope leoLambert = AccessScope.compute(em, leo.getId());
        Map<String, Long> types = new DesignQueries(em).layerTypes().stream().collect(Collectors.toMap(LayerType::getName, LayerType::getId));
        long artwork = types.get("One-up artwork");
        long stepAndRepeat = types.get("Step and repeat");
        long drawing = types.get("Manufacturing drawing");
        long dieCut = types.get("Die-cut");
        long model = types.get("3D model");
        long proof = types.get("Colour proof");
        // the customer sees the artwork, the 3D view and the proof; the printer's files stay with the studio
        by(studio).allowLayerTypes(crisp.getId(), List.of(artwork, model, proof));
        DemoArtwork art = new DemoArtwork();

        long seaSalt = design(leeds, "Sea Salt Crisps 150 g", "CS-SS150", "The range's best seller: a 150 g sharing bag with Anglesey sea salt.", 120);
        DemoArtwork.Pack seaSaltBag = new DemoArtwork.Pack("Crisps", "Sea Salt", "150 g", new Color(0x1F5FA8));
        upload(seaSalt, artwork, "cs-ss150-artwork.png", art.bag("CS-SS150", seaSaltBag, null), "Artwork for the spring range");
        upload(seaSalt, stepAndRepeat, "cs-ss150-step-and-repeat.png", art.stepAndRepeat("CS-SS150", seaSaltBag, 4, 2),
                "4 across and 2 down for the Leeds press");
        move(seaSalt, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(leoLambert, seaSalt, DesignDecision.Decision.APPROVED, "Approved for print.");
        move(seaSalt, DesignStatus.ACTIVE);

        long saltVinegar = design(leeds, "Salt & Vinegar Crisps 150 g", "CS-SV150", "Sharp malt vinegar, 150 g sharing bag.", 100);
        upload(saltVinegar, artwork, "cs-sv150-artwork.png",
                art.bag("CS-SV150", new DemoArtwork.Pack("Crisps", "Salt & Vinegar", "150 g", new Color(0x2E8B3A)), null), "");
        move(saltVinegar, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(leoLambert, saltVinegar, DesignDecision.Decision.APPROVED, "");
        move(saltVinegar, DesignStatus.ACTIVE);

        long multipack = design(leeds, "Cheese & Onion Multipack 6 × 25 g", "CS-CO6", "Six 25 g bags in a tuck-end carton for the supermarkets.", 80);
        DemoArtwork.Pack carton = new DemoArtwork.Pack("Multipack crisps", "Cheese & Onion", "6 × 25 g", new Color(0x5B3FA0));
        DemoArtwork.Pack small = new DemoArtwork.Pack("Crisps", "Cheese & Onion", "25 g", carton.colour());
        upload(multipack, artwork, "cs-co6-carton-artwork.png", art.carton("CS-CO6", carton, small), "Carton front and side");
        upload(multipack, dieCut, "cs-co6-dieline.png", art.dieline("CS-CO6"), "Tuck-end carton on 350 g/m² board");
        upload(multipack, model, "cs-co6-3d.png", art.model("CS-CO6", carton, small), "For the buyers' presentation");
        move(multipack, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(piaPatel, multipack, DesignDecision.Decision.APPROVED, "Approved: the buyers liked the 3D view.");
        move(multipack, DesignStatus.ACTIVE);

        // awaiting review: a second artwork revision, a proof the customer sees and a drawing they do not
        long sweetChilli = design(leeds, "Sweet Chilli Crisps 150 g", "CS-SC150", "New flavour for the autumn: sweet chilli, 150 g sharing bag.", 12);
        DemoArtwork.Pack chilli = new DemoArtwork.Pack("Crisps", "Sweet Chilli", "150 g", new Color(0xC8281E));
        upload(sweetChilli, artwork, "cs-sc150-artwork.png", art.bag("CS-SC150", chilli, null), "First artwork");
        upload(sweetChilli, proof, "cs-sc150-colour-proof.pdf", art.proof("CS-SC150", "Sweet Chilli Crisps 150 g", chilli), "Proofed to FOGRA51");
        upload(sweetChilli, drawing, "cs-sc150-drawing.pdf", art.drawing("CS-SC150", "Sweet Chilli Crisps 150 g"), "Bag 220 × 310 mm");
        move(sweetChilli, DesignStatus.IN_PROGRESS);
        long reviewed = upload(sweetChilli, artwork, "cs-sc150-artwork-2.png", art.bag("CS-SC150", chilli, "Extra hot"),
                "\"Extra hot\" flash on the front, as agreed on the phone");
        move(sweetChilli, DesignStatus.READY_FOR_REVIEW);
        Rectangle window = DemoArtwork.WINDOW;
        Rectangle barcode = DemoArtwork.BARCODE;
        by(piaPatel).annotate(reviewed, drawn(window.x + window.width / 2 - 6, window.y + window.height / 2 - 6, 12, 12),
                "Could the crisps show a few chilli flakes? Now they look like plain ones.", false, next());
        by(sam).annotate(reviewed, drawn(barcode.x - 8, barcode.y - 8, barcode.width + 16, barcode.height + 16),
                "The quiet zone left of the barcode is 1 mm short: fix it before the plates, whatever the customer decides.", true, next());

        // approved by Leo and active; then changed by the studio, and the new revision (not covered by his approval)
        // sent back by Leo: under modification, a status Crisp Snacks' contacts do not see
        long smokyBacon = design(leeds, "Smoky Bacon Crisps 150 g", "CS-SB150", "Smoky bacon flavour (vegetarian), 150 g sharing bag.", 60);
        DemoArtwork.Pack bacon = new DemoArtwork.Pack("Crisps", "Smoky Bacon", "150 g", new Color(0x7A2430));
        upload(smokyBacon, artwork, "cs-sb150-artwork.png", art.bag("CS-SB150", bacon, null), "");
        move(smokyBacon, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(leoLambert, smokyBacon, DesignDecision.Decision.APPROVED, "Approved for print.");
        move(smokyBacon, DesignStatus.ACTIVE, DesignStatus.UNDER_MODIFICATION);
        upload(smokyBacon, artwork, "cs-sb150-artwork-2.png", art.bag("CS-SB150", bacon, "Now recyclable"),
                "\"Now recyclable\" flash on the front, as on the other bags since May");
        move(smokyBacon, DesignStatus.READY_FOR_REVIEW);
        decide(leoLambert, smokyBacon, DesignDecision.Decision.MODIFICATION_REQUESTED, "The flash covers the word \"Smoky\": move it to the corner.");

        long paprika = design(leeds, "Smoked Paprika Crisps 40 g", "CS-SP40", "A 40 g bag for meal deals.", 6);
        upload(paprika, artwork, "cs-sp40-artwork.png",
                art.bag("CS-SP40", new DemoArtwork.Pack("Crisps", "Smoked Paprika", "40 g", new Color(0xD2691E)), null),
                "First sketch, colours to be agreed");
        move(paprika, DesignStatus.IN_PROGRESS);

        // Lyon: Léa may not approve, so Pia does
        long guerande = design(lyon, "Chips Sel de Guérande 125 g", "CS-SG125", "Chips au sel de Guérande, sachet de 125 g.", 150);
        DemoArtwork.Pack sel = new DemoArtwork.Pack("Chips", "Sel de Guérande", "125 g", new Color(0x4A90C2));
        upload(guerande, artwork, "cs-sg125-artwork.png", art.bag("CS-SG125", sel, null), "");
        upload(guerande, proof, "cs-sg125-colour-proof.pdf", art.proof("CS-SG125", "Chips Sel de Guérande 125 g", sel), "Proofed to FOGRA51");
        move(guerande, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(piaPatel, guerande, DesignDecision.Decision.APPROVED, "Validé pour impression.");
        move(guerande, DesignStatus.ACTIVE);

        long poivre = design(lyon, "Chips Poivre Noir 125 g", "CS-PN125", "Chips au poivre noir, sachet de 125 g.", 90);
        upload(poivre, artwork, "cs-pn125-artwork.png",
                art.bag("CS-PN125", new DemoArtwork.Pack("Chips", "Poivre Noir", "125 g", new Color(0x333333)), null), "");
        move(poivre, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(piaPatel, poivre, DesignDecision.Decision.APPROVED, "");
        move(poivre, DesignStatus.ACTIVE);

        long barbecue = design(lyon, "Chips Barbecue 125 g", "CS-BQ125", "Chips goût barbecue, sachet de 125 g.", 20);
        upload(barbecue, artwork, "cs-bq125-artwork.png",
                art.bag("CS-BQ125", new DemoArtwork.Pack("Chips", "Barbecue", "125 g", new Color(0x8B3A1E)), null), "");
        move(barbecue, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(piaPatel, barbecue, DesignDecision.Decision.APPROVED, "Approved; printing starts in two weeks.");

        design(lyon, "Chips Fromage de Chèvre 125 g", "CS-FC125", "An idea of the Lyon team: goat's cheese and thyme.", 2);

        long nature = design(lyon, "Chips Nature 200 g", "CS-NA200", "Plain chips, 200 g; replaced by Sel de Guérande.", 400);
        upload(nature, artwork, "cs-na200-artwork.png",
                art.bag("CS-NA200", new DemoArtwork.Pack("Chips", "Nature", "200 g", new Color(0xE0A800)), null), "");
        move(nature, DesignStatus.IN_PROGRESS, DesignStatus.READY_FOR_REVIEW);
        decide(piaPatel, nature, DesignDecision.Decision.APPROVED, "");
        move(nature, DesignStatus.ACTIVE, DesignStatus.RETIRED);

        // the demo's history is not news to mail about: staff are mailed about decisions made from now on
        em.createNativeQuery("update record_event set dispatched_at = now() where record_type = 'Design' and dispatched_at is null").executeUpdate();
    }

    /**
     * The design changes of the user whose scope this is, bound to the persistence context as a service call binds it.
     * What is pending is written and the context emptied first: a find by id is answered from the context, and the
     * user is to find only what their own scope shows, as in a request of theirs.
     */
    private DesignChanges by(AccessScope scope) {
        return new DesignChanges(em, bound(scope));
    }

    /**
     * The scope bound to the persistence context as a service call binds it. What is pending is written and the
     * context emptied first: a find by id is answered from the context, and the user is to find only what their own
     * scope shows, as in a request of theirs.
     */
    private AccessScope bound(AccessScope scope) {
        em.flush();
        em.clear();
        scope.bindTo(em);
        return scope;
    }

    /**
     * Seed 004's assets, made through {@link AssetChanges} by the operator's administrator: each Northwind plant has a
     * hall with its machines and their work orders. Nina (group-level) was shown both plants, Oscar only his plant's
     * hall; one work order of Plant North is assigned to Oscar. The technician then writes notes and plans the work
     * ({@link #fieldWork}).
     */
    private void assets(UserAccount nina, UserAccount oscar, UserAccount technician, Company plantNorth, Company plantSouth) {
        AssetChanges assets = new AssetChanges(em, bound(studio));
        WorkOrderChanges orders = new WorkOrderChanges(em, studio);
        Asset north = assets.add(plantNorth.getId(), null, "PN", new AssetDetails("Plant North", "Site", "", "", "", "Harbour Road 12", "",
                AssetStatus.IN_SERVICE), now);
        Asset hall = assets.add(plantNorth.getId(), north.getId(), "PN-HA", new AssetDetails("Hall A", "Building", "", "", "", "North gate", "",
                AssetStatus.IN_SERVICE), now);
        Asset conveyor = assets.add(plantNorth.getId(), hall.getId(), "PN-CV3", new AssetDetails("Conveyor 3", "Conveyor", "Interroll",
                "RollerDrive EC5000", "IR-2291-0447", "Hall A, line 3", "Belt replaced in March.", AssetStatus.IN_SERVICE), now);
        Asset press = assets.add(plantNorth.getId(), hall.getId(), "PN-PR1", new AssetDetails("Press 1", "Hydraulic press", "Schuler",
                "MSD 630", "SCH-17-0932", "Hall A, bay 2", "", AssetStatus.OUT_OF_SERVICE), now);
        Asset office = assets.add(plantNorth.getId(), north.getId(), "PN-OF", new AssetDetails("Office building", "Building", "", "", "", "", "",
                AssetStatus.IN_SERVICE), now);
        Asset south = assets.add(plantSouth.getId(), null, "PS", new AssetDetails("Plant South", "Site", "", "", "", "Ring Street 4", "",
                AssetStatus.IN_SERVICE), now);
        Asset pressLine = assets.add(plantSouth.getId(), south.getId(), "PS-PL2", new AssetDetails("Press line 2", "Press line", "Schuler",
                "ServoLine 1600", "SCH-21-1180", "", "", AssetStatus.IN_SERVICE), now);
        WorkOrder belt = orders.add(conveyor.getId(), "Replace the drive belt", "Error E42 after the belt slipped.", WorkOrderType.CORRECTIVE,
                Priority.HIGH, now);
        WorkOrder inspection = orders.add(conveyor.getId(), "Quarterly inspection", "", WorkOrderType.INSPECTION, Priority.NORMAL, now);
        WorkOrder leak = orders.add(press.getId(), "Hydraulic leak at the main cylinder", "", WorkOrderType.CORRECTIVE, Priority.URGENT, now);
        WorkOrder airConditioning = orders.add(office.getId(), "Air conditioning service", "", WorkOrderType.PREVENTIVE, Priority.LOW, now);
        WorkOrder safetyCheck = orders.add(pressLine.getId(), "Yearly safety check", "", WorkOrderType.INSPECTION, Priority.NORMAL, now);
        assets.grant(north.getId(), nina.getId(), false);
        assets.grant(south.getId(), nina.getId(), false);
        assets.grant(hall.getId(), oscar.getId(), true);
        orders.grant(inspection.getId(), oscar.getId(), true);

        FieldWork work = new FieldWork(belt.getId(), inspection.getId(), leak.getId(), airConditioning.getId(), safetyCheck.getId(),
                north.getId(), hall.getId(), conveyor.getId(), press.getId(), office.getId());
        fieldWork(work, technician, nina.getId(), oscar.getId(), plantNorth.getId());
    }

    /** The ids of seed 004's work orders and Plant North's assets that the field work below plans. */
    private record FieldWork(long belt, long inspection, long leak, long airConditioning, long safetyCheck,
                             long north, long hall, long conveyor, long press, long office) {
    }

    /**
     * Seed 004's field work, by the technician as in their own requests: notes on work orders, public and internal;
     * the planning of this week and the next, some of it assigned to Oscar, some to Nina and some to nobody (work
     * orders planned through the planning, so that their entries exist); and tomorrow's tour of Plant North for Nina.
     */
    private void fieldWork(FieldWork work, UserAccount technician, long nina, long oscar, long plantNorth) {
        em.flush();
        AccessScope terry = AccessScope.compute(em, technician.getId());
        WorkOrderChanges orders = new WorkOrderChanges(em, bound(terry));
        orders.note(work.belt(), "The new belt is ordered; it arrives on Tuesday and we fit it the same day.", false, now.plusSeconds(60));
        orders.note(work.belt(), "Their own staff re-tensioned the belt last time: check the tensioner too, and bill it.", true, now.plusSeconds(120));
        orders.note(work.leak(), "The area around Press 1 stays closed until the seal is replaced.", false, now.plusSeconds(180));
        orders.note(work.leak(), "Seal kit SK-630 from our stock; the old seal failed early, report it to Schuler.", true, now.plusSeconds(240));
        orders.note(work.inspection(), "We bring the checklist; please have the line stopped from 10:00.", false, now.plusSeconds(300));

        PlanningChanges planning = new PlanningChanges(em, terry);
        long me = technician.getId();
        LocalDate monday = LocalDate.now(ZoneId.systemDefault()).with(DayOfWeek.MONDAY);
        planning.assign(planning.planWorkOrder(work.belt(), at(monday.plusDays(1), 9), 120, me, now).getId(), List.of(oscar));
        planning.assign(planning.planWorkOrder(work.leak(), at(monday.plusDays(1), 13), 240, me, now).getId(), List.of(nina));
        planning.assign(planning.planWorkOrder(work.inspection(), at(monday.plusDays(2), 10), 90, me, now).getId(), List.of(oscar));
        planning.add(work.north(), "Safety walk with the site manager", at(monday.plusDays(3), 14), 60, me, List.of(nina), now);
        planning.add(work.office(), "Check the fire doors", at(monday.plusDays(7), 13), 60, me, List.of(), now);
        planning.assign(planning.planWorkOrder(work.safetyCheck(), at(monday.plusDays(8), 9), 180, me, now).getId(), List.of(nina));
        planning.add(work.conveyor(), "Lubricate the rollers", at(monday.plusDays(9), 11), 45, me, List.of(oscar), now);
        planning.planWorkOrder(work.airConditioning(), at(monday.plusDays(10), 15), 60, me, now);

        planning.addTour(plantNorth, LocalDate.now(ZoneId.systemDefault()).plusDays(1), "Plant North round", me,
                List.of(work.hall(), work.conveyor(), work.press(), work.office()), List.of(nina), now);
    }

    /** That day at that hour, in the zone the pages show times in. */
    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** A new design of the site, added by the studio {@code daysAgo} days ago; its later steps follow a day or so apart. */
    private long design(Company site, String name, String code, String description, int daysAgo) {
        designTime = now.minus(Duration.ofDays(daysAgo));
        return by(studio).add(site.getId(), name, code, description, designTime).getId();
    }

    /** A new revision of the design's layer of that type, by the studio: the file's preview is made as for any upload. */
    private long upload(long design, long type, String fileName, byte[] content, String note) {
        return by(studio).upload(design, type, fileName, new ByteArrayInputStream(content), note, attachmentSettings.maxBytes(), next()).getId();
    }

    /** The studio moves the design through these statuses, one after the other. */
    private void move(long design, DesignStatus... statuses) {
        for (DesignStatus status : statuses) {
            by(studio).move(design, status, next());
        }
    }

    /** The contact decides on the design as their page showed it. */
    private void decide(AccessScope contact, long design, DesignDecision.Decision decision, String comment) {
        DesignChanges changes = by(contact);
        int seen = new DesignQueries(em).row(design).orElseThrow().version();
        changes.decide(design, decision, comment, seen, next());
    }

    /** An annotation's shape as the browser sends it: a rectangle on the preview, in its pixels (a pin is a small one). */
    private static String drawn(int x, int y, int width, int height) {
        return "{\"target\":{\"selector\":{\"type\":\"FragmentSelector\",\"value\":\"xywh=pixel:" + x + "," + y + "," + width + "," + height + "\"}}}";
    }

    /** When the design being made takes its next step: 19 hours after the one before. */
    private Instant next() {
        designTime = designTime.plus(Duration.ofHours(19));
        return designTime;
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
