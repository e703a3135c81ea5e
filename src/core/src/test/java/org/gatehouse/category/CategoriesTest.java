package org.gatehouse.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gatehouse.testing.Installation;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Categories of contacts and who a category mail reaches (seed 003). */
class CategoriesTest {

    private static final long RETAIL = 1_000_010;
    private static final long EDUCATION = 1_000_011;
    private static final long ALPHA = 1_000_020;
    private static final long ALMOND = 1_000_021;
    private static final long ADMIN = 2_000_000;
    /** READ in Education only. */
    private static final long STAFF = 2_000_001;
    private static final long PARTNER_USER = 2_000_002;
    private static final long TEACHER = 2_000_010;
    private static final long PRINCIPAL = 2_000_011;
    private static final long FORMER_TEACHER = 2_000_012;
    private static final long ALICE = 2_000_013;
    private static final long JANITOR = 2_000_014;
    private static final long NEWSLETTER = 3_000_000;

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(ADMIN, true).staff(STAFF, false).partnerUser(PARTNER_USER)
                .group(RETAIL, "Retail", "4821").group(EDUCATION, "Education", "1207")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(ALMOND, "Almond School", EDUCATION, null)
                .membership(1_000_030, EDUCATION, STAFF, "READ")
                .contact(TEACHER, ALMOND).contact(PRINCIPAL, ALMOND).contact(FORMER_TEACHER, ALMOND).contact(JANITOR, ALMOND)
                .contact(ALICE, ALPHA)
                .category(NEWSLETTER, "Newsletter", TEACHER, PRINCIPAL, FORMER_TEACHER, ALICE);
        installation.sql("update user_account set active = false where id = ?", FORMER_TEACHER);
    }

    @Test
    void categoryNamesAreUniqueInAnyCase() {
        Category created = Installation.as(STAFF, (em, scope) -> new Categories(em).create(" Almond School Staff "));

        assertThat(created.getName()).isEqualTo("Almond School Staff");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new Categories(em).create("almond school staff")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("There is already a category named almond school staff: please choose another name.");
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new Categories(em).rename(em.find(Category.class, NEWSLETTER), "ALMOND SCHOOL STAFF");
            return null;
        })).hasMessage("There is already a category named ALMOND SCHOOL STAFF: please choose another name.");
    }

    @Test
    void categoryMailGoesToExactlyTheActiveContactsInTheCategoryTheSenderMaySee() {
        assertThat(recipients(STAFF)).as("Education staff: not Alice of Alpha, not the inactive teacher, not the janitor outside the category")
                .containsExactlyInAnyOrder(TEACHER, PRINCIPAL);
        assertThat(Installation.<Long>as(STAFF, (em, scope) -> new Categories(em).recipientCount(NEWSLETTER))).isEqualTo(2);
        assertThat(recipients(ADMIN)).containsExactlyInAnyOrder(TEACHER, PRINCIPAL, ALICE);
        assertThat(recipients(PARTNER_USER)).as("no grants").isEmpty();
    }

    private static List<Long> recipients(long sender) {
        return Installation.as(sender, (em, scope) -> new Categories(em).recipients(NEWSLETTER).stream().map(Contact::getId).toList());
    }
}
