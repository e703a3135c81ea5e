package org.gatehouse.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gatehouse.cases.Case;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerQueries;
import org.gatehouse.user.Contact;

/**
 * A customer's documentation as a PDF, rendered from their data as it is now: the company tree, the contacts
 * and the open cases, read through the persistence context's scope (so it never holds more than its maker
 * sees), filled into an HTML template ({@code snapshot.html}) and laid out by openhtmltopdf on PDFBox.
 */
public final class DocumentationSnapshot {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private DocumentationSnapshot() {
    }

    /** The template filled with the customer's data, as XHTML. */
    public static String html(EntityManager em, Customer customer, Instant now) {
        List<Customer> tree = new CustomerQueries(em).tree(customer);
        List<Contact> contacts = em.createQuery("select u from Contact u where u.companyId = :customer order by u.displayName, u.id", Contact.class)
                .setParameter("customer", customer.getId()).getResultList();
        List<Case> cases = em.createQuery("select c from SupportCase c where c.customerId = :customer"
                        + " and c.status <> org.gatehouse.cases.CaseStatus.CLOSED order by c.id", Case.class)
                .setParameter("customer", customer.getId()).getResultList();
        return fill(template(), Map.of(
                "customer", escaped(customer.getName()),
                "made", escaped(DAY.format(now)),
                "group", escaped(customer.getCustomerGroup().getCode()),
                "tree", table(List.of("Company", "Parent"), tree, company -> List.of(
                        company.getId().equals(customer.getId()) ? company.getName() + " (this customer)" : company.getName(),
                        tree.stream().filter(parent -> parent.getId().equals(company.getParentId())).map(Customer::getName).findFirst().orElse(""))),
                "contacts", table(List.of("Name", "E-mail", "Active"), contacts,
                        contact -> List.of(contact.getDisplayName(), contact.getEmail(), contact.isActive() ? "yes" : "no")),
                "cases", table(List.of("Case", "Title", "Type", "Status", "Last update"), cases,
                        c -> List.of("#" + c.getId(), c.getTitle(), c.getType().getLabel(), c.getStatus().getLabel(), DAY.format(c.getUpdatedAt())))));
    }

    /** The XHTML laid out as a PDF. */
    public static byte[] pdf(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The documentation snapshot could not be laid out", e);
        }
        return pdf.toByteArray();
    }

    private static <T> String table(List<String> headings, List<T> rows, Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            return "<p class=\"none\">None.</p>";
        }
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        headings.forEach(heading -> html.append("<th>").append(escaped(heading)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(cell -> html.append("<td>").append(escaped(cell)).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String template() {
        try (InputStream in = DocumentationSnapshot.class.getResourceAsStream("snapshot.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The snapshot template is missing", e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String html = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            html = html.replace("${" + value.getKey() + "}", value.getValue());
        }
        return html;
    }

    /** Text as XHTML text: the data is the customer's and may hold anything. */
    private static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
