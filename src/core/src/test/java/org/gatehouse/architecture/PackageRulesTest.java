package org.gatehouse.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.gatehouse.assets.WorkOrderChanges;
import org.gatehouse.assets.WorkOrderService;
import org.gatehouse.cases.CaseChanges;
import org.gatehouse.cases.CaseQueries;
import org.gatehouse.company.Company;
import org.gatehouse.company.CompanyGate;
import org.gatehouse.customergroup.CustomerGroupService;
import org.gatehouse.customergroup.CustomerGroups;
import org.gatehouse.identity.AccountIdentityStore;
import org.gatehouse.identity.PasswordLinks;
import org.gatehouse.identity.PasswordService;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.partner.CompanyAccess;
import org.gatehouse.partner.CompanyAccessService;
import org.gatehouse.partner.PartnerService;
import org.gatehouse.partner.Partners;
import org.gatehouse.registration.RegistrationService;
import org.gatehouse.registration.Registrations;
import org.gatehouse.user.AccountGate;
import org.gatehouse.user.UserAdministration;
import org.gatehouse.viewas.ViewAsTickets;
import org.junit.jupiter.api.Test;

/**
 * Which Gatehouse package may use which: the access model is the floor every feature stands on, and the
 * features' arrows point one way. And the writable twins ({@link Company} of the scoped customer,
 * {@link UserAccount} of the scoped contact) are loaded only through their gate, or where no customer's
 * record is at stake, each place named below with its reason.
 */
class PackageRulesTest {

    private static final JavaClasses GATEHOUSE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gatehouse");

    /** Where a {@link Company} is loaded without a {@code Customer} read through the scope first, and why that is right. */
    static final List<Unfiltered> COMPANIES_WITHOUT_THE_GATE = List.of(
            new Unfiltered(UserAdministration.class, "operatorAndPartners",
                    "administrators invite staff and partner users into the operator and the partners, nobody's customers"),
            new Unfiltered(CompanyAccess.class, null,
                    "company access is for administrators only: grants decide breadth, so no scope applies to them"),
            new Unfiltered(CompanyAccessService.class, "heldBy", "a partner's grants, for administrators: partners are nobody's customers"),
            new Unfiltered(Partners.class, null, "partner companies, for administrators: nobody's customers"));

    /** Where a {@link UserAccount} is loaded without a {@code Contact} read through the scope first, and why that is right. */
    static final List<Unfiltered> ACCOUNTS_WITHOUT_THE_GATE = List.of(
            new Unfiltered(AccountIdentityStore.class, null, "signing in finds the account by e-mail, before anyone is signed in"),
            new Unfiltered(PasswordLinks.class, null, "an invitation checks that the e-mail is not taken by anyone, seen or not"),
            new Unfiltered(PasswordService.class, null, "\"Forgot password?\" finds the account by e-mail; nobody is signed in"),
            new Unfiltered(Registrations.class, null, "registration finds an account by e-mail; nobody is signed in"),
            new Unfiltered(RegistrationService.class, null, "a new confirmation link finds the account by e-mail; nobody is signed in"),
            new Unfiltered(ViewAsTickets.class, null,
                    "\"view as\" checks the contact against the actor's own scope itself, also before the portal session is signed in"),
            new Unfiltered(UserAdministration.class, "staffAndPartners", "operator staff and partner users, for administrators: nobody's contacts"),
            new Unfiltered(UserAdministration.class, "staffOrPartner", "operator staff and partner users, for administrators: nobody's contacts"),
            new Unfiltered(CustomerGroups.class, null, "customer-group members are operator staff, for administrators: nobody's contacts"),
            new Unfiltered(CustomerGroupService.class, null, "customer-group members are operator staff, for administrators: nobody's contacts"),
            new Unfiltered(CompanyAccess.class, null, "company access goes to partner users, for administrators: nobody's contacts"),
            new Unfiltered(Partners.class, null, "partner users, for administrators: nobody's contacts"),
            new Unfiltered(PartnerService.class, null, "partner users, for administrators: nobody's contacts"),
            new Unfiltered(CaseChanges.class, "eligibleAssignees", "cases are assigned to operator staff: nobody's contacts"),
            new Unfiltered(CaseQueries.class, "assignees", "the assignee filter lists operator staff: nobody's contacts"),
            new Unfiltered(WorkOrderChanges.class, "isTechnicianOf", "a technician is a back-office user: a contact's id is refused"),
            new Unfiltered(WorkOrderService.class, "technicianChoices", "technicians are back-office users: nobody's contacts"),
            new Unfiltered(WorkOrderService.class, "names", "back-office users' names only; contacts' are read through the scope"));

