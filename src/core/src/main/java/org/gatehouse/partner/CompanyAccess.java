package org.gatehouse.partner;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;
import org.gatehouse.company.CompanyKind;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules for company access (seed 001): a grant is always on a customer company and always to a
 * partner company, a user group of a partner or a partner user, at most one per grantee and customer.
 * Grants decide breadth, so only admins reach this class, through {@link CompanyAccessService};
 * there is no scope here.
 */
public class CompanyAccess {

    private static final String ROWS = "select new org.gatehouse.partner.GrantRow(g.id, c.id, c.name,"
            + " coalesce(gc.id, ugc.id, uc.id), coalesce(gc.name, ugc.name, uc.name), ug.name, u.displayName, g.level, g.includeSubtree)"
            + " from CompanyAccessGrant g join g.customer c left join g.granteeCompany gc"
            + " left join g.granteeUserGroup ug left join ug.company ugc left join g.granteeUser u left join u.company uc";

    private static final String NOT_A_GRANTEE = "Company access goes to a partner company, a user group of a partner or a partner user only.";

    private final EntityManager em;

    public CompanyAccess(EntityManager em) {
        this.em = em;
    }

    /** The grants on the customer, partner by partner. */
    public List<GrantRow> onCustomer(long customerId) {
        return em.createQuery(ROWS + " where c.id = :customer order by coalesce(gc.name, ugc.name, uc.name), g.id", GrantRow.class)
                .setParameter("customer", customerId).getResultList();
    }

    /** The grants a partner holds: to the company itself, its user groups and its users, customer by customer. */
    public List<GrantRow> heldBy(Company partner) {
        return em.createQuery(ROWS + " where gc = :partner or ugc = :partner or uc = :partner order by c.name, g.id", GrantRow.class)
                .setParameter("partner", partner).getResultList();
    }

    /** Every company that can be granted access, by name: the partner companies. */
    public List<Company> partnerChoices() {
        return em.createQuery("select c from Company c where c.kind = :partner order by c.name, c.id", Company.class)
                .setParameter("partner", CompanyKind.PARTNER).getResultList();
    }

    /** Every user group of a partner, by partner and name. */
    public List<UserGroup> userGroupChoices() {
        return em.createQuery("select g from UserGroup g join fetch g.company c where c.kind = :partner order by c.name, g.name, g.id", UserGroup.class)
                .setParameter("partner", CompanyKind.PARTNER).getResultList();
    }

    /** Every active partner user, by partner and name. */
    public List<UserAccount> userChoices() {
        return em.createQuery("select u from UserAccount u join fetch u.company c where u.kind = :partner and u.active = true"
                        + " order by c.name, u.displayName, u.id", UserAccount.class)
                .setParameter("partner", UserKind.PARTNER).getResultList();
    }

    /** Grants the grantee READ or WRITE on the customer, and with {@code includeSubtree} on every company below it. */
    public CompanyAccessGrant grant(long customerId, GranteeKind kind, long granteeId, AccessLevel level, boolean includeSubtree) {
        Company customer = em.find(Company.class, customerId);
        if (customer == null || customer.getKind() != CompanyKind.CUSTOMER) {
            throw new InvalidInputException("customer", "Company access is granted on customer companies only"
                    + (customer == null ? "." : ": " + customer.getName() + " is not a customer."));
        }
        if (level == null) {
            throw new InvalidInputException("level", "Please choose Read or Write.");
        }
        if (kind == null) {
            throw new InvalidInputException("grantee", NOT_A_GRANTEE);
        }
        CompanyAccessGrant grant = switch (kind) {
            case PARTNER_COMPANY -> Optional.ofNullable(em.find(Company.class, granteeId)).filter(c -> c.getKind() == CompanyKind.PARTNER)
                    .map(partner -> CompanyAccessGrant.toCompany(partner, customer, level, includeSubtree)).orElse(null);
            case USER_GROUP -> Optional.ofNullable(em.find(UserGroup.class, granteeId)).filter(g -> g.getCompany().getKind() == CompanyKind.PARTNER)
                    .map(group -> CompanyAccessGrant.toUserGroup(group, customer, level, includeSubtree)).orElse(null);
            case USER -> Optional.ofNullable(em.find(UserAccount.class, granteeId)).filter(u -> u.getKind() == UserKind.PARTNER)
                    .map(user -> CompanyAccessGrant.toUser(user, customer, level, includeSubtree)).orElse(null);
        };
        if (grant == null) {
            throw new InvalidInputException("grantee", NOT_A_GRANTEE);
        }
        if (held(grant)) {
            throw new InvalidInputException("grantee", "The " + grant.grantee() + " already has access to " + customer.getName()
                    + ": revoke it first to grant it differently.");
        }
        em.persist(grant);
        em.flush();
        return grant;
    }

    /** @return the grant removed, for the audit trail */
    public CompanyAccessGrant revoke(long grantId) {
        CompanyAccessGrant grant = find(grantId).orElseThrow(() -> new RecordNotFoundException("Company access grant", grantId));
        em.remove(grant);
        em.flush();
        return grant;
    }

    public Optional<CompanyAccessGrant> find(long grantId) {
        return Optional.ofNullable(em.find(CompanyAccessGrant.class, grantId));
    }

    /** Whether the grantee already holds a grant on the customer; one persistence context, so the same row is the same object. */
    private boolean held(CompanyAccessGrant grant) {
        return em.createQuery("select g from CompanyAccessGrant g where g.customer = :customer", CompanyAccessGrant.class)
                .setParameter("customer", grant.getCustomer()).getResultStream()
                .anyMatch(other -> other.getGranteeCompany() == grant.getGranteeCompany()
                        && other.getGranteeUserGroup() == grant.getGranteeUserGroup() && other.getGranteeUser() == grant.getGranteeUser());
    }
}
