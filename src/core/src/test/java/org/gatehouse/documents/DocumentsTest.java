package org.gatehouse.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.CustomerRecords;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.Customer;
import org.gatehouse.mail.Outboxes;
import org.gatehouse.notification.RecordNotifications;
import org.gatehouse.notification.RecordSight;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Documents and their versions as each kind of user sees and changes them: hidden until shared, shared ones
 * for the contacts whose companies include the customer, WRITE to change, mail about a shared version to who
 * sees it when the notification job dispatches its event, and the documentation snapshot's PDF.
 */
class DocumentsTest {

    private static final long MB = 1024 * 1024;
    private static final long RETAIL = 1_000_010;
    private static final long ALPHA = 1_000_020;
    private static final long ALPHA_SITE = 1_000_021;
    private static final long BETA = 1_000_022;
    private static final long STAFF = 2_000_001;
    private static final long READER = 2_000_002;
    private static final long PARTNER_USER = 2_000_003;
    private static final long ALICE = 3_000_000;
    private static final long PRINCIPAL = 3_000_001;
    private static final long SITE_CONTACT = 3_000_002;
    private static final long CARL = 3_000_003;
    private static final URI BACKOFFICE = URI.create("https://gatehouse.example/backoffice/");
    private static final URI PORTAL = URI.create("https://gatehouse.example/portal/");

    private Installation installation;

