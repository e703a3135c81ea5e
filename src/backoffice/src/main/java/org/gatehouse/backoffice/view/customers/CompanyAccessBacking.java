package org.gatehouse.backoffice.view.customers;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.backoffice.view.designs.CustomerDesignsBacking;
import org.gatehouse.web.DocumentsBacking;
import org.gatehouse.web.PageMessages;
import org.gatehouse.partner.CompanyAccessService;
import org.gatehouse.partner.GrantRow;
import org.gatehouse.partner.GranteeKind;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.ActiveUser;

/**
 * The Company access tab of the customer page (admins only, seed 001): the grants on the customer,
 * granting access to a partner company, a user group of a partner or a partner user, and revoking it.
 */
@Named
@ViewScoped
public class CompanyAccessBacking implements Serializable {

    /** The All documentation tab's place on the customer page: after Details, Contacts and Cases. */
    private static final int DOCUMENTS_TAB = 3;
    /** The Designs tab's place: after All documentation. */
    private static final int DESIGNS_TAB = 4;
    /** The Company access tab's place: after Designs, the last one (admins only). */
    private static final int TAB = 5;

    @Inject
    CompanyAccessService accessService;

    @Inject
    CustomerBacking customerBacking;

    @Inject
    ActiveUser activeUser;

    private List<GrantRow> grants;
    private List<SelectItem> granteeChoices;
    /** The chosen grantee as {@code KIND:id}, e.g. {@code USER_GROUP:50}: one choice, grouped by kind. */
    private String grantee;
    private AccessLevel level = AccessLevel.READ;
    private boolean includeSubtree;
    private int activeTab;

    @Inject
    DocumentsBacking documentsBacking;

    @Inject
    CustomerDesignsBacking customerDesignsBacking;

    /** Runs after the customer page's own load: nothing for anyone but admins, nor for a customer not found. */
    public void load() {
        if (!activeUser.isAdmin() || customerBacking.getCustomer() == null) {
            return;
        }
        grants = accessService.onCustomer(customerBacking.getId());
        granteeChoices = List.of(
                group(GranteeKind.PARTNER_COMPANY, accessService.partnerChoices().stream()
                        .map(partner -> choice(GranteeKind.PARTNER_COMPANY, partner.getId(), partner.getName())).toArray(SelectItem[]::new)),
                group(GranteeKind.USER_GROUP, accessService.userGroupChoices().stream()
                        .map(group -> choice(GranteeKind.USER_GROUP, group.getId(), group.getName() + " (" + group.getCompany().getName() + ")"))
                        .toArray(SelectItem[]::new)),
                group(GranteeKind.USER, accessService.userChoices().stream()
                        .map(user -> choice(GranteeKind.USER, user.getId(), user.getDisplayName() + " (" + user.getCompany().getName() + ")"))
                        .toArray(SelectItem[]::new)));
    }

    public void grant() {
        activeTab = TAB;
        try {
            String[] chosen = grantee == null ? new String[0] : grantee.split(":");
            if (chosen.length != 2) {
                throw new InvalidInputException("grantee", "Please choose who gets access.");
            }
            accessService.grant(customerBacking.getId(), GranteeKind.valueOf(chosen[0]), Long.parseLong(chosen[1]), level, includeSubtree);
            grants = accessService.onCustomer(customerBacking.getId());
            grantee = null;
            PageMessages.done("Access granted.");
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void revoke(long grantId) {
        activeTab = TAB;
        accessService.revoke(grantId);
        grants = accessService.onCustomer(customerBacking.getId());
        PageMessages.done("Access revoked.");
    }

    private static SelectItemGroup group(GranteeKind kind, SelectItem... choices) {
        SelectItemGroup group = new SelectItemGroup(kind.getLabel() + "s");
        group.setSelectItems(choices);
        return group;
    }

    private static SelectItem choice(GranteeKind kind, long id, String label) {
        return new SelectItem(kind.name() + ":" + id, label);
    }

    public AccessLevel[] getAccessLevels() {
        return AccessLevel.values();
    }

    public List<GrantRow> getGrants() {
        return grants;
    }

    public List<SelectItem> getGranteeChoices() {
        return granteeChoices;
    }

    public String getGrantee() {
        return grantee;
    }

    public void setGrantee(String grantee) {
        this.grantee = grantee;
    }

    public AccessLevel getLevel() {
        return level;
    }

    public void setLevel(AccessLevel level) {
        this.level = level;
    }

    public boolean isIncludeSubtree() {
        return includeSubtree;
    }

    public void setIncludeSubtree(boolean includeSubtree) {
        this.includeSubtree = includeSubtree;
    }

    /**
     * The tab the customer page opens on: this one after a grant or a revocation, All documentation after a
     * change there, else the first.
     */
    public int getActiveTab() {
        return documentsBacking.isActed() ? DOCUMENTS_TAB : customerDesignsBacking.isActed() ? DESIGNS_TAB : activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }
}
