package org.gatehouse.backoffice.view.partners;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.web.PageMessages;
import org.gatehouse.company.Company;
import org.gatehouse.partner.PartnerService;
import org.gatehouse.validation.InvalidInputException;

/** The partners page ({@code partners/index.xhtml}): the partner companies and a new one. */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

    @Inject
    PartnerService partnerService;

    private PartnerListModel partners;
    private String name;

    @PostConstruct
    void init() {
        partners = new PartnerListModel(partnerService);
    }

    public String create() {
        try {
            Company created = partnerService.create(name);
            return "/partners/partner?faces-redirect=true&id=" + created.getId();
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public PartnerListModel getPartners() {
        return partners;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