    /** Alpha with a site below it; Beta beside; staff WRITE and a reader READ on Retail, a partner READ on Alpha's tree. */
    @BeforeEach
    void retail() {
        installation = new Installation().group(RETAIL, "Retail", "4821")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(ALPHA_SITE, "Alpha Leeds", RETAIL, ALPHA).customer(BETA, "Beta Ltd", RETAIL, null)
                .staff(STAFF, false).staff(READER, false).partnerUser(PARTNER_USER)
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, RETAIL, READER, "READ")
                .grant(1_000_040, ALPHA, "READ")
                .contact(ALICE, ALPHA).contact(PRINCIPAL, ALPHA).contact(SITE_CONTACT, ALPHA_SITE).contact(CARL, BETA);
        installation.sql("update user_account set group_level = true where id = ?", PRINCIPAL);
        installation.sql("update company_access_grant set include_subtree = true");
        installation.sql("update user_account set case_mail = true where id in (?, ?, ?)", ALICE, PRINCIPAL, SITE_CONTACT);
    }

    @Test
    void aHiddenVersionIsTheBackOfficesAloneUntilSharedAndGoneAgainWhenHidden() {
        VersionRow hidden = upload(STAFF, ALPHA_SITE, "Maintenance contract", "contract.pdf", "%PDF-1.4 contract", false);

        assertThat(titles(ALICE)).isEmpty();
        assertThat(titles(PRINCIPAL)).as("a group-level contact above the site").isEmpty();
        assertThat(titles(SITE_CONTACT)).isEmpty();
        assertThat(seen(SITE_CONTACT, "DocumentVersion", hidden.id())).as("the version by id").isFalse();
        assertThat(seen(SITE_CONTACT, "Attachment", hidden.fileId())).as("its file by id").isFalse();
        assertThat(seen(SITE_CONTACT, "Document", hidden.documentId())).as("a document without a shared version").isFalse();
        assertThat(titles(READER)).as("READ staff see hidden versions").containsExactly("Maintenance contract v1");
        assertThat(titles(PARTNER_USER)).as("a partner whose grant reaches the site").containsExactly("Maintenance contract v1");
        assertThat(mails()).isZero();

        share(STAFF, hidden.id(), true);

        assertThat(titles(SITE_CONTACT)).containsExactly("Maintenance contract v1");
        assertThat(titles(PRINCIPAL)).as("the group-level contact's tree").containsExactly("Maintenance contract v1");
        assertThat(titles(ALICE)).as("Alice's company is above the site, she is not group-level").isEmpty();
        assertThat(titles(CARL)).isEmpty();
        assertThat(seen(SITE_CONTACT, "Attachment", hidden.fileId())).isTrue();
        assertThat(seen(SITE_CONTACT, "Document", hidden.documentId())).isTrue();
        assertThat(mails()).as("mail waits for the notification job").isZero();
        assertThat(events()).containsExactly("SHARED DocumentVersion " + hidden.id());

        dispatch();

        assertThat(installation.count("select count(*) from mail_outbox where record_type = 'DocumentVersion' and record_id = " + hidden.id()
                + " and recipient_id in (" + PRINCIPAL + ", " + SITE_CONTACT + ")")).as("the opted-in contacts who see it").isEqualTo(2);
        assertThat(mails()).isEqualTo(2);
        assertThat(installation.count("select count(*) from record_event where dispatched_at is null")).isZero();

        share(STAFF, hidden.id(), false);

        assertThat(titles(SITE_CONTACT)).isEmpty();
        assertThat(seen(SITE_CONTACT, "Attachment", hidden.fileId())).isFalse();
        assertThat(seen(SITE_CONTACT, "Document", hidden.documentId())).isFalse();
    }

    @Test
    void aNewVersionOfTheSameTitleJoinsItsDocumentAndOnlyTheSharedOnesReachContacts() {
        VersionRow first = upload(STAFF, ALPHA, "Price list", "prices-2026.txt", "prices", true);
        VersionRow second = upload(STAFF, ALPHA, " Price list ", "prices-2027.txt", "new prices", false);

        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.number()).isEqualTo(2);
        assertThat(titles(ALICE)).containsExactly("Price list v1");
        assertThat(titles(STAFF)).containsExactly("Price list v2", "Price list v1");
        assertThat(events()).as("a version shared as it is added; none for the hidden one").containsExactly("SHARED DocumentVersion " + first.id());
        long counted = Installation.as(ALICE, (em, scope) -> new DocumentQueries(em).count(new DocumentFilter(null, "prices-2027")));
        assertThat(counted).as("a hidden version is not found by search either").isZero();
        long found = Installation.as(ALICE, (em, scope) -> new DocumentQueries(em).count(new DocumentFilter(null, "PRICES-2026")));
        assertThat(found).isEqualTo(1);
    }

    @Test
    void aSharedVersionIsMailedWithItsTitleFileNoteAndTheLinkToTheDocumentation() {
        VersionRow shared = Installation.as(STAFF, (em, scope) -> {
            DocumentVersion version = changes(em, scope).addVersion(ALPHA, "Price list", DocumentVersion.Kind.UPLOAD, "prices-2026.txt",
                    new ByteArrayInputStream("prices".getBytes(StandardCharsets.UTF_8)), "Valid from May", true, Instant.now());
            em.flush();
            return new DocumentQueries(em).row(version.getId()).orElseThrow();
        });

        dispatch();

        assertThat(recipients()).as("Alpha's contacts who want mail; not the site's, not Beta's").containsExactly(ALICE, PRINCIPAL);
        assertThat(single("select subject from mail_outbox where recipient_id = " + ALICE)).isEqualTo("Document shared with you: Price list");
        assertThat(single("select body from mail_outbox where recipient_id = " + ALICE)).isEqualTo("Hello Contact " + ALICE + ",\n\n"
                + "version 1 of \"Price list\" (prices-2026.txt) is now in your documentation:\n" + PORTAL + "documents.xhtml\n\n"
                + "Note: Valid from May\n\n"
                + "You get this mail because you chose mail about your cases and documents (My account).\n");
        assertThat(single("select record_type || ' ' || record_id from mail_outbox where recipient_id = " + ALICE))
                .isEqualTo("DocumentVersion " + shared.id());
    }

    @Test
    void aContactWhoNoLongerSeesTheVersionWhenItsEventIsDispatchedGetsNothing() {
        VersionRow version = upload(STAFF, ALPHA, "Maintenance contract", "contract.pdf", "%PDF-1.4 contract", false);
        share(STAFF, version.id(), true);
        share(STAFF, version.id(), false);

        dispatch();

        assertThat(mails()).as("hidden again before the job came round").isZero();
        assertThat(installation.count("select count(*) from record_event where dispatched_at is null")).isZero();

        share(STAFF, version.id(), true);
        dispatch();

        assertThat(recipients()).as("shared again, and still shared when dispatched").containsExactly(ALICE, PRINCIPAL);
    }

    @Test
    void onlyWriteChangesDocumentsAndBadInputChangesNothing() {
        VersionRow row = upload(STAFF, ALPHA, "Safety sheet", "sheet.txt", "careful", false);

        assertThatThrownBy(() -> upload(READER, ALPHA, "Reader's", "r.txt", "x", false)).isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> upload(PARTNER_USER, ALPHA, "Partner's", "p.txt", "x", false)).as("the partner has READ").isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> share(READER, row.id(), true)).isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> changes(em, scope.readOnly()).share(row.id(), true, Instant.now())))
                .as("view as").isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> upload(STAFF, ALPHA, "  ", "blank.txt", "x", false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new DocumentChanges(em, scope, MB)
                .addVersion(ALPHA, "Too large", DocumentVersion.Kind.UPLOAD, "big.bin", new ByteArrayInputStream(new byte[(int) MB + 1]),
                        "", true, Instant.now()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("larger than");

        assertThat(titles(STAFF)).containsExactly("Safety sheet v1");
        assertThat(installation.count("select count(*) from document")).isEqualTo(1);
        assertThat(installation.count("select count(*) from attachment")).isEqualTo(1);
        assertThat(installation.count("select count(*) from document_version where audience = 'CUSTOMER'")).isZero();
        assertThat(events()).as("no event of a refused change").isEmpty();
    }

    @Test
    void theSnapshotIsAPdfOfTheCustomersTreeContactsAndOpenCases() throws Exception {
        installation.supportCase(5_000_000, ALICE, "Printer jams");
        String html = Installation.as(STAFF, (em, scope) -> DocumentationSnapshot.html(em, em.find(Customer.class, ALPHA), Instant.now()));
        byte[] pdf = DocumentationSnapshot.pdf(html);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Alpha Ltd", "Alpha Leeds", "Contact 3000000", "contact3000000@customer.test", "Printer jams")
                .doesNotContain("Beta Ltd");
    }

    private VersionRow upload(long user, long customer, String title, String fileName, String content, boolean shared) {
        return Installation.as(user, (em, scope) -> {
            DocumentVersion version = changes(em, scope).addVersion(customer, title, DocumentVersion.Kind.UPLOAD, fileName,
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "", shared, Instant.now());
            em.flush();
            return new DocumentQueries(em).row(version.getId()).orElseThrow();
        });
    }

    private void share(long user, long version, boolean shared) {
        Installation.as(user, (em, scope) -> changes(em, scope).share(version, shared, Instant.now()));
    }

    private static DocumentChanges changes(EntityManager em, AccessScope scope) {
        return new DocumentChanges(em, scope, 25 * MB);
    }

    /** Dispatches the waiting events one transaction each, as the notification job does. */
    private static void dispatch() {
        RecordSight sight = new RecordSight(EmbeddedDatabase.entityManagerFactory());
        while (Installation.inTransaction(em -> new RecordNotifications(em, sight, Outboxes.writingTo(em), BACKOFFICE, PORTAL, Clock.systemUTC())
                .dispatchNext())) {
            // one event each time round
        }
    }

    /** "Title vN" of every version the user sees, newest first. */
    private static List<String> titles(long user) {
        return Installation.as(user, (em, scope) -> new DocumentQueries(em).page(new DocumentFilter(null, null), 0, 50).stream()
                .map(row -> row.title() + " v" + row.number()).toList());
    }

    private static boolean seen(long user, String recordType, long id) {
        return Installation.as(user, (em, scope) -> CustomerRecords.visible(em, recordType, id));
    }

    private long mails() {
        return installation.count("select count(*) from mail_outbox where record_type = 'DocumentVersion'");
    }

    /** The recipients of mail about versions, in id order. */
    private static List<Long> recipients() {
        return Installation.inTransaction(em -> ((List<?>) em.createNativeQuery("select recipient_id from mail_outbox where record_type = 'DocumentVersion' order by recipient_id")
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList());
    }

    /** "KIND type id" of every event, oldest first. */
    private static List<String> events() {
        return Installation.inTransaction(em -> ((List<?>) em.createNativeQuery("select kind || ' ' || record_type || ' ' || record_id from record_event order by id")
                .getResultList()).stream().map(String::valueOf).toList());
    }

    private static String single(String sql) {
        return Installation.inTransaction(em -> (String) em.createNativeQuery(sql).getSingleResult());
    }
}
