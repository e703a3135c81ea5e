package org.gatehouse.assets;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatehouse.access.AccessScope;
import org.gatehouse.files.NewFile;
import org.gatehouse.validation.InvalidInputException;

/**
 * One customer's assets imported from a CSV file, by the user whose scope is bound to the persistence context. Each
 * row is added by {@link AssetChanges#add}, under the rules of an asset added on the page, in a transaction of its own:
 * a refused row changes nothing and the good ones stay. A row whose code the customer already has is left as it is,
 * so the same file imported twice adds nothing twice.
 */
public class AssetImport {

    private final AssetQueries queries;
    private final AssetChanges changes;

    public AssetImport(EntityManager em, AccessScope scope) {
        this.queries = new AssetQueries(em);
        this.changes = new AssetChanges(em, scope);
    }

    /** The file's rows, once the user may change the customer's assets: until then the file is not opened. */
    public AssetImportFile read(long customerId, NewFile file) {
        changes.writableCustomer(customerId);
        if (file == null) {
            throw new InvalidInputException("importFile", "Please choose the CSV file to import.");
        }
        try (InputStream content = file.content().open()) {
            return AssetImportFile.read(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + file.name(), e);
        }
    }

    /** One row, in the caller's transaction: the asset added, or none when the customer already has its code. */
    public Optional<Asset> row(long customerId, AssetImportRow row, Instant now) {
        if (!row.code().isEmpty() && queries.byCode(customerId, row.code()).isPresent()) {
            return Optional.empty();
        }
        Long parentId = null;
        if (!row.parentCode().isEmpty()) {
            parentId = queries.byCode(customerId, row.parentCode()).map(Asset::getId).orElseThrow(() -> new InvalidInputException("parent",
                    row.parentRow() == null
                            ? "The customer has no asset with the parent code " + row.parentCode() + ", and no row of the file has it."
                            : "Its parent " + row.parentCode() + " (row " + row.parentRow() + ") was not imported."));
        }
        AssetDetails details = new AssetDetails(row.name(), row.type(), row.make(), row.model(), row.serialNumber(), row.location(), row.notes(),
                status(row.status()));
        return Optional.of(changes.add(customerId, parentId, row.code(), details, now));
    }

    /**
     * Every row of the file, parents first, each through {@code inItsOwnTransaction} (which commits it, or rolls it back
     * when refused); the job counts how each ended. A refusal of the whole import (the user may no longer change the
     * customer) stops it: the rows done until then stay done.
     */
    static void run(AssetImportJob job, AssetImportFile file, Function<AssetImportRow, Optional<Asset>> inItsOwnTransaction) {
        file.problems().forEach(job::refused);
        for (AssetImportRow row : file.rows()) {
            try {
                if (inItsOwnTransaction.apply(row).isPresent()) {
                    job.imported();
                } else {
                    job.alreadyThere();
                }
            } catch (InvalidInputException refused) {
                job.refused(new AssetImportProblem(row.number(), row.code(), column(refused.getField()), refused.getMessage()));
            }
        }
        job.finished();
    }

    /** Empty is in service; otherwise a status as the page words it ("out of service") or as the code names it. */
    private static AssetStatus status(String text) {
        if (text.isEmpty()) {
            return AssetStatus.IN_SERVICE;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(AssetStatus.values()).filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "The status \"" + text + "\" is none of: "
                        + Arrays.stream(AssetStatus.values()).map(status -> status.getLabel().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                        + "."));
    }

    /** The file's name for the input a refusal names. */
    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "parent" -> "parent_code";
            case "serialNumber" -> "serial_number";
            default -> field;
        };
    }
}
