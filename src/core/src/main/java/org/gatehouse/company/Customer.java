package org.gatehouse.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.ReadOnly;
import org.gatehouse.access.AccessScope;

/**
 * A customer company as the signed-in user may see it: every read is filtered by the current
 * {@link AccessScope}, so lists, counts and look-ups by id only ever meet customers in scope.
 * Read-only: changes go through {@link Company} after the service has checked WRITE.
 */
@Entity
@Table(name = "company")
@ReadOnly
@AdditionalCriteria(AccessScope.CUSTOMER_CRITERIA)
public class Customer implements Serializable {

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    /** Always CUSTOMER; mapped because the access rule reads it. */
    @Enumerated(EnumType.STRING)
    private CompanyKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_group_id")
    private CustomerGroup customerGroup;

    protected Customer() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The parent company's id, or null at the top of a tree; the parent itself may be out of scope. */
    public Long getParentId() {
        return parentId;
    }

    public CustomerGroup getCustomerGroup() {
        return customerGroup;
    }
}
