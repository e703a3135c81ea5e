package org.gatehouse.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.cases.CaseFilter;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseStatus;
import org.gatehouse.cases.CaseView;

/**
 * The home page of both applications: the cases in the signed-in user's scope, filtered by status and
 * title; in the portal, in the views the contact's options give them (seed 003).
 */
@Named
@ViewScoped
public class CasesBacking implements Serializable {

    @Inject
    CaseService caseService;

    private List<CaseView> views;
    private CaseView view;
    private CaseStatus status;
    private String text;
    private CaseListModel cases;

    @PostConstruct
    void init() {
        views = caseService.views();
        cases = new CaseListModel(caseService, filter());
    }

    /** Lists what the filter form asks for; without a view (or with one not offered), everything in scope. */
    public void apply() {
        if (!views.contains(view)) {
            view = null;
        }
        cases.setFilter(filter());
    }

    private CaseFilter filter() {
        return new CaseFilter(null, view, status, text, null);
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
