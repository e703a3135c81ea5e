package org.gatehouse.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.company.Company;
import org.gatehouse.identity.UserAccount;

/**
 * Company access (seed 001): a partner company, a user group or a single user may see (READ) or
 * work on (WRITE) a customer company, and with {@code includeSubtree} every company below it.
 */
@Entity
@Table(name = "company_access_grant")
public class CompanyAccessGrant {

    @Id
    @SequenceGenerator(name = "company_access_grant_seq", sequenceName = "company_access_grant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_access_grant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Company customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grantee_company_id")
    private Company granteeCompany;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grantee_user_group_id")
    private UserGroup granteeUserGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grantee_user_id")
    private UserAccount granteeUser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private AccessLevel level;

    @Column(name = "include_subtree")
    private boolean includeSubtree;

    protected CompanyAccessGrant() {
    }

    private CompanyAccessGrant(Company customer, AccessLevel level, boolean includeSubtree) {
        this.customer = customer;
        this.level = level;
        this.includeSubtree = includeSubtree;
    }

    public static CompanyAccessGrant toCompany(Company grantee, Company customer, AccessLevel level, boolean includeSubtree) {
        CompanyAccessGrant grant = new CompanyAccessGrant(customer, level, includeSubtree);
        grant.granteeCompany = grantee;
        return grant;
    }

    public static CompanyAccessGrant toUserGroup(UserGroup grantee, Company customer, AccessLevel level, boolean includeSubtree) {
        CompanyAccessGrant grant = new CompanyAccessGrant(customer, level, includeSubtree);
        grant.granteeUserGroup = grantee;
        return grant;
    }

    public static CompanyAccessGrant toUser(UserAccount grantee, Company customer, AccessLevel level, boolean includeSubtree) {
        CompanyAccessGrant grant = new CompanyAccessGrant(customer, level, includeSubtree);
        grant.granteeUser = grantee;
        return grant;
    }

    public Long getId() {
        return id;
    }

    public Company getCustomer() {
        return customer;
    }

    public AccessLevel getLevel() {
        return level;
    }

    public boolean isIncludeSubtree() {
        return includeSubtree;
    }

    public Company getGranteeCompany() {
        return granteeCompany;
    }

    public UserGroup getGranteeUserGroup() {
        return granteeUserGroup;
    }

    public UserAccount getGranteeUser() {
        return granteeUser;
    }

    /** Who holds the access, in words, e.g. {@code user group Field team of FixIt Field Services}. */
    public String grantee() {
        if (granteeCompany != null) {
            return "partner company " + granteeCompany.getName();
        }
        if (granteeUserGroup != null) {
            return "user group " + granteeUserGroup.getName() + " of " + granteeUserGroup.getCompany().getName();
        }
        return "partner user " + granteeUser.getEmail();
    }

    /** The level and reach, in words, e.g. {@code WRITE with subtree}. */
    public String terms() {
        return level + (includeSubtree ? " with subtree" : "");
    }
}
