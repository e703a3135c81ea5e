package org.gatehouse.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in attempt let through to the password check: written before the password is hashed and deleted
 * when it was right, so an attempt still being checked counts as a failure already. See {@link SignInFailures}.
 */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(name = SignInFailure.OF_ACCOUNT, query = """
        select f.failedAt from SignInFailure f where f.account = :account and f.failedAt > :since
        order by f.failedAt desc""")
@NamedQuery(name = SignInFailure.FROM_ADDRESS, query = """
        select f.failedAt from SignInFailure f where f.clientAddress = :address and f.failedAt > :since
        order by f.failedAt desc""")
public class SignInFailure {

    /** The times of an e-mail's failures since a moment, the latest first. */
    public static final String OF_ACCOUNT = "SignInFailure.ofAccount";
    /** The times of an address's failures since a moment, the latest first. */
    public static final String FROM_ADDRESS = "SignInFailure.fromAddress";

    @Id
    @SequenceGenerator(name = "sign_in_failure_seq", sequenceName = "sign_in_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_failure_seq")
    private Long id;

    @Column(nullable = false, length = 320)
    private String account;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String account, String clientAddress, Instant failedAt) {
        this.account = account;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }

    Long getId() {
        return id;
    }
}
