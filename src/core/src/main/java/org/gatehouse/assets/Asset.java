package org.gatehouse.assets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gatehouse.access.Audience;
import org.gatehouse.access.CustomerRecord;

/**
 * A piece of a customer's equipment, or a place holding some (a site, a building), in a tree of any depth (seed 004).
 * Its customer's contacts see it only when it, or an asset above it, was made visible or assigned to them
 * ({@link AssetSight}); the back office as any customer record.
 */
@Entity
@Table(name = "asset")
public class Asset extends CustomerRecord {

    static final int NAME_LENGTH = 200;
    static final int CODE_LENGTH = 60;
    static final int FIELD_LENGTH = 80;
    static final int LOCATION_LENGTH = 200;
    static final int NOTES_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "asset_seq", sequenceName = "asset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "asset_seq")
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    /** The ids from the root down to this asset, {@code /12/40/41/}: its subtree is every path it starts. */
    @Column(nullable = false, length = 1000)
    private String path;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = CODE_LENGTH, updatable = false)
    private String code;

    @Column(nullable = false, length = FIELD_LENGTH)
    private String type = "";

    @Column(nullable = false, length = FIELD_LENGTH)
    private String make = "";

    @Column(nullable = false, length = FIELD_LENGTH)
    private String model = "";

    @Column(name = "serial_number", nullable = false, length = FIELD_LENGTH)
    private String serialNumber = "";

    @Column(nullable = false, length = LOCATION_LENGTH)
    private String location = "";

    @Column(nullable = false, length = NOTES_LENGTH)
    private String notes = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssetStatus status = AssetStatus.IN_SERVICE;

    @Version
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Asset() {
    }

    Asset(long customerId, Long parentId, String name, String code, Instant now) {
        // who among the contacts sees it is its sight's answer, kept by AssetSight
        super(customerId, null, Audience.CONTACTS);
        this.parentId = parentId;
        this.name = name;
        this.code = code;
        this.path = "/";
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getType() {
        return type;
    }

    public String getMake() {
        return make;
    }

    public String getModel() {
        return model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getLocation() {
        return location;
    }

    public String getNotes() {
        return notes;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Below the parent (whose path it gets), once its own id is known. */
    void placedBelow(Asset parent) {
        this.parentId = parent == null ? null : parent.getId();
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    void describe(AssetDetails details, Instant now) {
        this.name = details.name();
        this.type = details.type();
        this.make = details.make();
        this.model = details.model();
        this.serialNumber = details.serialNumber();
        this.location = details.location();
        this.notes = details.notes();
        this.status = details.status();
        this.updatedAt = now;
    }
}
