package org.gatehouse.customergroup;

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
import java.io.Serializable;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.identity.UserAccount;

/** An internal user's READ or WRITE access to every customer of a group (seed 000 step 4). */
@Entity
@Table(name = "group_membership")
public class GroupMembership implements Serializable {

    @Id
    @SequenceGenerator(name = "group_membership_seq", sequenceName = "group_membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_membership_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_group_id")
    private CustomerGroup customerGroup;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private AccessLevel level;

    protected GroupMembership() {
    }

    public GroupMembership(CustomerGroup customerGroup, UserAccount user, AccessLevel level) {
        this.customerGroup = customerGroup;
        this.user = user;
        this.level = level;
    }

    public Long getId() {
        return id;
    }

    public CustomerGroup getCustomerGroup() {
        return customerGroup;
    }

    public UserAccount getUser() {
        return user;
    }

    public AccessLevel getLevel() {
        return level;
    }

    public void setLevel(AccessLevel level) {
        this.level = level;
    }
}
