package org.gatehouse.designs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A kind of design layer (one-up artwork, manufacturing drawing, 3D model, ...): a list an administrator keeps. */
@Entity
@Table(name = "layer_type")
public class LayerType implements Serializable {

    static final int NAME_LENGTH = 80;

    @Id
    @SequenceGenerator(name = "layer_type_seq", sequenceName = "layer_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer_type_seq")
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH, unique = true)
    private String name;

    protected LayerType() {
    }

    LayerType(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
