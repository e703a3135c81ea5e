package org.gatehouse.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gatehouse.browser.RunningGatehouse;
import org.gatehouse.launcher.GatehouseServer;
import org.gatehouse.testing.PageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed-in sessions of every kind of user keep their roles under concurrent load (Payara 6 lost a caller's
 * groups on its session-reuse path, FISH-7515, and answered 403), while the role constraints still refuse
 * and a changed role counts from the next request. Against the one server of the launcher's tests.
 */
@ExtendWith(RunningGatehouse.class)
class SignInUnderLoadIT {

    private static final String PASSWORD = "gatehouse-demo";
    private static final int SESSIONS = 32;
    private static final int REQUESTS = 25;
    /** Each user with the application they sign in to: staff, admin and partner in the back office; contacts of three kinds in the portal. */
    private static final List<Map.Entry<String, Boolean>> USERS = List.of(
            Map.entry("admin@gatehouse.test", true), Map.entry("staff@gatehouse.test", true), Map.entry("partner@bogus.test", true),
            Map.entry("alice@alpha.test", false), Map.entry("principal@almond.test", false), Map.entry("nina@northwind.test", false));

    @Test
    void thirtyTwoSignedInSessionsOfEveryKindGetEveryPageTheyAskFor(GatehouseServer gatehouse) throws Exception {
        // signed in one after another: the sign-in throttle counts attempts in flight from one address (README, Security)
        List<Map.Entry<String, PageClient>> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Map.Entry<String, Boolean> user = USERS.get(i % USERS.size());
            sessions.add(Map.entry(user.getKey(), signedIn(user.getValue() ? gatehouse.backofficeUrl() : gatehouse.portalUrl(), user.getKey())));
        }
        ExecutorService clients = Executors.newFixedThreadPool(SESSIONS);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (Map.Entry<String, PageClient> session : sessions) {
                runs.add(clients.submit(homePageAgainAndAgain(session.getKey(), session.getValue())));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> run : runs) {
                failures.addAll(run.get());
            }
            assertEquals(List.of(), failures, "every answer of " + SESSIONS + " x " + REQUESTS + " requests must be 200");
        } finally {
            clients.shutdownNow();
        }
    }

    /** Loads the home page again and again; answers the requests that were not 200. */
    private static Callable<List<String>> homePageAgainAndAgain(String email, PageClient client) {
        return () -> {
            List<String> failures = new ArrayList<>();
            for (int request = 0; request < REQUESTS; request++) {
                HttpResponse<String> answer = client.get("");
                if (answer.statusCode() != 200) {
                    failures.add(email + ": " + answer.statusCode());
                }
            }
            return failures;
        };
    }

    @Test
    void roleConstraintsStillRefuseAndNobodySignedInIsSentToSignIn(GatehouseServer gatehouse) {
        assertEquals(403, signedIn(gatehouse.backofficeUrl(), "partner@bogus.test").get("groups/").statusCode(), "partners on customer groups");
        assertEquals(403, signedIn(gatehouse.backofficeUrl(), "staff@gatehouse.test").get("audit/").statusCode(), "staff on the audit log");
        assertEquals(200, signedIn(gatehouse.backofficeUrl(), "admin@gatehouse.test").get("audit/").statusCode(), "administrators on the audit log");

        HttpResponse<String> anonymous = new PageClient(gatehouse.backofficeUrl()).get("customers/");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/backoffice/login.xhtml"));
    }

    @Test
    void aPersonSentToSignInArrivesWhereTheyWereGoingEvenAfterAMistypedPassword(GatehouseServer gatehouse) {
        PageClient staff = new PageClient(gatehouse.backofficeUrl());
        assertEquals(302, staff.get("customers/").statusCode());

        staff.get("login.xhtml");
        HttpResponse<String> mistyped = staff.submit("login.xhtml", "signInForm", "signIn", Map.of("email", "staff@gatehouse.test", "password", "gatehouse-dem0"));
        assertTrue(mistyped.body().contains("The e-mail or the password is not right."));
        HttpResponse<String> signIn = staff.submit("login.xhtml", "signInForm", "signIn", Map.of("email", "staff@gatehouse.test", "password", PASSWORD));

        assertEquals(302, signIn.statusCode());
        String location = signIn.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/backoffice/customers/"), location);
    }

    @Test
    void aRoleGivenOrTakenCountsFromTheNextRequestOfASessionAlreadySignedIn(GatehouseServer gatehouse) throws SQLException {
        PageClient staff = signedIn(gatehouse.backofficeUrl(), "staff@gatehouse.test");
        assertEquals(403, staff.get("audit/").statusCode());
        try {
            setAdmin(gatehouse, "staff@gatehouse.test", true);
            assertEquals(200, staff.get("audit/").statusCode(), "made an administrator");
        } finally {
            setAdmin(gatehouse, "staff@gatehouse.test", false);
        }
        assertEquals(403, staff.get("audit/").statusCode(), "no longer an administrator");
    }

    private static PageClient signedIn(URI application, String email) {
        PageClient client = new PageClient(application);
        assertTrue(client.signIn(email, PASSWORD), email);
        return client;
    }

    private static void setAdmin(GatehouseServer gatehouse, String email, boolean admin) throws SQLException {
        try (Connection connection = gatehouse.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("update user_account set admin = ? where email = ?")) {
            update.setBoolean(1, admin);
            update.setString(2, email);
            assertEquals(1, update.executeUpdate());
        }
    }
}
