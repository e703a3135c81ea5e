package org.gatehouse.company;

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
import jakarta.persistence.Version;
import java.io.Serializable;

/** The operator, a partner or a customer; companies form trees through their parent. */
@Entity
@Table(name = "company")
public class Company implements Serializable {

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CompanyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Company parent;

    /** Set for customers only: a customer company is in exactly one group. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_group_id")
    private CustomerGroup customerGroup;

    @Version
    private int version;

    protected Company() {
    }

    public static Company operator(String name) {
        return new Company(name, CompanyKind.OPERATOR, null, null);
    }

    public static Company partner(String name) {
        return new Company(name, CompanyKind.PARTNER, null, null);
    }

    public static Company customer(String name, CustomerGroup group, Company parent) {
        return new Company(name, CompanyKind.CUSTOMER, group, parent);
    }

    private Company(String name, CompanyKind kind, CustomerGroup group, Company parent) {
        this.name = name;
        this.kind = kind;
        this.customerGroup = group;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CompanyKind getKind() {
        return kind;
    }

    public Company getParent() {
        return parent;
    }

    public void setParent(Company parent) {
        this.parent = parent;
    }

    public CustomerGroup getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(CustomerGroup customerGroup) {
        this.customerGroup = customerGroup;
    }
}
