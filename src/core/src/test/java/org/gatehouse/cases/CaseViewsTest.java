package org.gatehouse.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gatehouse.testing.Installation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal's case views (seed 003): offered by the contact's options, and never wider than the scope. */
class CaseViewsTest {

    private static final long EDUCATION = 1_000_010;
    private static final long ALMOND = 1_000_020;
    private static final long ALMOND_STAFF = 1_000_030;
    private static final long TEACHER = 3_000_000;
    private static final long PRINCIPAL = 3_000_001;
    private static final long JANITOR = 3_000_002;
    private static final long OFFICE = 3_000_003;

    @BeforeEach
    void almondSchool() {
        Installation installation = new Installation().group(EDUCATION, "Education", "1207")
                .customer(ALMOND, "Almond School", EDUCATION, null)
                .contact(TEACHER, ALMOND).contact(PRINCIPAL, ALMOND).contact(JANITOR, ALMOND).contact(OFFICE, ALMOND)
                .category(ALMOND_STAFF, "Almond School Staff", TEACHER, PRINCIPAL)
                .supportCase(5_000_000, TEACHER, "Projector in room 12").supportCase(5_000_001, TEACHER, "Maths software")
                .supportCase(5_000_002, PRINCIPAL, "Network check").supportCase(5_000_003, JANITOR, "Boiler 100% broken");
        installation.sql("update support_case set status = 'CLOSED' where id = ?", 5_000_001L);
        installation.sql("insert into category_read_access (id, contact_id, category_id) values (?, ?, ?)", 1_000_040L, PRINCIPAL, ALMOND_STAFF);
        installation.sql("update user_account set case_visibility = 'COMPANY' where id = ?", OFFICE);
    }

    @Test
    void eachContactIsOfferedTheViewsTheirOptionsGive() {
        assertThat(views(TEACHER)).containsExactly(CaseView.MY);
        assertThat(views(OFFICE)).containsExactly(CaseView.MY, CaseView.COMPANY);
        assertThat(views(PRINCIPAL)).containsExactly(CaseView.MY, CaseView.OPEN_GROUP, CaseView.ALL_GROUP, CaseView.CLOSED_GROUP);
    }

    @Test
    void aSuperCustomerSeesTheOpenAllAndClosedCasesOfTheirCategory() {
        assertThat(titles(PRINCIPAL, view(CaseView.OPEN_GROUP))).containsExactly("Network check", "Projector in room 12");
        assertThat(titles(PRINCIPAL, view(CaseView.ALL_GROUP))).containsExactly("Maths software", "Network check", "Projector in room 12");
        assertThat(titles(PRINCIPAL, view(CaseView.CLOSED_GROUP))).containsExactly("Maths software");
        assertThat(titles(PRINCIPAL, view(CaseView.MY))).containsExactly("Network check");
    }

    @Test
    void companyCasesAreEveryCaseOfTheCompanyAndFilterByStatusAndTitle() {
        assertThat(titles(OFFICE, view(CaseView.COMPANY))).containsExactly("Boiler 100% broken", "Maths software", "Network check", "Projector in room 12");
        assertThat(titles(OFFICE, new CaseFilter(null, CaseView.COMPANY, CaseStatus.CLOSED, null, null))).containsExactly("Maths software");
        assertThat(titles(OFFICE, new CaseFilter(null, CaseView.COMPANY, null, "PROJ", null))).containsExactly("Projector in room 12");
        assertThat(titles(OFFICE, new CaseFilter(null, CaseView.COMPANY, null, "100%", null))).as("% is a plain character")
                .containsExactly("Boiler 100% broken");
        assertThat(titles(OFFICE, new CaseFilter(null, CaseView.COMPANY, null, "0%b", null))).isEmpty();
    }

    @Test
    void aViewNotOfferedShowsNothingBeyondTheContactsScope() {
        assertThat(titles(TEACHER, view(CaseView.COMPANY))).containsExactly("Maths software", "Projector in room 12");
        assertThat(titles(TEACHER, view(CaseView.ALL_GROUP))).isEmpty();
        assertThat(titles(JANITOR, view(CaseView.ALL_GROUP))).isEmpty();
    }

    private static CaseFilter view(CaseView view) {
        return new CaseFilter(null, view, null, null, null);
    }

    private static List<CaseView> views(long contact) {
        return Installation.as(contact, (em, scope) -> new CaseQueries(em).viewsOf(contact));
    }

    /** The titles the contact's list shows, in title order, as the service asks: with the contact as viewer. */
    private static List<String> titles(long contact, CaseFilter filter) {
        return Installation.as(contact, (em, scope) -> new CaseQueries(em).page(filter.forViewer(contact), 0, 100, CaseSort.TITLE, true)
                .stream().map(CaseRow::getTitle).toList());
    }
}
