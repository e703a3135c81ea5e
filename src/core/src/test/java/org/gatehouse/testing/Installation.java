package org.gatehouse.testing;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.gatehouse.access.AccessScope;

/**
 * A small installation written straight to the embedded database's tables, and work done as one of
 * its users. Ids start at a million: the sequences, which the code under test draws from, stay far below.
 */
public final class Installation {

    public static final long OPERATOR = 1_000_000;
    public static final long PARTNER = 1_000_001;

    private final DataSource dataSource = EmbeddedDatabase.dataSource();

    /** An empty installation with the operator and one partner company. */
    public Installation() {
        sql("truncate audit_entry, record_event, support_case, category_read_access, category_member, category, company_access_grant,"
                + " user_group_member, user_group, group_membership, user_account, company, customer_group cascade");
        sql("insert into company (id, name, kind) values (" + OPERATOR + ", 'Operator', 'OPERATOR'), (" + PARTNER + ", 'Partner', 'PARTNER')");
    }

    public Installation group(long id, String name, String suffix) {
        sql("insert into customer_group (id, name, suffix) values (?, ?, ?)", id, name, suffix);
        return this;
    }

    public Installation customer(long id, String name, long group, Long parent) {
        sql("insert into company (id, name, kind, customer_group_id, parent_id) values (?, ?, 'CUSTOMER', ?, ?)", id, name, group, parent);
        return this;
    }

    /** An internal user; admin sees everything. */
    public Installation staff(long id, boolean admin) {
        sql("insert into user_account (id, email, display_name, kind, company_id, admin) values (?, ?, ?, 'INTERNAL', ?, ?)",
                id, "staff" + id + "@operator.test", "Staff " + id, OPERATOR, admin);
        return this;
    }

    public Installation partnerUser(long id) {
        sql("insert into user_account (id, email, display_name, kind, company_id) values (?, ?, ?, 'PARTNER', ?)",
                id, "partner" + id + "@partner.test", "Partner " + id, PARTNER);
        return this;
    }

    public Installation contact(long id, long customer) {
        sql("insert into user_account (id, email, display_name, kind, company_id) values (?, ?, ?, 'CUSTOMER', ?)",
                id, "contact" + id + "@customer.test", "Contact " + id, customer);
        return this;
    }

    public Installation membership(long id, long group, long user, String level) {
        sql("insert into group_membership (id, customer_group_id, user_id, level) values (?, ?, ?, ?)", id, group, user, level);
        return this;
    }

    /** Company access for the partner company. */
    public Installation grant(long id, long customer, String level) {
        sql("insert into company_access_grant (id, customer_id, grantee_company_id, level) values (?, ?, ?, ?)", id, customer, PARTNER, level);
        return this;
    }

    /** Another partner company; {@link #PARTNER} is there from the start. */
    public Installation partner(long id, String name) {
        sql("insert into company (id, name, kind) values (?, ?, 'PARTNER')", id, name);
        return this;
    }

    /** A user of another partner company than {@link #PARTNER}. */
    public Installation partnerUser(long id, long partner) {
        sql("insert into user_account (id, email, display_name, kind, company_id) values (?, ?, ?, 'PARTNER', ?)",
                id, "partner" + id + "@partner.test", "Partner " + id, partner);
        return this;
    }

    public Installation userGroup(long id, long company, String name, long... members) {
        sql("insert into user_group (id, name, company_id) values (?, ?, ?)", id, name, company);
        for (long member : members) {
            sql("insert into user_group_member (user_group_id, user_id) values (?, ?)", id, member);
        }
        return this;
    }

    public Installation category(long id, String name, long... contacts) {
        sql("insert into category (id, name) values (?, ?)", id, name);
        for (long contact : contacts) {
            sql("insert into category_member (category_id, contact_id) values (?, ?)", id, contact);
        }
        return this;
    }

    /** A case the contact submitted to their company. */
    public Installation supportCase(long id, long requester, String title) {
        sql("insert into support_case (id, customer_id, requester_id, title, type, status, created_at, updated_at)"
                + " select ?, company_id, id, ?, 'CASE', 'OPEN', now(), now() from user_account where id = ?", id, title, requester);
        return this;
    }

    /** Runs the work in one transaction with the user's scope bound, and commits it unless it throws. */
    public static <T> T as(long userId, BiFunction<EntityManager, AccessScope, T> work) {
        return inTransaction(em -> {
            AccessScope scope = AccessScope.compute(em, userId);
            scope.bindTo(em);
            return work.apply(em, scope);
        });
    }

    /** Runs the work in one transaction, like a service call: commits, or rolls back when it throws. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            var result = statement.executeQuery(sql);
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sql(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
