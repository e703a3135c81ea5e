package org.gatehouse.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registration refused for an unknown customer-group code: counted per client address to stop guessing. */
@Entity
@Table(name = "registration_refusal")
@NamedQuery(name = RegistrationRefusal.RECENT, query = """
        select r.refusedAt from RegistrationRefusal r where r.clientAddress = :address and r.refusedAt > :since
        order by r.refusedAt desc""")
@NamedQuery(name = RegistrationRefusal.DELETE_BEFORE, query = "delete from RegistrationRefusal r where r.refusedAt <= :before")
public class RegistrationRefusal {

    /** The times of an address's refusals since a moment, the latest first. */
    public static final String RECENT = "RegistrationRefusal.recent";
    public static final String DELETE_BEFORE = "RegistrationRefusal.deleteBefore";

    @Id
    @SequenceGenerator(name = "registration_refusal_seq", sequenceName = "registration_refusal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_refusal_seq")
    private Long id;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "refused_at", nullable = false)
    private Instant refusedAt;

    protected RegistrationRefusal() {
    }

    RegistrationRefusal(String clientAddress, Instant refusedAt) {
        this.clientAddress = clientAddress;
        this.refusedAt = refusedAt;
    }
}
