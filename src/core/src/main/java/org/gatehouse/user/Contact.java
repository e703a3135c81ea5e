package org.gatehouse.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.ReadOnly;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.CaseVisibility;
import org.gatehouse.access.UserKind;
import org.gatehouse.identity.UserAccount;

/**
 * A customer contact's user record as the signed-in user may see it: staff and partners see the
 * contacts of their customers, a contact their own record, a company administrator the contacts of
 * their company. Read-only: changes go through {@link UserAccount} after the service's checks.
 */
@Entity
@Table(name = "user_account")
@ReadOnly
@AdditionalCriteria(AccessScope.CONTACT_CRITERIA)
public class Contact implements Serializable {

    @Id
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    /** Always CUSTOMER; mapped because the access rule reads it. */
    @Enumerated(EnumType.STRING)
    private UserKind kind;

    @Column(name = "company_id")
    private Long companyId;

    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_visibility")
    private CaseVisibility caseVisibility;

    @Column(name = "group_level")
    private boolean groupLevel;

    @Column(name = "company_administrator")
    private boolean companyAdministrator;

    @Column(name = "assigned_work_orders_only")
    private boolean assignedWorkOrdersOnly;

    @Column(name = "approves_designs")
    private boolean approvesDesigns;

    protected Contact() {
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public boolean isActive() {
        return active;
    }

    public CaseVisibility getCaseVisibility() {
        return caseVisibility;
    }

    public boolean isGroupLevel() {
        return groupLevel;
    }

    public boolean isCompanyAdministrator() {
        return companyAdministrator;
    }

    public boolean isApprovesDesigns() {
        return approvesDesigns;
    }

    public boolean isAssignedWorkOrdersOnly() {
        return assignedWorkOrdersOnly;
    }
}
