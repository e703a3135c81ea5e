package org.gatehouse.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.cases.CaseService;

/** The home page of both applications: the cases in the signed-in user's scope. */
@Named
@ViewScoped
public class CasesBacking implements Serializable {

    @Inject
    CaseService caseService;

    private CaseListModel cases;

    @PostConstruct
    void init() {
        cases = new CaseListModel(caseService, null);
    }

    public CaseListModel getCases() {
        return cases;
    }
}