    @Test
    void theAccessModelUsesNoFeature() {
        noClasses().that().resideInAPackage("org.gatehouse.access..")
                .should().dependOnClassesThat(resideInAPackage("org.gatehouse..").and(not(resideInAPackage("org.gatehouse.access.."))))
                .because("every feature uses the access model, so the access model may use none of them")
                .check(GATEHOUSE);
    }

    @Test
    void noTwoPackagesUseEachOther() {
        slices().matching("org.gatehouse.(*)..").should().beFreeOfCycles()
                .because("a feature that uses another is built on it: the other cannot be built on the first as well")
                .check(GATEHOUSE);
    }

    @Test
    void aCompanyIsLoadedOnlyThroughItsGate() {
        loadedOnlyThrough(Company.class, CompanyGate.class, COMPANIES_WITHOUT_THE_GATE).check(GATEHOUSE);
    }

    @Test
    void aUserAccountIsLoadedOnlyThroughItsGate() {
        loadedOnlyThrough(UserAccount.class, AccountGate.class, ACCOUNTS_WITHOUT_THE_GATE).check(GATEHOUSE);
    }

    /** An exception that no longer loads the twin is taken off the list, so the list says exactly where the gate is bypassed. */
    @Test
    void everyPlaceNamedStillLoadsItsTwin() {
        assertThat(COMPANIES_WITHOUT_THE_GATE).allSatisfy(place -> assertThat(place.loads(Company.class)).as(place.toString()).isTrue());
        assertThat(ACCOUNTS_WITHOUT_THE_GATE).allSatisfy(place -> assertThat(place.loads(UserAccount.class)).as(place.toString()).isTrue());
    }

    /**
     * No code but the gate and the places named refers to the twin as a class object: so none calls
     * {@code em.find(Twin.class, id)} or {@code getReference}, or runs a query typed with it.
     */
    private static ArchRule loadedOnlyThrough(Class<?> twin, Class<?> gate, List<Unfiltered> places) {
        return codeUnits().should(new ArchCondition<JavaCodeUnit>("load " + twin.getSimpleName() + " only through " + gate.getSimpleName()) {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (unit.getOwner().isEquivalentTo(gate) || places.stream().anyMatch(place -> place.covers(unit))) {
                    return;
                }
                unit.getReferencedClassObjects().stream().filter(loaded -> loaded.getRawType().isEquivalentTo(twin))
                        .forEach(loaded -> events.add(SimpleConditionEvent.violated(loaded, describe(loaded))));
            }
        }).because(twin.getSimpleName() + " is the unfiltered twin of a scoped entity: only what was read through the scope may become it")
                .allowEmptyShould(false);
    }

    private static String describe(ReferencedClassObject loaded) {
        return loaded.getOwner().getFullName() + " loads " + loaded.getRawType().getSimpleName() + " unfiltered " + loaded.getSourceCodeLocation();
    }

    /**
     * A place that loads a twin without the gate.
     *
     * @param method the method (its lambdas included), or null for the whole class
     */
    record Unfiltered(Class<?> owner, String method, String reason) {

        boolean covers(JavaCodeUnit unit) {
            String owner = unit.getOwner().getName();
            return (owner.equals(owner().getName()) || owner.startsWith(owner().getName() + "$"))
                    && (method == null || unit.getName().equals(method));
        }

        boolean loads(Class<?> twin) {
            return GATEHOUSE.get(owner).getCodeUnits().stream().filter(this::covers)
                    .anyMatch(unit -> unit.getReferencedClassObjects().stream().anyMatch(loaded -> loaded.getRawType().isEquivalentTo(twin)));
        }
    }
}
