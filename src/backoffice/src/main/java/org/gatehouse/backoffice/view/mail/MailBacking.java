package org.gatehouse.backoffice.view.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.web.PageMessages;
import org.gatehouse.mail.MailFilter;
import org.gatehouse.mail.MailRow;
import org.gatehouse.mail.MailState;
import org.gatehouse.mail.OutboxAdministration;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.PagedOnDatabase;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The Mail screen ({@code mail/index.xhtml}): the outbox, newest first, by state and recipient; "Send again". */
@Named
@ViewScoped
public class MailBacking implements Serializable {

    @Inject
    OutboxAdministration outbox;

    private MailState state;
    private String recipient;

    private final PagedOnDatabase<MailRow> mails = new PagedOnDatabase<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(outbox.count(filter()));
        }

        @Override
        public List<MailRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outbox.page(filter(), first, pageSize);
        }

        @Override
        protected long idOf(MailRow row) {
            return row.getId();
        }
    };

    private MailFilter filter() {
        return new MailFilter(state, recipient);
    }

    public void sendAgain(long mailId) {
        try {
            outbox.sendAgain(mailId);
            PageMessages.done("Mail queued again: it goes out with the next delivery (a case mail only if its recipient still sees the case).");
        } catch (InvalidInputException | RecordNotFoundException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public MailState[] getStates() {
        return MailState.values();
    }

    public PagedOnDatabase<MailRow> getMails() {
        return mails;
    }

    public MailState getState() {
        return state;
    }

    public void setState(MailState state) {
        this.state = state;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
