package org.gatehouse.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * A group of customer companies. Its code (name plus a 4-digit suffix unique in the installation)
 * is what a new customer types on the portal registration page to join it (seed 000 step 14).
 */
@Entity
@Table(name = "customer_group")
@NamedQuery(name = CustomerGroup.BY_CODE, query = "select g from CustomerGroup g where lower(concat(g.name, '-', g.suffix)) = lower(:code)")
public class CustomerGroup implements Serializable {

    /** The group whose full code this is, in any letter case: people type codes as they hear them. */
    public static final String BY_CODE = "CustomerGroup.byCode";

    @Id
    @SequenceGenerator(name = "customer_group_seq", sequenceName = "customer_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_group_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 4)
    private String suffix;

    @Version
    private int version;

    protected CustomerGroup() {
    }

    public CustomerGroup(String name, String suffix) {
        this.name = name;
        this.suffix = suffix;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The full code, e.g. {@code Retail-4821}. */
    public String getCode() {
        return name + "-" + suffix;
    }
}
