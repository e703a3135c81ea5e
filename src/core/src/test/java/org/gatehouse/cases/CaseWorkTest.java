package org.gatehouse.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.ContentTypes;
import org.gatehouse.files.FileNames;
import org.gatehouse.files.NewFile;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Working on cases as each kind of user: the list filters inside the scope, comments and internal notes with
 * their files, status and assignment, the events they leave, and the attachment store on PostgreSQL large objects.
 */
class CaseWorkTest {

    private static final long MB = 1024 * 1024;
    private static final long RETAIL = 1_000_010;
    private static final long EDUCATION = 1_000_011;
    private static final long ALPHA = 1_000_020;
    private static final long BETA = 1_000_021;
    private static final long ALMOND = 1_000_022;
    private static final long ADMIN = 2_000_000;
    private static final long STAFF = 2_000_001;
    private static final long READER = 2_000_002;
    private static final long PARTNER_USER = 2_000_003;
    private static final long ALICE = 3_000_000;
    private static final long ANNA = 3_000_001;
    private static final long TEACHER = 3_000_002;
    private static final long ALPHA_PRINTER = 5_000_000;
    private static final long ALPHA_VISIT = 5_000_001;
    private static final long BETA_SCANNER = 5_000_002;
    private static final long ALMOND_PROJECTOR = 5_000_003;

    private Installation installation;

