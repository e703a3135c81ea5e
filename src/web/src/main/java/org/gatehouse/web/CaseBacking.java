package org.gatehouse.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WhoCanSee;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.files.Attachment;
import org.gatehouse.cases.Case;
import org.gatehouse.cases.CaseChangedException;
import org.gatehouse.cases.CaseComment;
import org.gatehouse.cases.CaseService;
import org.gatehouse.cases.CaseStatus;
import org.gatehouse.files.NewFile;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The case page of both applications ({@code case.xhtml?id=N}); a case outside the scope answers 404 like a
 * missing one. What the page offers follows the scope: comments and files for those who may comment, internal
 * notes and assignment in the back office with WRITE, closing for contacts who may update the case; READ
 * users and "view as" sessions see everything they may see and no controls.
 *
 * <p>The forms carry what the page showed: the case's version, so that a change over someone else's newer one is
 * refused and the page shows the case as it is now; and a one-time token on the comment form, so that a comment
 * sent twice is stored once.
 */
@Named
@ViewScoped
public class CaseBacking implements Serializable {

    @Inject
    CaseService caseService;

    @Inject
    CurrentScope currentScope;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Case found;
    private CaseStatus status;
    private Long assigneeId;
    /** The case's version the page shows; the status and assignment forms send it back. */
    private int version;
    private String comment;
    /** The comment form's one-time token; a new one for the next comment once a comment is added. */
    private String commentToken = UUID.randomUUID().toString();
    private transient List<Part> files;
    private List<CaseComment> comments;
    private List<Attachment> attachments;
    private List<UserAccount> assigneeChoices;
    private WhoCanSee whoCanSee;
    /** The back office shows "Who can see this?" when asked ({@code case.xhtml?id=N&who=true}). */
    private boolean askedWhoCanSee;

    public void load() throws IOException {
        found = id == null ? null : caseService.find(id).orElse(null);
        if (found == null) {
            NotFound.answer(facesContext);
        } else {
            refresh();
        }
    }

    private void refresh() {
        found = caseService.get(id);
        status = found.getStatus();
        version = found.getVersion();
        assigneeId = found.getAssignee() == null ? null : found.getAssignee().getId();
        comments = caseService.comments(id);
        attachments = caseService.attachments(id);
    }

    private AccessScope scope() {
        return currentScope.get();
    }

    /** Operator staff and partners with WRITE: status and assignment. */
    public boolean isChangeable() {
        return found != null && scope().canWrite(found.getCustomerId());
    }

    public boolean isCommentable() {
        return found != null && scope().canComment(found.getCustomerId());
    }

    /** A contact who may update the case (own cases, or the category's with category read access) closes and reopens it. */
    public boolean isClosable() {
        return found != null && found.getStatus() != CaseStatus.CLOSED && scope().canUpdateCase(found.getCustomerId(), found.getRequesterId());
    }

    public boolean isReopenable() {
        return found != null && found.getStatus() == CaseStatus.CLOSED && scope().canUpdateCase(found.getCustomerId(), found.getRequesterId());
    }

    /** A public comment: in the portal the contact's, in the back office a reply to the customer. */
    public void reply() {
        addComment(false);
    }

    public void note() {
        addComment(true);
    }

    private void addComment(boolean internal) {
        if (attempt(() -> {
            try {
                caseService.comment(id, comment, internal, newFiles(), commentToken);
            } catch (EJBException failure) {
                // e.g. the same form sent twice at once, the second refused by the unique token: the first one counts
                caseService.commentSentFrom(commentToken).orElseThrow(() -> failure);
            }
        })) {
            comment = null;
            commentToken = UUID.randomUUID().toString();
            PageMessages.done(internal ? "Your internal note is added." : "Your comment is added.");
        }
    }

    public void changeStatus() {
        if (attempt(() -> caseService.changeStatus(id, status, version))) {
            PageMessages.done("Status changed to " + status.getLabel() + ".");
        }
    }

    public void close() {
        if (attempt(() -> caseService.changeStatus(id, CaseStatus.CLOSED, version))) {
            PageMessages.done("The case is closed.");
        }
    }

    public void reopen() {
        if (attempt(() -> caseService.changeStatus(id, CaseStatus.OPEN, version))) {
            PageMessages.done("The case is open again.");
        }
    }

    public void assign() {
        if (attempt(() -> caseService.assign(id, assigneeId, version))) {
            PageMessages.done(found.getAssignee() == null ? "Nobody is assigned now." : "Assigned to " + found.getAssignee().getDisplayName() + ".");
        }
    }

    /**
     * Runs the change, then shows the case as it is now; a refusal is shown and nothing was changed, also when
     * someone else changed the case first.
     */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            refresh();
            return true;
        } catch (InvalidInputException | WriteNotAllowedException | CaseChangedException refusal) {
            PageMessages.refused(refusal);
            refresh();
            return false;
        } catch (RecordNotFoundException gone) {
            PageMessages.refused("This case is no longer there for you.");
            return false;
        }
    }

    /** The files chosen in the form; a browser sends one empty part when none was chosen. */
    private List<NewFile> newFiles() {
        return Uploads.of(files);
    }

    /** Loaded when the page shows it (back office, operator staff only). */
    public WhoCanSee getWhoCanSee() {
        if (whoCanSee == null) {
            whoCanSee = caseService.whoCanSee(id);
        }
        return whoCanSee;
    }

    /** Loaded when the page shows the assignment form (WRITE in the back office). */
    public List<UserAccount> getAssigneeChoices() {
        if (assigneeChoices == null) {
            assigneeChoices = caseService.eligibleAssignees(id);
        }
        return assigneeChoices;
    }

    /** The download link of a file, relative to the page. */
    public String download(Attachment file) {
        return AttachmentDownloads.path(file.getId());
    }

    /** "1.2 MB", "340 KB": a file's size as people read it. */
    public String size(Attachment file) {
        return Uploads.size(file.getSizeBytes());
    }

    /** The files attached to the comment; those of the case itself for null. */
    public List<Attachment> filesOf(CaseComment onComment) {
        Long commentId = onComment == null ? null : onComment.getId();
        return attachments.stream().filter(file -> Objects.equals(file.getCommentId(), commentId)).toList();
    }

    public List<CaseComment> getComments() {
        return comments;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getCommentToken() {
        return commentToken;
    }

    public void setCommentToken(String commentToken) {
        this.commentToken = commentToken;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public boolean isAskedWhoCanSee() {
        return askedWhoCanSee;
    }

    public void setAskedWhoCanSee(boolean askedWhoCanSee) {
        this.askedWhoCanSee = askedWhoCanSee;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Case getFound() {
        return found;
    }
}
