package org.gatehouse.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.files.NewFile;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Assets imported from a CSV file: each row under the rules of an asset added on the page, in a transaction of its own,
 * so a refused row changes nothing and the good ones stay; a code the customer already has is left as it is, so the
 * same file imported twice adds nothing twice; only WRITE imports, and imported assets are seen like added ones.
 */
class AssetImportTest {

    private static final long GROUP = 1_000_010;
    private static final long NORTHWIND = 1_000_020;
    private static final long STAFF = 2_000_001;
    private static final long READER = 2_000_002;
    private static final long PARTNER_READER = 2_000_003;
    private static final long NINA = 3_000_000;
    private static final long OSCAR = 3_000_001;

    private static final String HEADER = "Code,Name,Parent_Code,Type,Make,Model,Serial Number,Location,Notes,Status\n";

    private final Installation installation = new Installation();

    @BeforeEach
    void oneCustomerWithAPlant() {
        installation.group(GROUP, "Manufacturing", "3390").customer(NORTHWIND, "Northwind", GROUP, null)
                .staff(STAFF, false).staff(READER, false)
                .membership(1_000_030, GROUP, STAFF, "WRITE").membership(1_000_031, GROUP, READER, "READ")
                .partnerUser(PARTNER_READER).grant(1_000_040, NORTHWIND, "READ")
                .contact(NINA, NORTHWIND).contact(OSCAR, NORTHWIND);
        Installation.as(STAFF, (em, scope) -> new AssetChanges(em, scope).add(NORTHWIND, null, "PLANT", AssetDetails.named("Plant North"), Instant.now()));
    }

    @Test
    void goodRowsAreImportedParentsFirstAndEachRefusedRowIsReportedAndChangesNothing() {
        String csv = HEADER
                + "PRESS-1,Press 1,HALL-1,Press,Schuler,MSD 400,SCH-1,Hall 1,,out of service\n"
                + "HALL-1,Hall 1,PLANT,Building,,,,,,\n"
                + "MOTOR-1,,PRESS-1,Motor,,,,,,\n"
                + "GHOST-1,Ghost,NOWHERE,,,,,,,\n"
                + "ROBOT-1,Robot,HALL-1,,,,,,,broken\n"
                + "LONG-1,Long serial,HALL-1,,,," + "S".repeat(81) + ",,,\n"
                + "PLANT,Plant again,,,,,,,,\n"
                + "HALL-1,Hall one again,,,,,,,,\n"
                + "BELT-1,Belt,MOTOR-1,,,,,,,\n"
                + "SHORT-1,Too few values\n"
                + "\"PUMP-1\",\"Pump, \"\"big\"\"\",HALL-1,,,,,,\"line one\nline two\",Retired\n";

        Asset plantBefore = asset("PLANT");

        AssetImportJob first = importAs(STAFF, csv);

        assertThat(first.isFinished()).isTrue();
        assertThat(first.getFailure()).isNull();
        assertThat(first.getTotal()).isEqualTo(11);
        assertThat(first.getDone()).isEqualTo(11);
        assertThat(first.getImported()).as("PRESS-1 (its parent further down), HALL-1, PUMP-1").isEqualTo(3);
        assertThat(first.getAlreadyThere()).as("PLANT").isEqualTo(1);
        assertThat(first.getRefused()).isEqualTo(7);
        assertThat(first.getProblems()).extracting(AssetImportProblem::row, AssetImportProblem::code, AssetImportProblem::column,
                AssetImportProblem::message).containsExactly(
                tuple(4, "MOTOR-1", "name", "Please give the asset a name."),
                tuple(5, "GHOST-1", "parent_code", "The customer has no asset with the parent code NOWHERE, and no row of the file has it."),
                tuple(6, "ROBOT-1", "status", "The status \"broken\" is none of: in service, out of service, retired."),
                tuple(7, "LONG-1", "serial_number", "An asset's serialNumber has at most 80 characters."),
                tuple(9, "HALL-1", "code", "The code HALL-1 is already on row 3 of this file."),
                tuple(10, "BELT-1", "parent_code", "Its parent MOTOR-1 (row 4) was not imported."),
                tuple(11, "SHORT-1", null, "This row has 2 values where the header has 10 columns."));

        assertThat(assets()).extracting(Asset::getCode, Asset::getName, Asset::getStatus).containsExactlyInAnyOrder(
                tuple("PLANT", "Plant North", AssetStatus.IN_SERVICE),
                tuple("HALL-1", "Hall 1", AssetStatus.IN_SERVICE),
                tuple("PRESS-1", "Press 1", AssetStatus.OUT_OF_SERVICE),
                tuple("PUMP-1", "Pump, \"big\"", AssetStatus.RETIRED));
        Asset plant = asset("PLANT");
        Asset hall = asset("HALL-1");
        Asset press = asset("PRESS-1");
        assertThat(hall.getParentId()).isEqualTo(plant.getId());
        assertThat(press.getPath()).isEqualTo(hall.getPath() + press.getId() + "/");
        assertThat(press).extracting(Asset::getType, Asset::getMake, Asset::getModel, Asset::getSerialNumber, Asset::getLocation)
                .containsExactly("Press", "Schuler", "MSD 400", "SCH-1", "Hall 1");
        assertThat(asset("PUMP-1").getNotes()).isEqualTo("line one\nline two");
        assertThat(plant).as("the row with a code already there changed nothing").extracting(Asset::getVersion, Asset::getUpdatedAt)
                .containsExactly(plantBefore.getVersion(), plantBefore.getUpdatedAt());

        AssetImportJob second = importAs(STAFF, csv);

        assertThat(second.getImported()).isZero();
        assertThat(second.getAlreadyThere()).as("every row imported the first time, and PLANT").isEqualTo(4);
        assertThat(second.getProblems()).as("the same rows, for the same reasons").isEqualTo(first.getProblems());
        assertThat(assets()).hasSize(4);
    }

