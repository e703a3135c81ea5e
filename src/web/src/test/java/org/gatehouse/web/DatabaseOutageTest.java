package org.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "Gatehouse cannot reach its database" (the 503 page), however deep they are wrapped. */
class DatabaseOutageTest {

    @Test
    void noConnectionToBeHadIsAnOutageHoweverDeepItIsWrapped() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001", new ConnectException("Connection refused"));
        SQLException pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated", null, refused);

        assertThat(DatabaseOutage.causes(new ServletException(new EJBException(new RuntimeException(pool))))).isTrue();
        assertThat(DatabaseOutage.causes(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aConnectionBrokenInUseOrAServerShuttingDownIsAnOutage() {
        assertThat(DatabaseOutage.causes(new IllegalStateException(new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseOutage.causes(batch)).as("the cause a batch names next").isTrue();
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertThat(DatabaseOutage.causes(new ServletException(new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causes(new NullPointerException())).isFalse();
        RuntimeException loop = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", loop);
        loop.initCause(inner);
        assertThat(DatabaseOutage.causes(loop)).as("a cycle of causes ends").isFalse();
    }
}
