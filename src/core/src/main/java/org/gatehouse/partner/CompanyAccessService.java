package org.gatehouse.partner;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Company;
import org.gatehouse.company.CompanyKind;
import org.gatehouse.company.Customer;
import org.gatehouse.identity.UserAccount;

/** Company access ("company access" sub-tab of a customer, seed 001): for admins only, every change audited. */
@Stateless
@RolesAllowed(Role.ADMIN)
public class CompanyAccessService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    private CompanyAccess access;

    @PostConstruct
    void init() {
        access = new CompanyAccess(em);
    }

    public List<GrantRow> onCustomer(long customerId) {
        return access.onCustomer(customerId);
    }

    /** The grants the partner holds, its user groups' and users' included. */
    public List<GrantRow> heldBy(long partnerId) {
        Company partner = em.find(Company.class, partnerId);
        if (partner == null || partner.getKind() != CompanyKind.PARTNER) {
            throw new RecordNotFoundException("Partner", partnerId);
        }
        return access.heldBy(partner);
    }

    public List<Company> partnerChoices() {
        return access.partnerChoices();
    }

    public List<UserGroup> userGroupChoices() {
        return access.userGroupChoices();
    }

    public List<UserAccount> userChoices() {
        return access.userChoices();
    }

    public CompanyAccessGrant grant(long customerId, GranteeKind kind, long granteeId, AccessLevel level, boolean includeSubtree) {
        CompanyAccessGrant grant = access.grant(customerId, kind, granteeId, level, includeSubtree);
        auditLog.record("grant.add", customerId, subject(grant), null, grant.grantee() + ": " + grant.terms());
        return grant;
    }

    public void revoke(long grantId) {
        CompanyAccessGrant grant = access.revoke(grantId);
        auditLog.record("grant.revoke", grant.getCustomer().getId(), subject(grant), grant.grantee() + ": " + grant.terms(), null);
    }

    private static String subject(CompanyAccessGrant grant) {
        return "Company access to Customer " + grant.getCustomer().getId() + " \"" + grant.getCustomer().getName() + "\"";
    }
}