    @Test
    void aSecondRunOfTheSameFileCreatesNothingAndReportsEveryRowAsAlreadyThere() {
        String csv = "code,name,parent_code,type,make,model,serial_number,location,notes,status\n"
                + "PLANT-2,Plant South,,Site,,,,\"Industrial Road 4, Leeds\",,in service\n"
                + "PRESS-7,Press 7,PLANT-2,Hydraulic press,Schuler,MSD 400,SCH-2291-07,Hall B,Yearly service in March,IN_SERVICE\n";
        AssetImportJob first = importAs(STAFF, csv);
        assertThat(first.getImported()).isEqualTo(2);
        assertThat(first.getProblems()).isEmpty();

        AssetImportJob second = importAs(STAFF, csv);

        assertThat(second.getImported()).isZero();
        assertThat(second.getAlreadyThere()).isEqualTo(2);
        assertThat(second.getProblems()).isEmpty();
        assertThat(assets()).extracting(Asset::getCode).containsExactlyInAnyOrder("PLANT", "PLANT-2", "PRESS-7");
    }

    @Test
    void onlyWriteImportsAndAReaderGetsNothingImportedNotEvenTheFileRead() {
        String csv = "code,name\nHALL-9,Hall 9\n";
        for (long reader : List.of(PARTNER_READER, READER)) {
            AtomicBoolean opened = new AtomicBoolean();
            NewFile file = new NewFile("assets.csv", () -> {
                opened.set(true);
                return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
            });
            assertThatThrownBy(() -> Installation.as(reader, (em, scope) -> new AssetImport(em, scope).read(NORTHWIND, file)))
                    .isInstanceOf(WriteNotAllowedException.class);
            assertThat(opened).as("the file is not read").isFalse();
        }

        // a file read for someone with WRITE, imported by a reader (WRITE taken away meanwhile): the import stops at once
        AssetImportFile file = read(csv);
        AssetImportJob job = new AssetImportJob("test", PARTNER_READER, NORTHWIND, "assets.csv", file.size(), Instant.now());
        assertThatThrownBy(() -> AssetImport.run(job, file, row -> Installation.as(PARTNER_READER,
                (em, scope) -> new AssetImport(em, scope).row(NORTHWIND, row, Instant.now())))).isInstanceOf(WriteNotAllowedException.class);
        assertThat(assets()).extracting(Asset::getCode).containsExactly("PLANT");
    }

    @Test
    void importedAssetsAreSeenByTheContactAnAssetAboveThemWasMadeVisibleTo() {
        long plant = asset("PLANT").getId();
        Installation.as(STAFF, (em, scope) -> {
            new AssetChanges(em, scope).grant(plant, NINA, false);
            return null;
        });

        importAs(STAFF, "code,name,parent_code\nHALL-1,Hall 1,PLANT\nPRESS-1,Press 1,HALL-1\nYARD,Yard,\n");

        assertThat(codes(NINA)).containsExactlyInAnyOrder("PLANT", "HALL-1", "PRESS-1");
        assertThat(codes(OSCAR)).isEmpty();
    }

