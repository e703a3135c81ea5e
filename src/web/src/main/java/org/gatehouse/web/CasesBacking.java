package org.gatehouse.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseType;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseStatus;
import org.gatehouse.cases.CaseView;

/**
 * The home page of both applications: the cases in the signed-in user's scope, filtered by status and
 * title; in the portal, in the views the contact's options give them (seed 003); in the back office also by
 * customer, customer group, type and assignee. Every filter is a condition on the database.
 */
@Named
@ViewScoped
public class CasesBacking implements Serializable {

    @Inject
    CaseService caseService;

    @Inject
    CurrentScope currentScope;

    private List<CaseView> views;
    private CaseView view;
    private CaseStatus status;
    private String text;
    private String customerName;
    private Long customerGroupId;
    private CaseType type;
    /** Empty for anyone, {@link #UNASSIGNED}, {@link #ME}, or an internal user's id. */
    private String assignee;
    private CaseListModel cases;
    private List<CustomerGroup> customerGroups;
    private List<UserAccount> assignees;

    public static final String UNASSIGNED = "none";
    public static final String ME = "me";

    @PostConstruct
    void init() {
        views = caseService.views();
        cases = new CaseListModel(caseService, filter());
    }

    /** Lists what the filter form asks for; without a view (or with one not offered), everything in scope. */
    public void apply() {
        // List.of(...).contains(null) throws: the back office offers no views, and "every case" is no view
        if (view != null && !views.contains(view)) {
            view = null;
        }
        cases.setFilter(filter());
    }

    private CaseFilter filter() {
        Long assigneeId = null;
        if (ME.equals(assignee)) {
            assigneeId = currentScope.get().userId();
        } else if (assignee != null && assignee.matches("\\d{1,18}")) {
            assigneeId = Long.parseLong(assignee);
        }
        return new CaseFilter(null, customerName, customerGroupId, view, status, type, assigneeId, UNASSIGNED.equals(assignee), text, null);
    }

    /** The back office's group filter: the groups of the customers in scope. */
    public List<CustomerGroup> getCustomerGroups() {
        if (customerGroups == null) {
            customerGroups = caseService.customerGroups();
        }
        return customerGroups;
    }

    /** The back office's assignee filter: the people assigned to cases in scope. */
    public List<UserAccount> getAssignees() {
        if (assignees == null) {
            assignees = caseService.assignees();
        }
        return assignees;
    }

    public CaseType[] getTypes() {
        return CaseType.values();
    }

    public CaseType getType() {
        return type;
    }

    public void setType(CaseType type) {
        this.type = type;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public Long getCustomerGroupId() {
        return customerGroupId;
    }

    public void setCustomerGroupId(Long customerGroupId) {
        this.customerGroupId = customerGroupId;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public CaseListModel getCases() {
        return cases;
    }

    public List<CaseView> getViews() {
        return views;
    }

    public CaseView getView() {
        return view;
    }

    public void setView(CaseView view) {
        this.view = view;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
