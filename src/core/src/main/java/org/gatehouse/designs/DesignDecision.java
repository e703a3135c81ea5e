package org.gatehouse.designs;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.identity.UserAccount;

/**
 * A contact's decision on a design under review, recorded for good against the exact layer revisions they had in
 * front of them: a revision uploaded later is not covered by it. Seen by whoever sees the design.
 */
@Entity
@Table(name = "design_decision")
public class DesignDecision extends CustomerRecord {

    static final int COMMENT_LENGTH = 4000;

    public enum Decision {
        APPROVED("Approved"),
        MODIFICATION_REQUESTED("Modification requested");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @SequenceGenerator(name = "design_decision_seq", sequenceName = "design_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "design_decision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "design_id", updatable = false)
    private Design design;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private Decision decision;

    @Column(nullable = false, length = COMMENT_LENGTH, updatable = false)
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by", updatable = false)
    private UserAccount decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "design_decision_revision", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "revision_id", updatable = false)
    private Set<Long> revisionIds = new HashSet<>();

    protected DesignDecision() {
    }

    DesignDecision(Design design, Decision decision, String comment, UserAccount decidedBy, Set<Long> revisionIds, Instant now) {
        super(design.getCustomerId(), decidedBy.getId(), design.getAudience());
        this.design = design;
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.revisionIds = new HashSet<>(revisionIds);
        this.decidedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Design getDesign() {
        return design;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public UserAccount getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Set<Long> getRevisionIds() {
        return Set.copyOf(revisionIds);
    }
}
