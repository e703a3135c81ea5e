package org.gatehouse.designs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;

/**
 * The layer of one type of a design, with its revisions. Its customer's contacts see it while they see the design
 * and may view its type ({@link DesignVisibility}).
 */
@Entity
@Table(name = "design_layer")
public class DesignLayer extends CustomerRecord {

    @Id
    @SequenceGenerator(name = "design_layer_seq", sequenceName = "design_layer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "design_layer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "design_id", updatable = false)
    private Design design;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "layer_type_id", updatable = false)
    private LayerType type;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DesignLayer() {
    }

    DesignLayer(Design design, LayerType type, Instant now) {
        // DesignVisibility decides right after it is written
        super(design.getCustomerId(), null, Audience.BACK_OFFICE);
        this.design = design;
        this.type = type;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Design getDesign() {
        return design;
    }

    public LayerType getType() {
        return type;
    }
}
