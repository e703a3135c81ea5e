package org.gatehouse.portal.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.cases.CaseService;
import org.gatehouse.web.CaseListModel;

/** The portal home: the contact's cases, as far as their options let them see. */
@Named
@ViewScoped
public class CasesBacking implements Serializable {

    @Inject
    CaseService caseService;

    private CaseListModel cases;

    @PostConstruct
    void init() {
        cases = new CaseListModel(caseService);
    }

    public CaseListModel getCases() {
        return cases;
    }
}
