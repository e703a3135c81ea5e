package org.gatehouse.access;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gatehouse.cases.CaseView;

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
                        || (record.requester() != null && inReadAccessCategory(user, record.requester())));
        };
    }

    /** A comment or attachment: whoever sees its case, except that internal ones are for the back office only. */
    boolean maySee(World.User user, World.Case onCase, boolean internal) {
        return maySee(user, onCase) && (!internal || user.kind() != UserKind.CUSTOMER);
    }

    /**
     * A document version and its file: the back office sees every version of its customers; a contact the
     * shared versions of the companies in their breadth, whatever their case visibility.
     */
    boolean maySee(World.User user, World.Version version) {
        return user.kind() == UserKind.CUSTOMER ? user.active() && version.shared() && inBreadth(user, version.document().customer())
                : maySeeCustomer(user, version.document().customer());
    }

    /** A document: seen by a contact exactly while one of its versions is. */
    boolean maySee(World.User user, World.Document document) {
        return world.versions().stream().anyMatch(v -> v.document() == document && maySee(user, v));
    }

    /**
     * A design: the back office sees every design of its customers; a contact the designs of the companies in
     * their breadth whose status their customer's group shows (its own statuses, else the installation's).
     */
    boolean maySee(World.User user, World.Design design) {
        if (user.kind() != UserKind.CUSTOMER) {
            return maySeeCustomer(user, design.customer());
        }
        Long group = world.companies().stream().filter(c -> c.id() == design.customer()).findFirst().orElseThrow().group();
        return user.active() && inBreadth(user, design.customer())
                && world.groupShown().getOrDefault(group, world.shown()).contains(design.status());
    }

    /**
     * A design's layer, and its revisions with their files: the back office sees them with the design; a contact while
     * they see the design and its customer, or a company above it, allows the layer's type.
     */
    boolean maySee(World.User user, World.Layer layer) {
        if (user.kind() != UserKind.CUSTOMER) {
            return maySee(user, layer.design());
        }
        return maySee(user, layer.design()) && Stream.iterate(company(layer.design().customer()), Objects::nonNull,
                        c -> c.parent() == null ? null : company(c.parent()))
                .anyMatch(c -> world.allowedTypes().getOrDefault(c.id(), Set.of()).contains(layer.type()));
    }

    /** An annotation: whoever sees its revision, except that internal ones are for the back office only. */
    boolean maySee(World.User user, World.Note note) {
        return maySee(user, note.revision().layer()) && (!note.internal() || user.kind() != UserKind.CUSTOMER);
    }

    /**
     * An asset: the back office sees every asset of its customers; a contact an asset of a company in their breadth
     * made visible or assigned to them, or below one that was.
     */
    boolean maySee(World.User user, World.Asset asset) {
        if (user.kind() != UserKind.CUSTOMER) {
            return maySeeCustomer(user, asset.customer());
        }
        return user.active() && inBreadth(user, asset.customer()) && Stream.iterate(asset, Objects::nonNull, World.Asset::parent)
                .anyMatch(above -> world.assetGrants().stream().anyMatch(g -> g.asset() == above && g.contact() == user.id()));
    }

    /**
     * A work order: the back office sees it with its asset; a contact while they see its asset and, with "assigned work
     * orders only", it is also assigned or made visible to them.
     */
    boolean maySee(World.User user, World.WorkOrder order) {
        if (user.kind() != UserKind.CUSTOMER) {
            return maySee(user, order.asset());
        }
        return maySee(user, order.asset()) && (!world.assignedOnly().contains(user.id()) || order.grantedTo().contains(user.id()));
    }

    /** A note on a work order: whoever sees the work order, except that internal ones are for the back office only. */
    boolean maySee(World.User user, World.OrderNote note) {
        return maySee(user, note.order()) && (!note.internal() || user.kind() != UserKind.CUSTOMER);
    }

    /** A file of an asset or a work order: whoever sees its owner, except that internal ones are for the back office only. */
    boolean maySee(World.User user, World.OwnedFile file) {
        boolean ownerSeen = file.order() == null ? maySee(user, file.asset()) : maySee(user, file.order());
        return ownerSeen && (!file.internal() || user.kind() != UserKind.CUSTOMER);
    }

    /** A planning entry: the back office with its customer; a contact of a company in their breadth it is assigned to. */
    boolean maySee(World.User user, World.PlanningEntry entry) {
        return maySeeAssigned(user, entry.asset().customer(), entry.assignedTo());
    }

    /** A tour: as a planning entry. Of its stops, a reader sees those at assets they see. */
    boolean maySee(World.User user, World.Tour tour) {
        return maySeeAssigned(user, tour.customer(), tour.assignedTo());
    }

    private boolean maySeeAssigned(World.User user, long customer, Set<Long> assignedTo) {
        if (user.kind() != UserKind.CUSTOMER) {
            return maySeeCustomer(user, customer);
        }
        return user.active() && inBreadth(user, customer) && assignedTo.contains(user.id());
    }

    /** A decision: whoever sees its design. */
    boolean maySee(World.User user, World.Decision decision) {
        return maySee(user, decision.design());
    }

    /** Commenting and attaching: staff and partners with WRITE; a contact on every case they see. */
    boolean mayComment(World.User user, World.Case record) {
        return maySee(user, record) && (user.kind() == UserKind.CUSTOMER || mayChange(user, record.customer()));
    }

    /**
     * Changing the status: staff and partners with WRITE; a contact closes their own cases and, with a category
     * read access, the category's ("view and update", seed 003), inside their breadth.
     */
    boolean mayUpdate(World.User user, World.Case record) {
        if (user.kind() != UserKind.CUSTOMER) {
            return maySee(user, record) && mayChange(user, record.customer());
        }
        return user.active() && inBreadth(user, record.customer()) && record.requester() != null
                && (record.requester() == user.id() || inReadAccessCategory(user, record.requester()));
    }

    /** The portal views the contact is offered, and the cases each lists (seed 003). */
    Map<CaseView, Set<Long>> views(World.User contact) {
        Map<CaseView, Set<Long>> views = new EnumMap<>(CaseView.class);
        List<World.Case> visible = world.cases().stream().filter(c -> maySee(contact, c)).toList();
        views.put(CaseView.MY, ids(visible.stream().filter(c -> Objects.equals(c.requester(), contact.id()))));
        if (contact.visibility() == CaseVisibility.COMPANY) {
            views.put(CaseView.COMPANY, ids(visible.stream()));
        }
        if (contact.readAccess() != null) {
            List<World.Case> group = visible.stream().filter(c -> c.requester() != null && inReadAccessCategory(contact, c.requester())).toList();
            views.put(CaseView.OPEN_GROUP, ids(group.stream().filter(c -> !c.closed())));
            views.put(CaseView.ALL_GROUP, ids(group.stream()));
            views.put(CaseView.CLOSED_GROUP, ids(group.stream().filter(World.Case::closed)));
        }
        return views;
    }

    private boolean inReadAccessCategory(World.User contact, long requester) {
        return contact.readAccess() != null && category(contact.readAccess()).members().contains(requester);
    }

    private static Set<Long> ids(Stream<World.Case> cases) {
        return cases.map(World.Case::id).collect(Collectors.toSet());
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
