package org.gatehouse.access;

import java.util.Objects;

/**
 * shared/ACCESS-MODEL.md written as plainly as possible over a {@link World} held in memory, with
 * none of the application's code: the answer the application must agree with.
 */
final class ReferenceAccessModel {

    private final World world;

    ReferenceAccessModel(World world) {
        this.world = world;
    }

    boolean maySee(World.User user, World.Case record) {
        if (!user.active()) {
            return false;
        }
        return switch (user.kind()) {
            case INTERNAL -> user.admin() || memberLevel(user, record.customer()) != null;
            case PARTNER -> grantLevel(user, record.customer()) != null;
            case CUSTOMER -> inBreadth(user, record.customer())
                    && (Objects.equals(record.requester(), user.id())
                        || user.visibility() == CaseVisibility.COMPANY
                        || (user.readAccess() != null && record.requester() != null
                            && category(user.readAccess()).members().contains(record.requester())));
        };
    }

    boolean maySeeCustomer(World.User user, long customer) {
        if (!user.active()) {
            return false;
        }
        return switch (user.kind()) {
            case INTERNAL -> user.admin() || memberLevel(user, customer) != null;
            case PARTNER -> grantLevel(user, customer) != null;
            case CUSTOMER -> inBreadth(user, customer);
        };
    }

    /** A contact's user record: staff and partners see their customers' contacts; a contact sees their own, an administrator their company's. */
    boolean maySeeContact(World.User user, World.User contact) {
        if (!user.active()) {
            return false;
        }
        return switch (user.kind()) {
            case INTERNAL, PARTNER -> maySeeCustomer(user, contact.company());
            case CUSTOMER -> contact.id() == user.id() || (user.companyAdministrator() && contact.company() == user.company());
        };
    }

    boolean mayChange(World.User user, long customer) {
        if (!user.active()) {
            return false;
        }
        return switch (user.kind()) {
            case INTERNAL -> user.admin() || memberLevel(user, customer) == AccessLevel.WRITE;
            case PARTNER -> grantLevel(user, customer) == AccessLevel.WRITE;
            case CUSTOMER -> false;
        };
    }

    private AccessLevel memberLevel(World.User user, long customer) {
        Long group = company(customer).group();
        AccessLevel level = null;
        for (World.Membership membership : world.memberships()) {
            if (membership.user() == user.id() && membership.group() == group) {
                level = membership.level().max(level);
            }
        }
        return level;
    }

    private AccessLevel grantLevel(World.User user, long customer) {
        AccessLevel level = null;
        for (World.Grant grant : world.grants()) {
            boolean toUser = Objects.equals(grant.granteeCompany(), user.company())
                    || Objects.equals(grant.granteeUser(), user.id())
                    || (grant.granteeUserGroup() != null && userGroup(grant.granteeUserGroup()).members().contains(user.id()));
            boolean covers = grant.customer() == customer || (grant.subtree() && isAbove(grant.customer(), customer));
            if (toUser && covers) {
                level = grant.level().max(level);
            }
        }
        return level;
    }

    private boolean inBreadth(World.User contact, long customer) {
        return contact.company() == customer || (contact.groupLevel() && isAbove(contact.company(), customer));
    }

    /** Whether {@code upper} is a strict ancestor of {@code lower}. */
    private boolean isAbove(long upper, long lower) {
        for (Long at = company(lower).parent(); at != null; at = company(at).parent()) {
            if (at == upper) {
                return true;
            }
        }
        return false;
    }

    private World.Company company(long id) {
        return world.companies().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private World.UserGroup userGroup(long id) {
        return world.userGroups().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
    }

    private World.Category category(long id) {
        return world.categories().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
