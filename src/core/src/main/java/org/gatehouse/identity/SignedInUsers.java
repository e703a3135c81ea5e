package org.gatehouse.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.gatehouse.access.UserKind;

/**
 * Reads a signed-in user's current state in one query by primary key, for every request: so a
 * deactivation, a new password or a changed role takes effect on the very next request, in every
 * application and on every server. Plain JDBC: it runs before any page or service, outside a transaction.
 */
@ApplicationScoped
public class SignedInUsers {

    private static final String STATE = """
            select email, kind, active, admin, email_confirmed, session_generation, display_name, company_administrator
            from user_account where id = ?""";

    @Resource(lookup = "jdbc/gatehouse")
    DataSource dataSource;

    /** The user as they are now, or empty when there is no such user. */
    public Optional<SignedInUser> find(long userId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(STATE)) {
            query.setLong(1, userId);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? Optional.of(new SignedInUser(userId, row.getString(1), UserKind.valueOf(row.getString(2)), row.getBoolean(3),
                                row.getBoolean(4), row.getBoolean(5), row.getInt(6), row.getString(7), row.getBoolean(8)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the state of signed-in user " + userId, e);
        }
    }
}