    /** Staff with WRITE on Retail (Alpha, Beta) and READ on Education (Almond); a partner with WRITE on Alpha only. */
    @BeforeEach
    void retailAndEducation() {
        installation = new Installation().group(RETAIL, "Retail", "4821").group(EDUCATION, "Education", "1207")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(BETA, "Beta Ltd", RETAIL, null).customer(ALMOND, "Almond School", EDUCATION, null)
                .staff(ADMIN, true).staff(STAFF, false).staff(READER, false).partnerUser(PARTNER_USER)
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, EDUCATION, STAFF, "READ")
                .membership(1_000_032, RETAIL, READER, "READ")
                .grant(1_000_040, ALPHA, "WRITE")
                .contact(ALICE, ALPHA).contact(ANNA, ALPHA).contact(TEACHER, ALMOND)
                .supportCase(ALPHA_PRINTER, ALICE, "Printer jams").supportCase(ALPHA_VISIT, ANNA, "Quarterly visit")
                .supportCase(ALMOND_PROJECTOR, TEACHER, "Projector has no signal");
        installation.sql("insert into user_account (id, email, display_name, kind, company_id) values (?, 'carl@beta.test', 'Carl', 'CUSTOMER', ?)", 3_000_003L, BETA);
        installation.supportCase(BETA_SCANNER, 3_000_003L, "Scanner misreads");
        installation.sql("update support_case set type = 'VISIT_REQUEST' where id = ?", ALPHA_VISIT);
        installation.sql("update support_case set type = 'INCIDENT_REPORT' where id = ?", BETA_SCANNER);
        installation.sql("update support_case set assignee_id = ? where id in (?, ?)", STAFF, ALPHA_PRINTER, ALMOND_PROJECTOR);
        installation.sql("update support_case set assignee_id = ? where id = ?", ADMIN, BETA_SCANNER);
    }

    @Test
    void theListFiltersByGroupTypeAndAssigneeOnlyInsideTheScope() {
        CaseFilter education = filter(null, EDUCATION, null, null, false);
        assertThat(titles(STAFF, education)).containsExactly("Projector has no signal");
        assertThat(titles(PARTNER_USER, education)).as("the partner sees no Education customer").isEmpty();
        assertThat(titles(ADMIN, filter(null, RETAIL, null, null, false))).containsExactly("Printer jams", "Quarterly visit", "Scanner misreads");

        assertThat(titles(STAFF, filter(null, null, CaseType.INCIDENT_REPORT, null, false))).containsExactly("Scanner misreads");
        assertThat(titles(PARTNER_USER, filter(null, null, CaseType.INCIDENT_REPORT, null, false))).as("Beta is not granted").isEmpty();
        assertThat(titles(PARTNER_USER, filter(null, null, CaseType.VISIT_REQUEST, null, false))).containsExactly("Quarterly visit");

        assertThat(titles(STAFF, filter(null, null, null, STAFF, false))).containsExactly("Printer jams", "Projector has no signal");
        assertThat(titles(PARTNER_USER, filter(null, null, null, STAFF, false))).containsExactly("Printer jams");
        assertThat(titles(STAFF, filter(null, null, null, null, true))).containsExactly("Quarterly visit");
        assertThat(titles(ALICE, filter(null, null, null, STAFF, false))).as("a contact's own case, whoever works on it").containsExactly("Printer jams");
        assertThat(titles(READER, filter("bet", null, null, null, false))).as("customer name").containsExactly("Scanner misreads");

        List<Long> assignees = Installation.as(PARTNER_USER, (em, scope) -> new CaseQueries(em).assignees().stream().map(u -> u.getId()).toList());
        assertThat(assignees).as("the assignee choices come from the cases in scope").containsExactly(STAFF);
        List<Long> groups = Installation.as(PARTNER_USER, (em, scope) -> new CaseQueries(em).customerGroups().stream().map(g -> g.getId()).toList());
        assertThat(groups).containsExactly(RETAIL);
        long counted = Installation.as(STAFF, (em, scope) -> new CaseQueries(em).count(filter(null, null, null, STAFF, false)));
        assertThat(counted).isEqualTo(2);
    }

    @Test
    void anInternalNoteAndItsFilesAreSeenInTheBackOfficeButNeverByContacts() {
        CaseComment note = as(STAFF, changes -> changes.comment(ALPHA_PRINTER, "Vendor knows the fault", true, List.of(text("vendor.txt", "ticket 99")), token(), now()));
        CaseComment reply = as(STAFF, changes -> changes.comment(ALPHA_PRINTER, "We are on it", false, List.of(text("steps.txt", "turn it off")), token(), now()));

        assertThat(comments(ALICE)).containsExactly("We are on it");
        assertThat(files(ALICE)).containsExactly("steps.txt");
        long noteFile = Installation.as(STAFF, (em, scope) -> new CaseQueries(em).attachments(ALPHA_PRINTER).get(0).getId());
        boolean noteFileSeen = Installation.as(ALICE, (em, scope) -> em.find(Attachment.class, noteFile) != null);
        assertThat(noteFileSeen).as("the note's file by id").isFalse();
        long replyFile = Installation.as(STAFF, (em, scope) -> new CaseQueries(em).attachments(ALPHA_PRINTER).get(1).getId());
        boolean replyFileSeen = Installation.as(ALICE, (em, scope) -> em.find(Attachment.class, replyFile) != null);
        assertThat(replyFileSeen).as("the reply's file by id").isTrue();

        assertThat(comments(PARTNER_USER)).as("partners see internal notes (ACCESS-MODEL)").containsExactly("Vendor knows the fault", "We are on it");
        assertThat(files(READER)).containsExactly("vendor.txt", "steps.txt");
        assertThat(comments(3_000_003L)).as("another customer's contact").isEmpty();
        assertThat(events()).containsExactly("COMMENTED " + note.getId(), "COMMENTED " + reply.getId());
    }

    @Test
    void whoMayCommentCloseAndAssign() {
        assertThatThrownBy(() -> as(ALICE, changes -> changes.comment(ALPHA_PRINTER, "psst", true, List.of(), token(), now())))
                .as("a contact writes no internal note").isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> as(READER, changes -> changes.comment(ALPHA_PRINTER, "hello", false, List.of(), token(), now())))
                .as("READ staff").isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> as(READER, changes -> changes.assign(ALPHA_PRINTER, READER, version(ALPHA_PRINTER), now()))).isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> as(ANNA, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.CLOSED, version(ALPHA_PRINTER), now())))
                .as("Anna does not see Alice's case").hasMessageContaining("not found");
        assertThatThrownBy(() -> as(ALICE, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.IN_PROGRESS, version(ALPHA_PRINTER), now())))
                .as("a contact only closes and reopens").isInstanceOf(WriteNotAllowedException.class);
        assertThatCode(() -> as(STAFF, changes -> changes.assign(ALPHA_PRINTER, READER, version(ALPHA_PRINTER), now())))
                .as("READ members may be assigned").doesNotThrowAnyException();
        assertThatThrownBy(() -> as(STAFF, changes -> changes.assign(ALMOND_PROJECTOR, STAFF, version(ALMOND_PROJECTOR), now())))
                .as("READ on Education: no assigning there").isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> as(PARTNER_USER, changes -> changes.assign(ALPHA_PRINTER, PARTNER_USER, version(ALPHA_PRINTER), now())))
                .as("only internal users are assigned").isInstanceOf(InvalidInputException.class);
        installation.sql("update user_account set active = false where id = ?", READER);
        assertThatThrownBy(() -> as(STAFF, changes -> changes.assign(ALPHA_VISIT, READER, version(ALPHA_VISIT), now())))
                .as("an inactive user").isInstanceOf(InvalidInputException.class);
        assertThat(events()).containsExactly("ASSIGNED Staff " + READER);

        as(ALICE, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.CLOSED, version(ALPHA_PRINTER), now()));
        as(ALICE, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.OPEN, version(ALPHA_PRINTER), now()));
        as(ADMIN, changes -> changes.assign(ALPHA_PRINTER, null, version(ALPHA_PRINTER), now()));
        assertThat(events()).containsExactly("ASSIGNED Staff " + READER, "STATUS_CHANGED Closed", "STATUS_CHANGED Open", "ASSIGNED null");
    }

    @Test
    void aContactSubmitsACaseForTheirCompanyWithFilesAndBadInputChangesNothing() {
        Case created = as(ALICE, changes -> changes.submit(CaseType.SERVICE_REQUEST, "  New till  ", "For the second counter",
                List.of(text("C:\\Users\\alice\\till\u0007.txt", "model 7")), token(), now()));

        assertThat(created.getCustomerId()).isEqualTo(ALPHA);
        assertThat(created.getRequesterId()).isEqualTo(ALICE);
        assertThat(created.getTitle()).isEqualTo("New till");
        assertThat(files(ALICE, created.getId())).containsExactly("till_.txt");
        assertThat(titles(ANNA, CaseFilter.ALL)).as("Anna sees only her own").containsExactly("Quarterly visit");

        long cases = installation.count("select count(*) from support_case");
        assertThatThrownBy(() -> as(ALICE, changes -> changes.submit(CaseType.CASE, " ", "", List.of(), token(), now())))
                .isInstanceOf(InvalidInputException.class).hasMessage("Please give the case a title.");
        assertThatThrownBy(() -> as(ALICE, changes -> changes.submit(CaseType.CASE, "x".repeat(201), "", List.of(), token(), now())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(STAFF, changes -> changes.submit(CaseType.CASE, "Staff are no contacts", "", List.of(), token(), now())))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThat(installation.count("select count(*) from support_case")).isEqualTo(cases);
        assertThat(events()).containsExactly("CREATED null");
    }

    @Test
    void staffAndPartnersWithWriteOpenACaseForACustomerWithoutARequester() {
        Case opened = as(PARTNER_USER, changes -> changes.open(ALPHA, CaseType.VISIT_REQUEST, "Yearly check", "", List.of(), token(), now()));

        assertThat(opened.getCustomerId()).isEqualTo(ALPHA);
        assertThat(opened.getRequesterId()).isNull();
        assertThatThrownBy(() -> as(STAFF, changes -> changes.open(ALMOND, CaseType.CASE, "READ only", "", List.of(), token(), now())))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> as(PARTNER_USER, changes -> changes.open(BETA, CaseType.CASE, "Not granted", "", List.of(), token(), now())))
                .as("a customer outside the scope does not exist").hasMessageContaining("not found");
        assertThatThrownBy(() -> as(ALICE, changes -> changes.open(ALPHA, CaseType.CASE, "Contacts submit", "", List.of(), token(), now())))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThat(titles(ANNA, CaseFilter.ALL)).as("no requester: not Anna's own").containsExactly("Quarterly visit");
    }

    @Test
    void aFileOfSeveralMegabytesComesBackByteForByteWithItsTypeFromTheBytes() {
        byte[] png = new byte[3 * (int) MB + 12345];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);

        AttachmentStore.Stored stored = Installation.as(STAFF, (em, scope) ->
                new AttachmentStore(em).write("photo.pdf", new ByteArrayInputStream(png), 25 * MB));

        assertThat(stored.size()).isEqualTo(png.length);
        assertThat(stored.contentType()).as("the bytes, not the name").isEqualTo("image/png");
        byte[] read = Installation.as(STAFF, (em, scope) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AttachmentStore store = new AttachmentStore(em);
            byte[] piece;
            for (long offset = 0; (piece = store.read(stored.oid(), offset, AttachmentStore.PIECE)).length > 0; offset += piece.length) {
                out.writeBytes(piece);
            }
            return out.toByteArray();
        });
        assertThat(read).isEqualTo(png);
    }

    @Test
    void aChangeFromAPageOpenedBeforeSomeoneElsesChangeIsRefusedAndOverwritesNothing() {
        int seenByBoth = version(ALPHA_PRINTER);
        as(STAFF, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.IN_PROGRESS, seenByBoth, now()));

        assertThatThrownBy(() -> as(ADMIN, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.WAITING, seenByBoth, now())))
                .isInstanceOf(CaseChangedException.class).hasMessageContaining("Someone changed this case while you had it open");
        assertThatThrownBy(() -> as(ADMIN, changes -> changes.assign(ALPHA_PRINTER, READER, seenByBoth, now())))
                .as("assignment too").isInstanceOf(CaseChangedException.class);
        assertThatThrownBy(() -> as(ALICE, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.CLOSED, seenByBoth, now())))
                .as("and a contact closing it").isInstanceOf(CaseChangedException.class);
        assertThat(installation.count("select count(*) from support_case where id = " + ALPHA_PRINTER
                + " and status = 'IN_PROGRESS' and assignee_id = " + STAFF)).as("the first change stands").isEqualTo(1);
        assertThat(events()).containsExactly("STATUS_CHANGED In progress");

        int seenNow = version(ALPHA_PRINTER);
        as(ADMIN, changes -> changes.assign(ALPHA_PRINTER, READER, seenNow, now()));
        assertThat(events()).as("from the page showing the case as it is now").containsExactly("STATUS_CHANGED In progress", "ASSIGNED Staff " + READER);
        as(STAFF, changes -> changes.comment(ALPHA_PRINTER, "Parts ordered", false, List.of(), token(), now()));
        assertThatThrownBy(() -> as(ADMIN, changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.CLOSED, seenNow + 1, now())))
                .as("a comment since is a change too").isInstanceOf(CaseChangedException.class);
    }

    @Test
    void theSameCaseFormSentTwiceMakesOneCase() {
        String form = token();
        Case first = as(ALICE, changes -> changes.submit(CaseType.CASE, "Till prints blank receipts", "", List.of(text("receipt.txt", "blank")), form, now()));
        Case again = as(ALICE, changes -> changes.submit(CaseType.CASE, "Till prints blank receipts", "", List.of(text("receipt.txt", "blank")), form, now()));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(installation.count("select count(*) from support_case where title = 'Till prints blank receipts'")).isEqualTo(1);
        assertThat(files(ALICE, first.getId())).containsExactly("receipt.txt");
        assertThat(events()).containsExactly("CREATED null");

        Case opened = as(STAFF, changes -> changes.open(BETA, CaseType.CASE, "Scanner service", "", List.of(), form.toUpperCase(), now()));
        assertThat(as(STAFF, changes -> changes.open(BETA, CaseType.CASE, "Scanner service", "", List.of(), form.toUpperCase(), now())).getId())
                .isEqualTo(opened.getId());
        Case other = as(ALICE, changes -> changes.submit(CaseType.CASE, "Till prints blank receipts", "", List.of(), token(), now()));
        assertThat(other.getId()).as("another form is another case, even with the same text").isNotEqualTo(first.getId());
        assertThatThrownBy(() -> as(ALICE, changes -> changes.submit(CaseType.CASE, "No token", "", List.of(), " ", now())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("This form is out of date");
    }

    @Test
    void theSameCommentFormSentTwiceAddsOneComment() {
        String form = token();
        CaseComment first = as(ALICE, changes -> changes.comment(ALPHA_PRINTER, "It jams on A5", false, List.of(text("jam.txt", "A5")), form, now()));
        CaseComment again = as(ALICE, changes -> changes.comment(ALPHA_PRINTER, "It jams on A5", false, List.of(text("jam.txt", "A5")), form, now()));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(comments(ALICE)).containsExactly("It jams on A5");
        assertThat(files(ALICE)).containsExactly("jam.txt");
        assertThat(events()).containsExactly("COMMENTED " + first.getId());
        as(ALICE, changes -> changes.comment(ALPHA_PRINTER, "It jams on A5", false, List.of(), token(), now()));
        assertThat(comments(ALICE)).as("a new form is a new comment").hasSize(2);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsStored() {
        long largeObjects = installation.count("select count(*) from pg_largeobject_metadata");
        long attachments = installation.count("select count(*) from attachment");

        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> new CaseChanges(em, scope, 2 * MB)
                .comment(ALPHA_PRINTER, "Two files", false, List.of(text("small.txt", "ok"), new NewFile("big.bin",
                        () -> new ByteArrayInputStream(new byte[3 * (int) MB]))), token(), now())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("big.bin is larger than 2 MB, the largest file Gatehouse takes. Nothing was saved.");

        assertThat(installation.count("select count(*) from pg_largeobject_metadata")).isEqualTo(largeObjects);
        assertThat(installation.count("select count(*) from attachment")).isEqualTo(attachments);
        assertThat(comments(ALICE)).isEmpty();
    }

    @Test
    void contentTypesComeFromTheBytesAndFileNamesLoseTheirPaths() {
        assertThat(detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "scan.bin")).isEqualTo("application/pdf");
        assertThat(detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, "photo")).isEqualTo("image/jpeg");
        assertThat(detect(zip("[Content_Types].xml", "word/document.xml"), "offer.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect(zip("[Content_Types].xml", "word/document.xml"), "offer")).as("a container of no known kind").isEqualTo(ContentTypes.OCTET_STREAM);
        assertThat(detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "offer.docx")).as("the name does not overrule the bytes").isEqualTo("application/pdf");
        assertThat(detect("Grüße aus Köln\r\n".getBytes(StandardCharsets.UTF_8), "notes.txt")).isEqualTo(ContentTypes.TEXT);
        assertThat(detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "page.html")).as("never served as HTML").isEqualTo(ContentTypes.TEXT);
        assertThat(detect("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8), "logo.svg"))
                .as("nor as SVG").isEqualTo(ContentTypes.TEXT);
        assertThat(detect(new byte[] {0, 1, 2, 3, (byte) 0xfe}, "data")).isEqualTo(ContentTypes.OCTET_STREAM);

        assertThat(FileNames.sanitized("/etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitized("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(FileNames.sanitized("report\r\n\"final\".pdf")).isEqualTo("report___final_.pdf");
        assertThat(FileNames.sanitized("...")).isEqualTo("file");
        assertThat(FileNames.sanitized("a".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    private static String detect(byte[] bytes, String fileName) {
        return ContentTypes.detect(bytes, bytes.length, fileName);
    }

    /** A ZIP file holding empty entries of these names. */
    private static byte[] zip(String... names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static NewFile text(String name, String content) {
        return new NewFile(name, () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String token() {
        return java.util.UUID.randomUUID().toString();
    }

    /** The case's version as a page opened now would show it. */
    private int version(long caseId) {
        return (int) installation.count("select version from support_case where id = " + caseId);
    }

    private static Instant now() {
        return Instant.now();
    }

    @Test
    void aViewAsSessionSubmitsCommentsAndClosesNothing() {
        java.util.function.Function<CaseChanges, Object> submit = changes -> changes.submit(CaseType.CASE, "Viewing as", "", List.of(), token(), now());
        java.util.function.Function<CaseChanges, Object> comment = changes -> changes.comment(ALPHA_PRINTER, "Viewing as", false, List.of(), token(), now());
        java.util.function.Function<CaseChanges, Object> close = changes -> changes.changeStatus(ALPHA_PRINTER, CaseStatus.CLOSED, 0, now());
        for (java.util.function.Function<CaseChanges, Object> write : List.of(submit, comment, close)) {
            assertThatThrownBy(() -> viewingAs(ALICE, write)).isInstanceOf(WriteNotAllowedException.class);
        }
        assertThat(installation.count("select count(*) from support_case")).isEqualTo(4);
        assertThat(installation.count("select count(*) from case_comment")).isZero();
        assertThat(installation.count("select count(*) from support_case where status = 'CLOSED'")).isZero();
    }

    /** As the user's own scope made read-only, the way the portal's "view as" session computes it. */
    private static <T> T viewingAs(long user, java.util.function.Function<CaseChanges, T> change) {
        return Installation.as(user, (em, scope) -> change.apply(new CaseChanges(em, scope.readOnly(), 25 * MB)));
    }

    private static <T> T as(long user, java.util.function.Function<CaseChanges, T> change) {
        return Installation.as(user, (em, scope) -> change.apply(new CaseChanges(em, scope, 25 * MB)));
    }

    private static CaseFilter filter(String customerName, Long group, CaseType type, Long assignee, boolean unassigned) {
        return new CaseFilter(null, customerName, group, null, null, type, assignee, unassigned, null, null);
    }

    private static List<String> titles(long user, CaseFilter filter) {
        return Installation.as(user, (em, scope) -> new CaseQueries(em).page(filter.forViewer(user), 0, 100, CaseSort.TITLE, true)
                .stream().map(CaseRow::getTitle).toList());
    }

    private static List<String> comments(long user) {
        return Installation.as(user, (em, scope) -> new CaseQueries(em).comments(ALPHA_PRINTER).stream().map(CaseComment::getBody).toList());
    }

    private static List<String> files(long user) {
        return files(user, ALPHA_PRINTER);
    }

    private static List<String> files(long user, long caseId) {
        return Installation.as(user, (em, scope) -> new CaseQueries(em).attachments(caseId).stream().map(Attachment::getFileName).toList());
    }

    private List<String> events() {
        List<String> events = new java.util.ArrayList<>();
        try (var connection = org.gatehouse.testing.EmbeddedDatabase.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("select kind, coalesce(comment_id::text, detail) from record_event where record_type = 'SupportCase' order by id")) {
            while (rows.next()) {
                events.add(rows.getString(1) + " " + rows.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }
}
