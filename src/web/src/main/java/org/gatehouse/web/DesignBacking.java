package org.gatehouse.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WhoCanSee;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.designs.AnnotationRow;
import org.gatehouse.designs.DecisionRow;
import org.gatehouse.designs.DesignDecision;
import org.gatehouse.designs.DesignRow;
import org.gatehouse.designs.DesignService;
import org.gatehouse.designs.DesignStatus;
import org.gatehouse.designs.HistoryRow;
import org.gatehouse.designs.LayerRow;
import org.gatehouse.designs.LayerType;
import org.gatehouse.files.NewFile;
import org.gatehouse.validation.InvalidInputException;

/**
 * A design's page in both applications: the latest revision of each layer the user may view, with its preview,
 * download and annotations, and the decisions taken on it. The back office also moves the design along its statuses,
 * uploads layers, resolves annotations and reads the uploads and the history; a contact who may approve decides on a
 * design ready for review, against the design as the page showed it.
 */
@Named
@ViewScoped
public class DesignBacking implements Serializable {

    @Inject
    DesignService designService;

    @Inject
    ActiveUser activeUser;

    @Inject
    FacesContext facesContext;

    private Long id;
    private DesignRow design;
    private List<LayerRow> layers;
    private Map<Long, List<AnnotationRow>> annotations;
    private List<DecisionRow> decisions;
    private List<LayerRow> revisions;
    private List<HistoryRow> history;
    private List<LayerType> layerTypes;
    private boolean changeable;
    private boolean annotatable;
    private boolean mayDecide;
    private WhoCanSee whoCanSee;

    private Long layerTypeId;
    private String note;
    private transient Part file;

    private Long newRevision;
    private String newAnnotation;
    private String newComment;
    private boolean newInternal;

    private String decisionComment;

    /** Reads the design once, with all the page shows; one missing or out of sight answers 404. */
    public void load() throws IOException {
        if (!NotFound.read(facesContext, id, this::refresh)) {
            design = null;
        }
    }

    private void refresh() {
        design = designService.design(id);
        layers = designService.latestLayers(List.of(id));
        annotations = designService.annotations(layers.stream().map(LayerRow::revisionId).toList()).stream()
                .collect(Collectors.groupingBy(AnnotationRow::getRevisionId));
        decisions = designService.decisions(id);
        annotatable = designService.mayAnnotate(design.customerId());
        boolean backOffice = activeUser.isStaff() || activeUser.isPartner();
        changeable = backOffice && designService.canChange(design.customerId());
        mayDecide = !backOffice && design.status() == DesignStatus.READY_FOR_REVIEW && designService.mayApprove();
        if (backOffice) {
            revisions = designService.revisions(id);
            history = designService.history(id);
            layerTypes = designService.layerTypes();
        }
    }

    /** "Who can see this?" for staff, on request: the users who see the design and why. */
    public void showWhoCanSee() {
        whoCanSee = designService.whoCanSee(id);
    }

    public void move(DesignStatus next) {
        try {
            designService.move(id, next);
            PageMessages.done("The design is now " + next.getLabel().toLowerCase() + ".");
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    public void upload() {
        List<NewFile> chosen = Uploads.of(file == null ? null : List.of(file));
        try {
            var revision = designService.upload(id, layerTypeId, chosen.isEmpty() ? null : chosen.get(0), note);
            PageMessages.done(revision.getLayer().getType().getName() + ": revision " + revision.getNumber() + " added"
                    + (revision.getPreviewId() == null ? " (its format has no preview)." : "."));
            note = null;
            layerTypeId = null;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
        refreshOrGone();
    }

    /** Saves the shape drawn on a preview with its comment. */
    public void annotate() {
        try {
            if (newRevision == null) {
                throw new InvalidInputException("annotation", "Please click on a preview to place a pin, or drag to draw a rectangle.");
            }
            var annotation = designService.annotate(newRevision, newAnnotation, newComment, newInternal);
            PageMessages.done("Annotation " + annotation.getNumber() + " added.");
            newAnnotation = null;
            newComment = null;
            newInternal = false;
            newRevision = null;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("This layer is no longer there for you.");
        }
        refreshOrGone();
    }

    public void resolve(long annotationId) {
        try {
            designService.resolve(annotationId);
            PageMessages.done("Annotation resolved.");
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("This annotation is no longer there for you.");
        }
        refreshOrGone();
    }

    public void approve() {
        decide(DesignDecision.Decision.APPROVED);
    }

    public void requestModification() {
        decide(DesignDecision.Decision.MODIFICATION_REQUESTED);
    }

    private void decide(DesignDecision.Decision decision) {
        try {
            designService.decide(id, decision, decisionComment, design.version());
            PageMessages.done(decision == DesignDecision.Decision.APPROVED ? "Thank you: the design is approved."
                    : "Thank you: the design goes back for the modification you asked for.");
            decisionComment = null;
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("This design is no longer there for you.");
        }
        refreshOrGone();
    }

    /** After a change: the page shows the design as it is now, or says it is gone (its status may have hidden it). */
    private void refreshOrGone() {
        try {
            refresh();
        } catch (RecordNotFoundException gone) {
            design = null;
        }
    }

    /**
     * The revision's annotations in W3C Web Annotation form for the preview, each with its number and whether it is
     * resolved or internal; built from what was stored, which the server wrote itself.
     */
    public String annotationsJson(long revisionId) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AnnotationRow row : annotations(revisionId)) {
            JsonObject stored = Json.createReader(new StringReader(row.getBody())).readObject();
            array.add(Json.createObjectBuilder(stored).add("id", "#annotation-" + row.getId())
                    .add("gatehouse", Json.createObjectBuilder().add("number", row.getNumber()).add("resolved", row.isResolved())
                            .add("internal", row.isInternal())));
        }
        return array.build().toString();
    }

    public List<AnnotationRow> annotations(long revisionId) {
        return annotations.getOrDefault(revisionId, List.of());
    }

    public DesignStatus[] getNextStatuses() {
        return design.status().next().stream().sorted().toArray(DesignStatus[]::new);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DesignRow getDesign() {
        return design;
    }

    public List<LayerRow> getLayers() {
        return layers;
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public List<LayerRow> getRevisions() {
        return revisions;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public List<LayerType> getLayerTypes() {
        return layerTypes;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public boolean isAnnotatable() {
        return annotatable;
    }

    public boolean isMayDecide() {
        return mayDecide;
    }

    public WhoCanSee getWhoCanSee() {
        return whoCanSee;
    }

    public Long getLayerTypeId() {
        return layerTypeId;
    }

    public void setLayerTypeId(Long layerTypeId) {
        this.layerTypeId = layerTypeId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getNewRevision() {
        return newRevision;
    }

    public void setNewRevision(Long newRevision) {
        this.newRevision = newRevision;
    }

    public String getNewAnnotation() {
        return newAnnotation;
    }

    public void setNewAnnotation(String newAnnotation) {
        this.newAnnotation = newAnnotation;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public boolean isNewInternal() {
        return newInternal;
    }

    public void setNewInternal(boolean newInternal) {
        this.newInternal = newInternal;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }
}
