package org.gatehouse.assets;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.audit.AuditLog;

/**
 * Imports a CSV file of assets in the background, so the page that asked shows the progress. It runs as the user who
 * started it, with their scope computed again for every row: once they no longer see the customer, or may no longer
 * change it, the import stops.
 */
@Stateless
public class AssetImporter {

    private static final Logger LOG = Logger.getLogger(AssetImporter.class.getName());

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Resource
    SessionContext context;

    /** Outside a transaction: each row is committed in its own, so a refused row takes no other with it. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(AssetImportJob job, AssetImportFile file) {
        AssetImporter self = context.getBusinessObject(AssetImporter.class);
        try {
            AssetImport.run(job, file, row -> self.row(job, row));
        } catch (WriteNotAllowedException refusal) {
            job.failed(refusal.getMessage());
        } catch (RecordNotFoundException gone) {
            job.failed("You no longer see this customer.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Asset import " + job.getId() + " failed", e);
            job.failed("The server could not go on; the log says why (asset import " + job.getId() + ").");
        } finally {
            // whatever happened, the user may start another import
            if (!job.isFinished()) {
                job.failed("The server could not go on (asset import " + job.getId() + ").");
            }
        }
    }

    /** In a transaction of its own: the asset, its sight and the audit entry together, or nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Asset> row(AssetImportJob job, AssetImportRow row) {
        AccessScope scope = AccessScope.compute(em, job.userId());
        scope.bindTo(em);
        Optional<Asset> added = new AssetImport(em, scope).row(job.getCustomerId(), row, Instant.now());
        added.ifPresent(asset -> auditLog.recordBy(email(job.userId()), "asset.import", asset.getCustomerId(), AssetService.subject(asset), null,
                asset.getName() + " (row " + row.number() + " of " + job.getFileName() + ")"));
        return added;
    }

    private String email(long userId) {
        return (String) em.createNativeQuery("select email from user_account where id = ?1").setParameter(1, userId).getSingleResult();
    }
}
