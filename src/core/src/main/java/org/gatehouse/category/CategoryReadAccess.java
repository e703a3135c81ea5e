package org.gatehouse.category;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.gatehouse.identity.UserAccount;

/**
 * "User Group Read Access" (seed 003): the contact may view and update every case whose requester
 * is in the category, within the contact's breadth. At most one per contact.
 */
@Entity
@Table(name = "category_read_access")
public class CategoryReadAccess {

    @Id
    @SequenceGenerator(name = "category_read_access_seq", sequenceName = "category_read_access_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_read_access_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private UserAccount contact;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    protected CategoryReadAccess() {
    }

    public CategoryReadAccess(UserAccount contact, Category category) {
        this.contact = contact;
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getContact() {
        return contact;
    }

    public Category getCategory() {
        return category;
    }
}
