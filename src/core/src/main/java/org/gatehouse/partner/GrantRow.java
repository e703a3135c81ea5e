package org.gatehouse.partner;

import java.io.Serializable;
import org.gatehouse.access.AccessLevel;

/** One company-access grant as lists show it (a bean: pages read it through EL properties). */
public final class GrantRow implements Serializable {

    private final long id;
    private final long customerId;
    private final String customerName;
    private final long partnerId;
    private final String partnerName;
    private final GranteeKind granteeKind;
    private final String granteeName;
    private final AccessLevel level;
    private final boolean includeSubtree;

    /** @param userGroupName the grantee group's name, or null; {@code userName} the grantee user's name, or null */
    public GrantRow(long id, long customerId, String customerName, long partnerId, String partnerName,
                    String userGroupName, String userName, AccessLevel level, boolean includeSubtree) {
        this.id = id;
        this.customerId = customerId;
        this.customerName = customerName;
        this.partnerId = partnerId;
        this.partnerName = partnerName;
        this.granteeKind = userGroupName != null ? GranteeKind.USER_GROUP : userName != null ? GranteeKind.USER : GranteeKind.PARTNER_COMPANY;
        this.granteeName = userGroupName != null ? userGroupName : userName != null ? userName : partnerName;
        this.level = level;
        this.includeSubtree = includeSubtree;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    /** The partner company the grantee is or belongs to. */
    public long getPartnerId() {
        return partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public GranteeKind getGranteeKind() {
        return granteeKind;
    }

    public String getGranteeName() {
        return granteeName;
    }

    public AccessLevel getLevel() {
        return level;
    }

    public boolean isIncludeSubtree() {
        return includeSubtree;
    }
}