    @Test
    void parentCodesThatLeadBackToTheRowAreRefusedAndRowsAreNumberedAsInTheFile() {
        AssetImportJob job = importAs(STAFF, "name;code;parent_code\n"
                + "Loop A;A;B\n"
                + "\n"
                + "Loop B;B;A\n"
                + "Itself;SELF;SELF\n"
                + "Below the loop;C;A\n"
                + ";;\n"
                + "Fine;D;PLANT\n");

        assertThat(job.getTotal()).as("empty rows are no assets").isEqualTo(5);
        assertThat(job.getImported()).isEqualTo(1);
        assertThat(job.getProblems()).extracting(AssetImportProblem::row, AssetImportProblem::message).containsExactly(
                tuple(2, "Its parent codes lead back to it: A > B > A."),
                tuple(4, "Its parent codes lead back to it: B > A > B."),
                tuple(5, "Its parent codes lead back to it: SELF > SELF."),
                tuple(6, "Its parent A (row 2) was not imported."));
    }

    @Test
    void aFileGatehouseCannotReadIsRefusedWholeAndNothingIsImported() {
        assertRefused("code,name\nM\u00dcLLER,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8 text");
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8}, "not a CSV text file");
        assertRefused(bytes(""), "The file is empty.");
        assertRefused(bytes("code,name\n"), "no rows below its header");
        assertRefused(bytes("code,name,colour\nA,A,red\n"), "The column \"colour\" is not one Gatehouse knows");
        assertRefused(bytes("code,parent_code\nA,\n"), "\"name\" is missing");
        assertRefused(bytes("code,name,Code\nA,A,A\n"), "The column \"code\" is there twice");
        assertRefused(bytes("code,name\nA,a\nB,\"not closed\nC,c\n"), "cannot read row 3 of this file as CSV");
        assertRefused(bytes("code,name\n" + "A,a\n".repeat(AssetImportFile.MOST_ROWS + 1)), "more than 20,000 rows");
        assertThat(assets()).extracting(Asset::getCode).containsExactly("PLANT");

        AssetImportFile excel = read(new String(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8) + "Code;Name\r\nA;\"A; the first\"\r\n");
        assertThat(excel.rows()).as("a spreadsheet's CSV UTF-8 with semicolons").extracting(AssetImportRow::code, AssetImportRow::name)
                .containsExactly(tuple("A", "A; the first"));
    }

    @Test
    void aUserRunsOneImportAtATime() {
        AssetImportJobs jobs = new AssetImportJobs();
        AssetImportJob first = jobs.start(STAFF, NORTHWIND, "first.csv", 10, Instant.now());
        assertThatThrownBy(() -> jobs.start(STAFF, NORTHWIND, "second.csv", 10, Instant.now())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Your import of first.csv is still running (0 of 10 rows done)");
        assertThat(jobs.start(READER, NORTHWIND, "theirs.csv", 10, Instant.now())).as("another user's").isNotNull();
        first.finished();
        assertThat(jobs.start(STAFF, NORTHWIND, "second.csv", 10, Instant.now()).getFileName()).isEqualTo("second.csv");
        assertThat(jobs.of(READER, first.getId())).as("a job is followed only by who started it").isEmpty();
        assertThat(jobs.of(STAFF, first.getId())).contains(first);
    }

    private void assertRefused(byte[] content, String message) {
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new AssetImport(em, scope).read(NORTHWIND, file(content))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    }

    /** What the importer does in the container: the rows, parents first, each in a transaction of its own as the user. */
    private static AssetImportJob importAs(long user, String csv) {
        AssetImportFile file = Installation.as(user, (em, scope) -> new AssetImport(em, scope).read(NORTHWIND, file(bytes(csv))));
        AssetImportJob job = new AssetImportJob("test", user, NORTHWIND, "assets.csv", file.size(), Instant.now());
        AssetImport.run(job, file, row -> Installation.as(user, (em, scope) -> new AssetImport(em, scope).row(NORTHWIND, row, Instant.now())));
        return job;
    }

    private static AssetImportFile read(String csv) {
        return Installation.as(STAFF, (em, scope) -> new AssetImport(em, scope).read(NORTHWIND, file(bytes(csv))));
    }

    private static NewFile file(byte[] content) {
        return new NewFile("assets.csv", () -> new ByteArrayInputStream(content));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Asset> assets() {
        return Installation.as(STAFF, (em, scope) -> em.createQuery("select a from Asset a", Asset.class).getResultList());
    }

    private static Asset asset(String code) {
        return Installation.as(STAFF, (em, scope) -> em.createQuery("select a from Asset a where a.code = :code", Asset.class)
                .setParameter("code", code).getSingleResult());
    }

    private static List<String> codes(long user) {
        return Installation.as(user, (em, scope) -> em.createQuery("select a.code from Asset a", String.class).getResultList());
    }
}
