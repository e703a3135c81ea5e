package org.gatehouse.bench;

/**
 * The three installation sizes. L is the one the issue describes; M is a tenth of its records and S a
 * hundredth. A few structural counts have a floor so that every benchmark query has its subject at every
 * size: the company with 40 sites, a staff user in 5 groups, a partner with 20 granted customers.
 */
public enum Size {
    S(0.01), M(0.1), L(1.0);

    final int groups;
    final int customers;
    final int staff;
    final int partners;
    final int partnerUsersEach = 10;
    final int contacts;
    final int categories;
    final int readAccesses;
    final int cases;
    final int commentsPerCase = 3;
    final int attachments;
    final int documentVersions;
    final int designs;
    final int designLayers;
    final int assets;
    final int workOrders;

    Size(double f) {
        groups = Math.max(10, (int) (100 * f));
        customers = Math.max(100, (int) (2_000 * f));
        staff = Math.max(10, (int) (300 * f));
        partners = Math.max(3, (int) (30 * f));
        contacts = (int) (40_000 * f);
        categories = Math.max(10, (int) (500 * f));
        readAccesses = (int) (2_000 * f);
        cases = (int) (1_000_000 * f);
        attachments = (int) (200_000 * f);
        documentVersions = (int) (200_000 * f);
        designs = (int) (100_000 * f);
        designLayers = (int) (300_000 * f);
        assets = (int) (500_000 * f);
        workOrders = (int) (2_000_000 * f);
    }

    long comments() {
        return (long) cases * commentsPerCase;
    }
}
