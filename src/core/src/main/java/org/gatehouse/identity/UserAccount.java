package org.gatehouse.identity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.gatehouse.access.CaseVisibility;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;

/** Anyone who signs in: operator staff, a partner company's user, or a customer contact. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where lower(u.email) = lower(:email)")
public class UserAccount implements Serializable {

    public static final String BY_EMAIL = "UserAccount.byEmail";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    /** The sign-in name. */
    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    /** PBKDF2 hash in the Jakarta Security format; null until the user has set a password. */
    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active = true;

    /** Internal users only: sees and changes everything, including settings. */
    private boolean admin;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_visibility", nullable = false, length = 16)
    private CaseVisibility caseVisibility = CaseVisibility.OWN;

    /** Customer contacts only: the breadth is the company's whole subtree, not just the company. */
    @Column(name = "group_level")
    private boolean groupLevel;

    @Column(name = "company_administrator")
    private boolean companyAdministrator;

    /** Customer contacts only: of the work orders under their assets, just those assigned to them (seed 004). */
    @Column(name = "assigned_work_orders_only")
    private boolean assignedWorkOrdersOnly;

    /** Whether the user wants e-mail about case events; partner users opt in (seed 001). */
    @Column(name = "case_mail")
    private boolean caseMail;

    @Column(name = "approves_designs", nullable = false)
    private boolean approvesDesigns;

    /** False for a registered contact until they open the confirmation link mailed to them; they cannot sign in before. */
    @Column(name = "email_confirmed")
    private boolean emailConfirmed = true;

    /** Raised with every new password; sessions signed in before it end at their next request. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, UserKind kind, Company company) {
        this.email = email;
        this.displayName = displayName;
        this.kind = kind;
        this.company = company;
        this.caseMail = kind != UserKind.PARTNER;
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

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public UserKind getKind() {
        return kind;
    }

    public Company getCompany() {
        return company;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Sets a new password hash and ends the sessions signed in with the old password. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionGeneration++;
    }

    public boolean isActive() {
        return active;
    }

    /** An inactive user cannot sign in, and their open sessions end at their next request. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public CaseVisibility getCaseVisibility() {
        return caseVisibility;
    }

    public void setCaseVisibility(CaseVisibility caseVisibility) {
        this.caseVisibility = caseVisibility;
    }

    public boolean isGroupLevel() {
        return groupLevel;
    }

    public void setGroupLevel(boolean groupLevel) {
        this.groupLevel = groupLevel;
    }

    public boolean isCompanyAdministrator() {
        return companyAdministrator;
    }

    public void setCompanyAdministrator(boolean companyAdministrator) {
        this.companyAdministrator = companyAdministrator;
    }

    /** A contact who may approve designs under review or request modifications (seed 002). */
    public boolean isApprovesDesigns() {
        return approvesDesigns;
    }

    public void setApprovesDesigns(boolean approvesDesigns) {
        this.approvesDesigns = approvesDesigns;
    }

    public boolean isCaseMail() {
        return caseMail;
    }

    public void setCaseMail(boolean caseMail) {
        this.caseMail = caseMail;
    }

    /** The customer a change of this user is audited under: a contact's company; none for staff and partner users. */
    public Long auditCustomerId() {
        return kind == UserKind.CUSTOMER ? company.getId() : null;
    }

    /** How the audit log names this user, e.g. {@code User 7 alice@alpha.test}. */
    public String auditSubject() {
        return "User " + id + " " + email;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    /** A new address, already checked by {@link PasswordLinks#changeEmail}. */
    void changeEmail(String email) {
        this.email = email;
    }

    public void setEmailConfirmed(boolean emailConfirmed) {
        this.emailConfirmed = emailConfirmed;
    }

    public boolean isAssignedWorkOrdersOnly() {
        return assignedWorkOrdersOnly;
    }

    public void setAssignedWorkOrdersOnly(boolean assignedWorkOrdersOnly) {
        this.assignedWorkOrdersOnly = assignedWorkOrdersOnly;
    }
}
