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
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.identity.UserAccount;

/**
 * One upload of a layer: its file and, when the format allows, a generated preview image (both attachments of
 * this revision), numbered from 1; a new upload is a new revision and keeps this one. Seen by whoever sees its layer.
 */
@Entity
@Table(name = "layer_revision")
public class LayerRevision extends CustomerRecord {

    static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "layer_revision_seq", sequenceName = "layer_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "layer_revision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "layer_id", updatable = false)
    private DesignLayer layer;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "preview_id")
    private Long previewId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private UserAccount author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LayerRevision() {
    }

    LayerRevision(DesignLayer layer, int number, String note, UserAccount author, Instant now) {
        super(layer.getCustomerId(), null, layer.getAudience());
        this.layer = layer;
        this.number = number;
        this.note = note;
        this.author = author;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public DesignLayer getLayer() {
        return layer;
    }

    public int getNumber() {
        return number;
    }

    public String getNote() {
        return note;
    }

    public Long getFileId() {
        return fileId;
    }

    public Long getPreviewId() {
        return previewId;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void files(long fileId, Long previewId) {
        this.fileId = fileId;
        this.previewId = previewId;
    }
}
