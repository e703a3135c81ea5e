package org.gatehouse.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.mail.Outboxes;
import org.gatehouse.notification.RecordNotifications;
import org.gatehouse.notification.RecordSight;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Designs as each kind of user sees and changes them: a contact sees a design only in a status their customer
 * group shows, the moment a status or a setting changes; statuses move only along the allowed steps; only WRITE
 * changes designs and only an administrator what customers see.
 */
class DesignsTest {

    private static final long RETAIL = 1_000_010;
    private static final long PACKAGING = 1_000_011;
    private static final long ALPHA = 1_000_020;
    private static final long BOXCO = 1_000_021;
    private static final long ADMIN = 2_000_000;
    private static final long STAFF = 2_000_001;
    private static final long READER = 2_000_002;
    private static final long BOXCO_PLANT = 1_000_022;
    private static final long ALICE = 3_000_000;
    private static final long PAUL = 3_000_001;
    private static final long PIA = 3_000_002;
    private static final long ARTWORK = 1;
    private static final long MANUFACTURING = 3;

    private final Installation installation = new Installation();

    @BeforeEach
    void twoGroups() {
        installation.group(RETAIL, "Retail", "4821").group(PACKAGING, "Packaging", "5500")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(BOXCO, "BoxCo", PACKAGING, null)
                .staff(ADMIN, true).staff(STAFF, false).staff(READER, false)
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, PACKAGING, STAFF, "WRITE")
                .membership(1_000_032, RETAIL, READER, "READ").membership(1_000_033, PACKAGING, READER, "READ")
                .customer(BOXCO_PLANT, "BoxCo Plant", PACKAGING, BOXCO)
                .contact(ALICE, ALPHA).contact(PAUL, BOXCO).contact(PIA, BOXCO_PLANT);
        installation.sql("update user_account set approves_designs = true where id in (?, ?)", PAUL, PIA);
        defaultStatuses();
    }

    /** The installation's default (V21), also again for the tests that come after. */
    @AfterEach
    void defaultStatuses() {
        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showInstallationWide(EnumSet.of(DesignStatus.READY_FOR_REVIEW, DesignStatus.APPROVED, DesignStatus.ACTIVE));
            return null;
        });
    }

    @Test
    void aContactSeesADesignOnlyInAStatusTheirGroupShows() {
        long box = add(ALPHA, "Cereal box", "CB-1");
        assertThat(names(ALICE)).as("a draft").isEmpty();
        assertThat(names(STAFF)).containsExactly("Cereal box");
        assertThat(names(READER)).containsExactly("Cereal box");

        move(box, DesignStatus.IN_PROGRESS);
        move(box, DesignStatus.READY_FOR_REVIEW);
        assertThat(names(ALICE)).containsExactly("Cereal box");
        assertThat(names(PAUL)).as("another customer's").isEmpty();

        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showToGroup(RETAIL, EnumSet.of(DesignStatus.ACTIVE));
            return null;
        });
        assertThat(names(ALICE)).as("Retail shows active designs only").isEmpty();
        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showToGroup(RETAIL, null);
            return null;
        });
        assertThat(names(ALICE)).as("Retail follows the installation again").containsExactly("Cereal box");
        Installation.as(ADMIN, (em, scope) -> {
            new DesignChanges(em, scope).showInstallationWide(Set.of());
            return null;
        });
        assertThat(names(ALICE)).as("the installation shows no status").isEmpty();
    }

    @Test
    void statusesMoveOnlyAlongTheAllowedStepsAndOnlyWithWrite() {
        long box = add(BOXCO, "Shoe box", "SB-1");

        assertThatThrownBy(() -> move(box, DesignStatus.APPROVED)).as("approved only from ready for review")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("draft cannot become approved");
        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> new DesignChanges(em, scope).add(ALPHA, "Tray", "T-1", "", Instant.now())))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new DesignChanges(em, scope).showInstallationWide(Set.of(DesignStatus.DRAFT));
            return null;
        })).as("only an administrator").isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> add(BOXCO, "Another", "SB-1")).isInstanceOf(InvalidInputException.class).hasMessageContaining("SB-1");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).add(BOXCO, "Long", "L-1", "x".repeat(4001), Instant.now())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 4000");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope.readOnly()).move(box, DesignStatus.IN_PROGRESS, Instant.now())))
                .as("view as").isInstanceOf(WriteNotAllowedException.class);

        DesignStatus status = Installation.as(STAFF, (em, scope) -> em.find(Design.class, box).getStatus());
        assertThat(status).isEqualTo(DesignStatus.DRAFT);
    }

    @Test
    void aContactSeesOnlyTheLayerTypesTheirCustomerOrACompanyAboveItAllows() {
        long box = add(BOXCO_PLANT, "Shoe box", "SB-1");
        long artwork = upload(box, ARTWORK, "artwork.png", png(300, 200));
        long drawing = upload(box, MANUFACTURING, "drawing.png", png(300, 200));
        move(box, DesignStatus.IN_PROGRESS);
        move(box, DesignStatus.READY_FOR_REVIEW);
        assertThat(revisions(PIA)).as("no layer type allowed yet").isEmpty();
        assertThat(names(PIA)).as("the design itself is in sight").containsExactly("Shoe box");

        Installation.as(STAFF, (em, scope) -> {
            new DesignChanges(em, scope).allowLayerTypes(BOXCO, List.of(ARTWORK));
            return null;
        });
        assertThat(revisions(PIA)).as("BoxCo's choice holds for its plant").containsExactly(artwork);
        assertThat(revisions(PAUL)).as("a contact of BoxCo does not see the plant's designs").isEmpty();
        assertThat(revisions(STAFF)).containsExactlyInAnyOrder(artwork, drawing);
        assertThat(files(PIA)).as("the allowed layer's file and preview").hasSize(2);

        Installation.as(STAFF, (em, scope) -> {
            new DesignChanges(em, scope).allowLayerTypes(BOXCO, List.of());
            return null;
        });
        assertThat(revisions(PIA)).isEmpty();
        assertThat(files(PIA)).isEmpty();
        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> {
            new DesignChanges(em, scope).allowLayerTypes(ALPHA, List.of(ARTWORK));
            return null;
        })).isInstanceOf(WriteNotAllowedException.class);
    }

    @Test
    void anUploadKeepsEarlierRevisionsMakesAPreviewAndIsRefusedWhileTheDesignIsReviewed() {
        long box = add(BOXCO, "Shoe box", "SB-1");
        upload(box, ARTWORK, "artwork.png", png(2400, 1200));
        long second = upload(box, ARTWORK, "artwork-2.pdf", pdf());
        upload(box, MANUFACTURING, "drawing.dxf", "0\nSECTION\n".getBytes());

        List<LayerRow> latest = Installation.as(STAFF, (em, scope) -> new DesignQueries(em).latestLayers(List.of(box)));
        assertThat(latest).extracting(LayerRow::typeName, LayerRow::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Manufacturing drawing", 1), org.assertj.core.groups.Tuple.tuple("One-up artwork", 2));
        assertThat(latest.get(0).previewId()).as("no preview of a drawing format Gatehouse cannot read").isNull();
        assertThat(latest.get(1).revisionId()).isEqualTo(second);
        byte[] preview = Installation.as(STAFF, (em, scope) -> new AttachmentStore(em)
                .read(em.find(Attachment.class, latest.get(1).previewId()).getContent(), 0, 8));
        assertThat(preview).as("the PDF's first page as a PNG").startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(revisionsOf(box)).hasSize(3);

        move(box, DesignStatus.IN_PROGRESS);
        move(box, DesignStatus.READY_FOR_REVIEW);
        assertThatThrownBy(() -> upload(box, ARTWORK, "late.png", png(10, 10))).as("what is reviewed stays as it was")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ready for review");
        assertThatThrownBy(() -> Installation.as(READER, (em, scope) -> new DesignChanges(em, scope).upload(box, ARTWORK, "x.png",
                new ByteArrayInputStream(png(10, 10)), "", 1_000_000, Instant.now()))).isInstanceOf(WriteNotAllowedException.class);
        assertThat(revisionsOf(box)).hasSize(3);
    }

    @Test
    void aContactWhoMayApproveDecidesOnlyOnADesignReadyForReviewAgainstTheRevisionsTheySee() {
        long box = add(BOXCO, "Shoe box", "SB-1");
        long artwork = upload(box, ARTWORK, "artwork.png", png(300, 200));
        upload(box, MANUFACTURING, "drawing.png", png(300, 200));
        Installation.as(STAFF, (em, scope) -> {
            new DesignChanges(em, scope).allowLayerTypes(BOXCO, List.of(ARTWORK));
            return null;
        });
        move(box, DesignStatus.IN_PROGRESS);
        assertThatThrownBy(() -> decide(PAUL, box, DesignDecision.Decision.APPROVED, "")).as("in progress: not found for a contact")
                .isInstanceOf(org.gatehouse.access.RecordNotFoundException.class);
        move(box, DesignStatus.READY_FOR_REVIEW);
        assertThatThrownBy(() -> decide(STAFF, box, DesignDecision.Decision.APPROVED, "")).isInstanceOf(WriteNotAllowedException.class);
        installation.sql("update user_account set approves_designs = false where id = ?", PAUL);
        assertThatThrownBy(() -> decide(PAUL, box, DesignDecision.Decision.APPROVED, "")).isInstanceOf(WriteNotAllowedException.class);
        installation.sql("update user_account set approves_designs = true where id = ?", PAUL);
        assertThatThrownBy(() -> decide(PAUL, box, DesignDecision.Decision.MODIFICATION_REQUESTED, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("what should be modified");
        assertThatThrownBy(() -> Installation.as(PAUL, (em, scope) -> new DesignChanges(em, scope)
                .decide(box, DesignDecision.Decision.APPROVED, "", -1, Instant.now()))).as("a page showing an older design")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("changed while you were looking");

        decide(PAUL, box, DesignDecision.Decision.APPROVED, "Looks good");
        assertThat(statusOf(box)).isEqualTo(DesignStatus.APPROVED);
        List<DecisionRow> decisions = Installation.as(STAFF, (em, scope) -> new DesignQueries(em).decisions(box));
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.decision()).isEqualTo(DesignDecision.Decision.APPROVED);
            assertThat(d.revisions()).as("the revision Paul saw, not the drawing he may not view").containsExactly("One-up artwork, revision 1");
        });
        assertThat(coveredBy(decisions.get(0).id())).containsExactly(artwork);
        assertThatThrownBy(() -> decide(PAUL, box, DesignDecision.Decision.APPROVED, "")).as("approved already")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not waiting for a review");

        move(box, DesignStatus.UNDER_MODIFICATION);
        long later = upload(box, ARTWORK, "artwork-2.png", png(300, 200));
        move(box, DesignStatus.READY_FOR_REVIEW);
        decide(PAUL, box, DesignDecision.Decision.MODIFICATION_REQUESTED, "Bigger logo");
        assertThat(statusOf(box)).as("a modification request takes the design out of Paul's sight, and is saved all the same")
                .isEqualTo(DesignStatus.UNDER_MODIFICATION);
        assertThat(names(PAUL)).isEmpty();
        assertThat(coveredBy(decisions.get(0).id()))
                .as("a later upload never inherits the approval").doesNotContain(later);
        assertThat(history(box)).contains("Approved: Looks good", "One-up artwork, revision 2 (artwork-2.png)", "Approved → Under modification",
                "Modification requested: Bigger logo");
    }

    @Test
    void aDecisionIsMailedToTheStaffOfTheCustomersGroupAndTheOwnerAsTheyAreWhenTheMailIsWritten() {
        long box = add(BOXCO, "Shoe box", "SB-1");
        upload(box, ARTWORK, "artwork.png", png(300, 200));
        Installation.as(STAFF, (em, scope) -> {
            new DesignChanges(em, scope).allowLayerTypes(BOXCO, List.of(ARTWORK));
            return null;
        });
        move(box, DesignStatus.IN_PROGRESS);
        move(box, DesignStatus.READY_FOR_REVIEW);
        installation.sql("update record_event set dispatched_at = now()");

        decide(PAUL, box, DesignDecision.Decision.MODIFICATION_REQUESTED, "Bigger logo");
        dispatch();
        assertThat(mailed()).as("the owner and the members of Packaging, not the administrator nor Paul himself")
                .containsExactly(STAFF + " Modification requested: Shoe box (SB-1)", READER + " Modification requested: Shoe box (SB-1)");

        installation.sql("delete from mail_outbox");
        move(box, DesignStatus.READY_FOR_REVIEW);
        decide(PAUL, box, DesignDecision.Decision.APPROVED, "");
        installation.sql("update user_account set active = false where id = ?", READER);
        dispatch();
        assertThat(mailed()).as("deactivated before the mail was written").containsExactly(STAFF + " Approved: Shoe box (SB-1)");
    }

    @Test
    void annotationsAreSeenWithTheirLayerAndInternalOnesByTheBackOfficeAlone() {
        long box = add(BOXCO, "Shoe box", "SB-1");
        long artwork = upload(box, ARTWORK, "artwork.png", png(300, 200));
        long drawing = upload(box, MANUFACTURING, "drawing.png", png(300, 200));
        Installation.as(STAFF, (em, scope) -> {
            new DesignChanges(em, scope).allowLayerTypes(BOXCO, List.of(ARTWORK));
            return null;
        });
        move(box, DesignStatus.IN_PROGRESS);
        move(box, DesignStatus.READY_FOR_REVIEW);

        long pin = annotate(PAUL, artwork, PIN, "Logo too small", false);
        long staffNote = annotate(STAFF, artwork, PIN, "Check with print shop", true);
        annotate(STAFF, drawing, PIN, "Glue flap", false);
        assertThatThrownBy(() -> annotate(PAUL, drawing, PIN, "Sneaky", false)).as("a layer Paul may not view")
                .isInstanceOf(org.gatehouse.access.RecordNotFoundException.class);
        assertThatThrownBy(() -> annotate(PAUL, artwork, PIN, "Secret", true)).isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> annotate(PAUL, artwork, "{\"target\": {}}", "No shape", false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("place a pin");
        assertThatThrownBy(() -> annotate(READER, artwork, PIN, "Read only", false)).isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> annotate(PAUL, artwork, PIN.replace("<img", "x".repeat(30_000)), "A flood", false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too large");

        assertThat(annotations(PAUL, artwork)).extracting(AnnotationRow::getId).containsExactly(pin);
        assertThat(annotations(STAFF, artwork)).extracting(AnnotationRow::getNumber).containsExactly(1, 2);
        assertThat(annotations(PAUL, drawing)).isEmpty();
        String body = annotations(PAUL, artwork).get(0).getBody();
        assertThat(body).as("stored in W3C form, rebuilt from the shape alone").contains("\"type\":\"Annotation\"", "xywh=pixel:10,20,3,3",
                "Logo too small").doesNotContain("onerror");

        assertThatThrownBy(() -> Installation.as(PAUL, (em, scope) -> new DesignChanges(em, scope).resolve(pin, Instant.now())))
                .isInstanceOf(WriteNotAllowedException.class);
        Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).resolve(pin, Instant.now()));
        assertThat(annotations(PAUL, artwork)).singleElement().satisfies(a -> assertThat(a.isResolved()).isTrue());
        assertThat(staffNote).isPositive();
    }

    @Test
    void aLayerTypeNameIsUniqueAndOnlyAnAdministratorKeepsTheList() {
        long type = Installation.as(ADMIN, (em, scope) -> new DesignChanges(em, scope).addLayerType("Braille").getId());
        assertThatThrownBy(() -> Installation.as(ADMIN, (em, scope) -> new DesignChanges(em, scope).addLayerType("braille")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).renameLayerType(type, "Embossing")))
                .isInstanceOf(WriteNotAllowedException.class);
        installation.sql("delete from layer_type where id = ?", type);
    }

    /** A pin as Annotorious sends it, with something a crafted request might add. */
    private static final String PIN = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "body": [{"value": "<img src=x onerror=alert(1)>"}],
             "target": {"source": "x", "selector": {"type": "FragmentSelector", "value": "xywh=pixel:10.2,19.8,3,3"}}}""";

    /** Dispatches the waiting events one transaction each, as the notification job does. */
    private static void dispatch() {
        RecordSight sight = new RecordSight(EmbeddedDatabase.entityManagerFactory());
        while (Installation.inTransaction(em -> new RecordNotifications(em, sight, Outboxes.writingTo(em), URI.create("http://backoffice/"),
                URI.create("http://portal/"), Clock.systemUTC()).dispatchNext())) {
            // one event each time round
        }
    }

    /** "recipient subject" of every mail about a design, by recipient. */
    private static List<String> mailed() {
        return Installation.inTransaction(em -> ((List<?>) em.createNativeQuery("select recipient_id || ' ' || subject from mail_outbox"
                + " where record_type = 'Design' order by recipient_id").getResultList()).stream().map(String::valueOf).toList());
    }

    private static long upload(long design, long type, String name, byte[] content) {
        return Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope)
                .upload(design, type, name, new ByteArrayInputStream(content), "", 10_000_000, Instant.now()).getId());
    }

    /** As decided on a page showing the design as it is now. */
    private static void decide(long user, long design, DesignDecision.Decision decision, String comment) {
        int version = Installation.as(STAFF, (em, scope) -> em.find(Design.class, design).getVersion());
        Installation.as(user, (em, scope) -> new DesignChanges(em, scope).decide(design, decision, comment, version, Instant.now()));
    }

    private static long annotate(long user, long revision, String drawn, String comment, boolean internal) {
        return Installation.as(user, (em, scope) -> new DesignChanges(em, scope).annotate(revision, drawn, comment, internal, Instant.now()).getId());
    }

    private static List<AnnotationRow> annotations(long user, long revision) {
        return Installation.as(user, (em, scope) -> new DesignQueries(em).annotations(List.of(revision)));
    }

    private static List<Long> revisions(long user) {
        return Installation.as(user, (em, scope) -> em.createQuery("select r.id from LayerRevision r", Long.class).getResultList());
    }

    private static List<Long> files(long user) {
        return Installation.as(user, (em, scope) -> em.createQuery("select f.id from Attachment f where f.recordType = 'LayerRevision'", Long.class)
                .getResultList());
    }

    private static List<LayerRow> revisionsOf(long design) {
        return Installation.as(STAFF, (em, scope) -> new DesignQueries(em).revisions(design));
    }

    private static DesignStatus statusOf(long design) {
        return Installation.as(STAFF, (em, scope) -> em.find(Design.class, design).getStatus());
    }

    private static Set<Long> coveredBy(long decision) {
        return Installation.as(STAFF, (em, scope) -> em.find(DesignDecision.class, decision).getRevisionIds());
    }

    private static List<String> history(long design) {
        return Installation.as(STAFF, (em, scope) -> em.createQuery("select e.detail from RecordEvent e where e.recordType = 'Design'"
                + " and e.recordId = :id order by e.id", String.class).setParameter("id", design).getResultList());
    }

    static byte[] png(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long add(long customer, String name, String code) {
        return Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).add(customer, name, code, "", Instant.now()).getId());
    }

    private static void move(long design, DesignStatus status) {
        Installation.as(STAFF, (em, scope) -> new DesignChanges(em, scope).move(design, status, Instant.now()));
    }

    private static List<String> names(long user) {
        return Installation.as(user, (em, scope) -> em.createQuery("select d.name from Design d order by d.name", String.class).getResultList());
    }
}
